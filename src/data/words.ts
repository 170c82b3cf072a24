// Counts and lists in English as the site writes them, from Intl rather than string rules copied
// into each module: "1 source", "1,204 sources", "wire services, think tanks and law firms".

// Made on first use, not when a page's scripts load: every page imports this module (the search
// island), and building Intl objects costs tens of milliseconds on a slowed phone at start-up.
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const plurals = once(() => new Intl.PluralRules("en-GB"));
const numbers = once(() => new Intl.NumberFormat("en-GB"));
const lists = once(() => new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" }));

/**
 * Makes the Intl objects ahead of first use, each in an idle moment of its own (`whenIdle`, from
 * the island that calls this once it has started): made by a reader's first tap on the network,
 * they took about 50 ms of it on a slowed phone.
 */
export function prepareWords(whenIdle: (work: () => void) => unknown): void {
  for (const make of [numbers, plurals, lists]) whenIdle(() => void make());
}

/** "1 result", "2 results", "1,204 results"; `many` for words that do not just add an s. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${numbers().format(n)} ${plurals().select(n) === "one" ? word : many}`;

/** "a", "a and b", "a, b and c" (no serial comma, as the site's prose writes it). */
export const listAnd = (items: readonly string[]): string => lists().format(items);

/**
 * A label as it reads inside a sentence or after a separator: "Mine production" becomes "mine
 * production", while a leading acronym keeps its capitals ("US import reliance", not "us import").
 */
export const inSentence = (label: string): string => (/^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));
