// Long lists are cut into pages between groups, at a size a maintainer can set for a test build.
import { describe, expect, it } from "vitest";
import { pageRows, pagesOf } from "../../src/site/list-pages.ts";

describe("list pages", () => {
  it("cut between groups, never inside one, and lose nothing", () => {
    const items = ["a1", "a2", "a3", "b1", "c1", "c2", "c3", "c4", "d1"];
    const pages = pagesOf(items, 3, (x) => x[0]);
    expect(pages).toEqual([["a1", "a2", "a3"], ["b1", "c1", "c2", "c3", "c4"], ["d1"]]);
  });
  it("take their size from LIST_PAGE_ROWS when it is a positive whole number", () => {
    expect(pageRows(500, {})).toBe(500);
    expect(pageRows(500, { LIST_PAGE_ROWS: "20" })).toBe(20);
    expect(pageRows(500, { LIST_PAGE_ROWS: "-3" })).toBe(500);
    expect(pageRows(500, { LIST_PAGE_ROWS: "x" })).toBe(500);
  });
});
