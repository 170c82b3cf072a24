// The data diff behind `npm run diff` and the change-log check, on fixture pairs: "before" is the
// base fixture, "after" lays tests/fixtures/diff/<case>/ over it. Rows are matched by key, so a
// spreadsheet re-save (CRLF, every cell quoted) shows only the cell that really changed, and the
// report lists the pages and charts the change reaches. expected.md is the reviewed report.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { changedKeys, diffData, diffTableText, type DataVersion } from "../../src/data/data-diff.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { readDataFolder } from "../../src/data/read.ts";
import { diffMarkdown, cell } from "../../src/review/diff-markdown.ts";
import { touchedBy } from "../../src/review/touches.ts";
import { FIXTURES, makeProject } from "../support/data-copy.ts";

const CASES = readdirSync(join(FIXTURES, "diff"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function version(project: string): { version: DataVersion; model: ReturnType<typeof buildModel> } {
  const dir = join(project, "data");
  const folder = readDataFolder(dir);
  const { tables } = loadData(dir);
  return {
    version: { descriptor: folder.descriptor, descriptorText: folder.descriptorText, files: new Map(folder.files.map((f) => [f.resource.path, f.text ?? ""])) },
    model: buildModel(tables, folder.descriptor, "2026-01-01"),
  };
}

function report(name: string): string {
  const before = version(makeProject());
  const after = version(makeProject(undefined, join(FIXTURES, "diff", name)));
  const diff = diffData(before.version, after.version);
  return diffMarkdown(diff, { base: "main (0000000)", versionBefore: "1.0.0", versionAfter: "1.0.0" }, touchedBy(diff, after.model, before.model));
}

describe("npm run diff on fixture pairs", { timeout: 30_000 }, () => {
  it.each(CASES)("%s: the reviewed report", (name) => {
    expect(report(name)).toBe(readFileSync(join(FIXTURES, "diff", name, "expected.md"), "utf8"));
  });

  it("a spreadsheet re-save that corrected one date shows that one field and nothing else", () => {
    const text = report("correction");
    expect(text).toMatch(/### events\.csv: 1 changed\n/);
    expect(text).toContain("| `date` | 2025-02-12 | 2025-02-13 |");
    expect(text.match(/\| `[a-z_]+` \|/g)).toHaveLength(1);
  });

  it("a file re-saved with no value changed is called formatting, not a change", () => {
    expect(report("formatting-only")).toContain("### sources.csv\n\nOnly the file's formatting changed");
  });
});

describe("diffTableText", () => {
  it("matches rows by key whatever their order, and tells added, removed and changed apart", () => {
    const d = diffTableText("t", "t.csv", ["id"], "id,name,n\na,Alpha,1\nb,Beta,2\nc,Gamma,3\n", "id,name,n\r\nb,Beta!,2\r\na,Alpha,1\r\nd,Delta,4\r\n");
    expect(d.added).toEqual([{ id: "d", name: "Delta", n: "4" }]);
    expect(d.removed).toEqual([{ id: "c", name: "Gamma", n: "3" }]);
    expect(d.changed.map((c) => [c.key, c.fields])).toEqual([["b", [{ field: "name", before: "Beta", after: "Beta!" }]]]);
    expect(d.formattingOnly).toBe(false);
  });

  it("matches a composite key, and reports columns added", () => {
    const d = diffTableText("event_actors", "event_actors.csv", ["event", "actor"], "event,actor,role\ne1,a1,host\n", "event,actor,role,note\ne1,a1,guest,x\ne1,a2,host,\n");
    expect(d.columnsAdded).toEqual(["note"]);
    expect(d.added.map((r) => `${r.event}/${r.actor}`)).toEqual(["e1/a2"]);
    expect(d.changed.map((c) => c.key)).toEqual(["e1 / a1"]);
  });
});

describe("changedKeys, behind the change-log check", () => {
  it("asks for no log entry when only maintainer_notes changed, and for one when a shown column did", () => {
    const before = "id,note,maintainer_notes\na,Shown,old\nb,Shown,x\n";
    const after = "id,note,maintainer_notes\na,Shown,reworded\nb,Shown again,x\n";
    expect(changedKeys(diffTableText("t", "t.csv", ["id"], before, after)).changed).toEqual(["b"]);
  });
});

describe("the report's cells", () => {
  it("carry no live Markdown or HTML from the data", () => {
    expect(cell('<img src=x onerror=alert(1)> | [link](javascript:x) *bold*')).toBe("&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\[link\\]\\(javascript:x\\) \\*bold\\*");
    expect(cell("two\nlines")).toBe("two ↵ lines");
  });
});
