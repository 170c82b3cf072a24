// The query parameters that name the record's date: `date`, and the aliases `as_of` and `asof` for
// links written by hand (the site itself only writes `date`). In a module of its own so the page's
// first script (as-of-start.ts) can ask for them without loading the date helpers.
export const DATE_PARAM = "date";
export const DATE_ALIASES = ["as_of", "asof"] as const;
export const DATE_KEYS: readonly string[] = [DATE_PARAM, ...DATE_ALIASES];

/** Whether an address's query names the record's date (under any of its keys), valid or not. */
export function asksForDate(search: string): boolean {
  const params = new URLSearchParams(search);
  return DATE_KEYS.some((key) => params.has(key));
}
