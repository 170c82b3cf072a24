import { describe, expect, it } from "vitest";
import { leadWith, namesTitle } from "../../src/site/search/entity-first.ts";

describe("namesTitle", () => {
  it("matches a name by surname, full name, start of a word, or one slip", () => {
    for (const q of ["Witkoff", "witkoff", "Steve Witkoff", "steve witk", "Witkof", "Witkofff", "wITKOFF "]) expect(namesTitle(q, "Steve Witkoff"), q).toBe(true);
    expect(namesTitle("Zelensky", "Volodymyr Zelenskyy")).toBe(true);
    expect(namesTitle("Dobra", "Dobra lithium deposit")).toBe(true);
  });

  it("does not match words that are not in the name", () => {
    for (const q of ["sanctions", "Witkoff talks", "of", "Steve Bannon", ""]) expect(namesTitle(q, "Steve Witkoff"), q).toBe(false);
    expect(namesTitle("Rubio", "Robert")).toBe(false);
  });
});

describe("leadWith", () => {
  it("moves the named results to the front and keeps every other in order", () => {
    const r = ["a", "b", "c", "d"].map((id) => ({ id }));
    expect(leadWith(r, ["c", "x"]).map((x) => x.id)).toEqual(["c", "a", "b", "d"]);
    expect(leadWith(r, []).map((x) => x.id)).toEqual(["a", "b", "c", "d"]);
  });
});
