// Month names as the site writes them ("3 March 2025", "Mar 2025"), taken from Intl rather than
// kept as tables in each module. en-US for the short names: en-GB abbreviates September "Sept",
// which would break the three-letter rhythm of chart axes.

const names = (month: "long" | "short"): readonly string[] => {
  const format = new Intl.DateTimeFormat("en-US", { month, timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 15)));
};

/** "January" … "December". */
export const MONTHS_LONG = names("long");
/** "Jan" … "Dec". */
export const MONTHS_SHORT = names("short");
