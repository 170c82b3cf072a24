// The home page's story cites rows by id; the project's data must hold every one, or the story
// would quietly disappear from the home page. The validator holds data/ to that, with a message at
// the line of StoryText.astro or home.ts that cites a missing row.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { missingStoryRows, storyRowIds } from "../../src/views/home/story-rows.ts";
import { makeProject, ROOT } from "../support/data-copy.ts";
import { checkHomeReferences } from "../../src/data/project-checks.ts";
import { readDataFolder } from "../../src/data/read.ts";
import { validateTables, type Problem } from "../../src/data/validate.ts";

const source = readFileSync(join(ROOT, "src/views/home/StoryText.astro"), "utf8");
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

  it("is checked by the validator, which names the line that cites a missing row and where the row went", () => {
    // The project's data with one cited event renamed (and its redirect recorded).
    const cited = storyRowIds(source).find((id) => id.startsWith("evt-"))!;
    const project = makeProject(join(ROOT, "data"));
    const data = join(project, "data");
    const file = (name: string) => join(data, `${name}.csv`);
    for (const name of ["events", "event_actors", "relations", "measures", "eras", "disputes"]) {
      writeFileSync(file(name), readFileSync(file(name), "utf8").replaceAll(`${cited},`, `${cited}-x,`).replaceAll(`,${cited}\n`, `,${cited}-x\n`).replaceAll(`${cited};`, `${cited}-x;`));
    }
    writeFileSync(file("redirects"), `${readFileSync(file("redirects"), "utf8")}${cited},events,Old headline,${cited}-x,2026-12-01,2.0.0,Renamed to test the validator.\n`);
    const folder = readDataFolder(data);
    const { tables } = validateTables(folder.descriptor, folder.files);
    const problems: Problem[] = [];
    checkHomeReferences(ROOT, tables, problems);
    const line = source.split("\n").findIndex((l) => l.includes(`"${cited}"`)) + 1;
    expect(problems[0]).toMatchObject({ file: "src/views/home/StoryText.astro", line, column: source.split("\n")[line - 1]!.indexOf(`"${cited}"`) + 2 });
    expect(problems[0]!.message).toMatch(new RegExp(`^the home page cites "${cited}", which is not a row in .*events\\.csv; it was renamed to "${cited}-x" \\(.*redirects\\.csv line \\d+\\); without it the page would leave out its whole story$`));
  });

  it("is left out when built from tables that lack its rows", () => {
    expect(missingStoryRows(modelOf(join(makeProject(), "data")), source).length).toBeGreaterThan(0);
  });
});
