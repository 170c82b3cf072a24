// The scale settings (LIST_PAGE_ROWS and the like) are read one way: a setting left blank or
// mistyped must leave the build as it is, not turn into zero rows or zero records.
import { describe, expect, it } from "vitest";
import { wholeSetting } from "../../src/site/whole-setting.ts";

describe("a whole-number setting", () => {
  it("is read when it is a whole number at least the minimum", () => {
    expect(wholeSetting("40")).toBe(40);
    expect(wholeSetting(" 300 ")).toBe(300);
    expect(wholeSetting("0", 0)).toBe(0);
  });

  it("is no setting when unset, blank, below the minimum or not a whole number", () => {
    for (const value of [undefined, "", "  ", "0", "-3", "2.5", "ten", "NaN"]) expect(wholeSetting(value), String(value)).toBeUndefined();
    expect(wholeSetting("", 0)).toBeUndefined();
    expect(wholeSetting("-1", 0)).toBeUndefined();
  });
});
