// Month names as the site writes them ("3 March 2025", "Mar 2025"). Written out rather than asked of
// Intl: every page's scripts import them, and building the first Intl.DateTimeFormat loads the
// locale's calendar data, 80-240 ms of main thread on a phone (CPU slowed 4×) before any island
// could start. English only, like the rest of the site; three-letter short names throughout
// (en-GB's "Sept" would break the rhythm of chart axes).

/** "January" … "December". */
export const MONTHS_LONG: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "Jan" … "Dec". */
export const MONTHS_SHORT: readonly string[] = MONTHS_LONG.map((m) => m.slice(0, 3));
