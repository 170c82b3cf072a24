// Labels from the schema's categories read inside sentences and counts ("1 relation", "2 relations").
import { describe, expect, it } from "vitest";
import { inSentence, plural } from "../../src/data/words.ts";

describe("words", () => {
  it("lower-cases a label inside a sentence but keeps a leading acronym", () => {
    expect(["Mine production", "US import reliance", "SWIFT disconnection", "Held by Ukraine"].map(inSentence)).toEqual(["mine production", "US import reliance", "SWIFT disconnection", "held by Ukraine"]);
  });

  it("counts in English, with the plural only where English has one", () => {
    expect([0, 1, 2, 1204].map((n) => plural(n, "relation"))).toEqual(["0 relations", "1 relation", "2 relations", "1,204 relations"]);
    expect(plural(1, "more linked actor")).toBe("1 more linked actor");
  });
});
