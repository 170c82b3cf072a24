// Country codes in the data (ISO 3166-1 alpha-2, plus WORLD, EU and INT) as a reader names them.
// Every view names countries through this one function, so a filter, a chart label and a sentence
// never disagree. Our three non-ISO codes read differently on a label ("World") and inside a
// sentence ("the world"); ISO codes read the same either way.

const ON_LABEL: Record<string, string> = { WORLD: "World", EU: "European Union", INT: "International" };
const IN_SENTENCE: Record<string, string> = { WORLD: "the world", EU: "the European Union", INT: "international bodies" };
const REGIONS = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string, options: { inSentence?: boolean } = {}): string {
  const special = (options.inSentence ? IN_SENTENCE : ON_LABEL)[code];
  if (special) return special;
  try {
    return REGIONS.of(code) ?? code;
  } catch {
    return code;
  }
}
