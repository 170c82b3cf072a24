// Country codes in the data (ISO 3166-1 alpha-2, plus WORLD, EU and INT) as a reader names them.

const SPECIAL: Record<string, string> = { WORLD: "the world", EU: "the European Union", INT: "international bodies" };
const REGIONS = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string): string {
  if (SPECIAL[code]) return SPECIAL[code];
  try {
    return REGIONS.of(code) ?? code;
  } catch {
    return code;
  }
}
