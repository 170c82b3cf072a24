// Ids never break, the change log tells the truth, and the rules that once lived only in unit tests
// are validator messages: each case changes a valid fixture folder the way a maintainer might and
// reads what the validator says, where it says it.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv.ts";
import { readDataFolder } from "../../src/data/read.ts";
import { validateTables, type Problem } from "../../src/data/validate.ts";
import { compareVersions, nextVersion } from "../../src/data/changes-log.ts";
import { makeProject } from "../support/data-copy.ts";

type Edit = (read: (table: string) => string, write: (table: string, text: string) => void) => void;

function problemsAfter(edit: Edit): Problem[] {
  const data = join(makeProject(), "data");
  const read = (t: string) => readFileSync(join(data, `${t}.csv`), "utf8");
  edit(read, (t, text) => writeFileSync(join(data, `${t}.csv`), text));
  const folder = readDataFolder(data);
  // Messages name files as a maintainer in the project folder sees them.
  const local = (s: string) => s.replaceAll(`${data}/`, "data/");
  return validateTables(folder.descriptor, folder.files, folder.extraFiles).problems.map((p) => ({ ...p, file: local(p.file), message: local(p.message), expected: local(p.expected) }));
}

const show = (ps: Problem[]) => ps.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} (expected ${p.expected})`);
const firstId = (text: string) => parseCsv(text).records[1]!.cells[0]!.value;
const dropRow = (text: string, id: string) => text.split("\n").filter((l) => !l.startsWith(`${id},`)).join("\n");
const lineCount = (text: string) => text.trimEnd().split("\n").length;

describe("an id that was published never just disappears", () => {
  it("a removed row needs a line in redirects.csv, which the message drafts, at the place to add it", () => {
    let id = "";
    let end = 0;
    const problems = problemsAfter((read, write) => {
      id = firstId(read("relations"));
      write("relations", dropRow(read("relations"), id));
      // Nothing else cites it in the fixture, so this is the only problem.
      end = lineCount(read("redirects")) + 1;
    });
    expect(show(problems)).toEqual([
      `data/redirects.csv:${end}:1: "${id}" was published (listed in data/published_ids.csv line ${readPublishedLine(id)}) and is no longer in data/relations.csv: its page, links and embeds would break (expected a line in data/redirects.csv saying where it went or why it was removed, such as ${id},relations,<what it was, for readers>,,${today()},2.0.0,<why, in a line for readers>; or the row back in data/relations.csv)`,
    ]);
  });

  it("a story step is an address too (/story/#<id>): removing one asks for a redirect like any row", () => {
    const problems = problemsAfter((read, write) => {
      write("story_steps", dropRow(read("story_steps"), "step-map"));
    });
    expect(problems.map((p) => p.message)).toEqual([
      `"step-map" was published (listed in data/published_ids.csv line ${readPublishedLine("step-map")}) and is no longer in data/story_steps.csv: its page, links and embeds would break`,
    ]);
  });

  it("the redirect, once written, satisfies it; and references to the old id say where it went", () => {
    const problems = problemsAfter((read, write) => {
      const events = read("events");
      const old = firstId(events);
      const renamed = `${old}-renamed`;
      write("events", events.replace(`${old},`, `${renamed},`));
      write("event_actors", read("event_actors"));
      write("redirects", `${read("redirects").trimEnd()}\n${old},events,The old headline,${renamed},2026-11-30,1.0.0,The id had a typo.\n`);
    });
    // Every table that cited the old id now points at it with the new id to use.
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message).toMatch(/is not an id in data\/events\.csv; it was renamed to "evt-[a-z0-9-]+-renamed" \(data\/redirects\.csv line \d+\)$/);
  });

  it("redirects.csv itself: an id that is still a row, a replacement that does not exist or was itself renamed", () => {
    let problems: Problem[] = [];
    let ids: string[] = [];
    problems = problemsAfter((read, write) => {
      ids = parseCsv(read("events")).records.slice(1, 3).map((r) => r.cells[0]!.value);
      write("redirects", `${read("redirects").trimEnd()}\n${ids[0]},events,Still here,,2026-11-30,1.0.0,Removed.\nevt-2020-01-01-gone,events,Gone,evt-2020-01-02-also-gone,2026-11-30,1.0.0,Merged.\nevt-2020-01-03-old,events,Old,evt-2020-01-04-middle,2026-11-30,1.0.0,Renamed.\nevt-2020-01-04-middle,events,Middle,${ids[1]},2026-11-30,1.0.0,Renamed again.\n`);
    });
    expect(problems.map((p) => p.message)).toEqual([
      `"${ids[0]}" is still a row in data/events.csv`,
      '"evt-2020-01-02-also-gone" is not an id in data/events.csv',
      `"evt-2020-01-04-middle" was itself renamed, to "${ids[1]}"`,
    ]);
  });
});

describe("the change log", () => {
  it("is oldest first, names rows that exist, and says so when it does not", () => {
    const problems = problemsAfter((read, write) => {
      write("changes", `${read("changes").trimEnd()}\n0.9.0,2026-11-28,correction,evt-2025-02-12-trump-putin-cal,Typo in an id.\n`);
    });
    expect(problems.map((p) => p.message)).toEqual([
      "version 0.9.0 comes after 1.0.0 (line 2)",
      '"evt-2025-02-12-trump-putin-cal" in column rows is not an id in the data or in redirects.csv; did you mean "evt-2025-02-12-trump-putin-call"?',
    ]);
  });

  it("counts versions as semantic versions: removals and schema major, additions minor, corrections patch", () => {
    expect(nextVersion("2.3.4", ["correction"])).toBe("2.3.5");
    expect(nextVersion("2.3.4", ["correction", "addition"])).toBe("2.4.0");
    expect(nextVersion("2.3.4", ["update"])).toBe("2.4.0");
    expect(nextVersion("2.3.4", ["addition", "removal"])).toBe("3.0.0");
    expect(nextVersion("2.3.4", ["schema"])).toBe("3.0.0");
    expect(compareVersions("2.10.0", "2.9.9")).toBeGreaterThan(0);
  });
});

describe("rules that lived only in unit tests", () => {
  it("a dispute needs two sides", () => {
    let dispute = "";
    const problems = problemsAfter((read, write) => {
      const claims = parseCsv(read("claims")).records;
      const col = claims[0]!.cells.findIndex((c) => c.value === "dispute");
      dispute = claims[1]!.cells[col]!.value;
      const keep = claims.filter((r, i) => i === 0 || r.cells[col]!.value !== dispute || i === claims.findIndex((x) => x.cells[col]?.value === dispute));
      write("claims", read("claims").split("\n").filter((_, i) => i >= claims.length || keep.some((r) => r.line === i + 1)).join("\n"));
    });
    expect(show(problems).filter((m) => m.includes("dispute"))).toEqual([
      expect.stringMatching(new RegExp(`^data/disputes\\.csv:\\d+:1: dispute "${dispute}" has one claim in data/claims\\.csv \\(expected at least two claims, one per side, each with its source; where one outlet simply got a value wrong, a note on the row instead of a dispute\\)$`)),
    ]);
  });

  it("a publisher is spelled one way", () => {
    const problems = problemsAfter((read, write) => {
      const publishers = read("publishers").trimEnd().split("\n");
      const [first] = parseCsv(publishers.slice(0, 2).join("\n")).records[1]!.cells.map((c) => c.value);
      const name = parseCsv(read("publishers")).records[1]!.cells[1]!.value;
      publishers.push(`pub-zz-copy-of-${first!.replace(/^pub-/, "")},${name.toUpperCase()},${publishers[1]!.split(",").slice(2).join(",")}`);
      write("publishers", publishers.join("\n") + "\n");
    });
    expect(problems.map((p) => p.message).filter((m) => m.includes("spelled"))).toEqual([expect.stringMatching(/^"[^"]+" in column name is spelled "[^"]+" on line 2$/)]);
  });
});

function readPublishedLine(id: string): number {
  const text = readFileSync(join(makeProject(), "data/published_ids.csv"), "utf8");
  return text.split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;
}

/** The calendar date where the test runs: what a maintainer would write in the drafted line. */
function today(): string {
  return new Date().toLocaleDateString("en-CA");
}
