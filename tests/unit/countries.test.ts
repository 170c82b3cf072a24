// Every view names a country through src/data/countries.ts: the network's filter, an actor's kicker, the
// mineral charts and the key figures must not call one country two things.
import { describe, expect, it } from "vitest";
import { countryName } from "../../src/data/countries.ts";
import { countryName as networkName } from "../../src/views/network/network-style.ts";
import { countryName as mineralsName } from "../../src/views/minerals/markup.ts";

describe("countryName", () => {
  it("names ISO codes in English, whichever chart asks", () => {
    for (const [code, name] of [["RU", "Russia"], ["UA", "Ukraine"], ["US", "United States"], ["CN", "China"], ["AU", "Australia"]] as const) {
      expect([countryName(code), networkName(code), mineralsName(code)]).toEqual([name, name, name]);
    }
  });

  it("gives our non-ISO codes a label form and a sentence form", () => {
    expect(["WORLD", "EU", "INT"].map((c) => countryName(c))).toEqual(["World", "European Union", "International"]);
    expect(["WORLD", "EU", "INT"].map((c) => countryName(c, { inSentence: true }))).toEqual(["the world", "the European Union", "international bodies"]);
  });

  it("falls back to the code itself for a code Intl cannot read", () => {
    expect(countryName("not-a-code")).toBe("not-a-code");
  });
});
