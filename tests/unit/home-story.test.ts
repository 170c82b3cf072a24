// The home page's story cites rows by id; the project's data must hold every one, or the story
// would quietly disappear from the home page.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { missingStoryRows, storyRowIds } from "../../src/components/home/story-rows.ts";
import { makeProject, ROOT } from "../support/data-copy.ts";

const source = readFileSync(join(ROOT, "src/components/home/StoryText.astro"), "utf8");
const modelOf = (dir: string) => {
  const { tables, folder } = loadData(dir);
  return buildModel(tables, folder.descriptor, "2026-01-01");
};

describe("the home page's story", () => {
  it("quotes events, figures and measures by id", () => {
    const ids = storyRowIds(source);
    expect(ids.filter((id) => id.startsWith("evt-")).length).toBeGreaterThan(10);
    expect(ids.some((id) => id.startsWith("fig-"))).toBe(true);
    expect(ids.some((id) => id.startsWith("msr-"))).toBe(true);
  });

  it("cites only rows the project's data holds", () => {
    expect(missingStoryRows(modelOf(join(ROOT, "data")), source)).toEqual([]);
  });

  it("is left out when built from tables that lack its rows", () => {
    expect(missingStoryRows(modelOf(join(makeProject(), "data")), source).length).toBeGreaterThan(0);
  });
});
