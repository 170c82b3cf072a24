// The validator on what a spreadsheet does to a table: each whole-file cause reported once, at its
// first cell, with how to undo it; a row split by an unquoted comma reported at the cell whose comma
// split it, with the fix for that cell; and nothing reported again as a follow-on problem.
// Each case takes a valid fixture table and damages it the way Excel, LibreOffice or a word
// processor would, then reads the validator's messages as a maintainer does.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv.ts";
import { readDataFolder } from "../../src/data/read.ts";
import { validateTables, type Problem } from "../../src/data/validate.ts";
import { fingerprint, makeProject, runValidate } from "../support/data-copy.ts";

type Tables = Record<string, string>;

/** A temporary project whose tables have been passed through `damage`. */
function damaged(damage: (t: Tables) => void): string {
  const project = makeProject();
  const data = join(project, "data");
  const names = ["events", "actors", "relations", "mineral_stats", "sources", "event_actors", "claims", "disputes", "redirects", "published_ids", "changes"];
  const tables: Tables = Object.fromEntries(names.map((n) => [n, readFileSync(join(data, `${n}.csv`), "utf8")]));
  const before = { ...tables };
  damage(tables);
  for (const n of names) if (tables[n] !== before[n]) writeFileSync(join(data, `${n}.csv`), tables[n]!);
  return project;
}

function problemsOf(project: string): Problem[] {
  const folder = readDataFolder(join(project, "data"));
  return validateTables(folder.descriptor, folder.files, folder.extraFiles).problems.filter((p) => p.severity !== "note");
}

/** Each record of a table as its cells' values. */
const records = (text: string) => parseCsv(text).records.map((r) => r.cells.map((c) => c.value));
/** Where the cell of `column` in data row `row` (1 = first after the header) starts. */
function cellAt(text: string, row: number, column: string): { line: number; column: number } {
  const parsed = parseCsv(text).records;
  const cell = parsed[row]!.cells[parsed[0]!.cells.findIndex((c) => c.value === column)]!;
  return { line: cell.line, column: cell.column };
}
const quoteCsv = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const rewrite = (text: string, map: (cells: string[], row: number) => string[], eol = "\n") =>
  records(text).map((cells, i) => (i === 0 ? cells : map(cells, i)).map(quoteCsv).join(",")).join(eol) + eol;

describe("a whole-file cause is one problem", () => {
  it("dates a spreadsheet reformatted (and CRLF line endings): one message at the first date, not one per cell", () => {
    let first = { line: 0, column: 0 };
    const project = damaged((t) => {
      const header = records(t.events!)[0]!;
      const date = header.indexOf("date");
      t.events = rewrite(t.events!, (cells) => {
        const [y, m, d] = cells[date]!.split("-");
        cells[date] = d ? `${Number(m)}/${Number(d)}/${y}` : m ? `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1]}-${y!.slice(2)}` : y!;
        return cells;
      }, "\r\n");
      first = cellAt(t.events!, 1, "date");
    });
    const problems = problemsOf(project);
    const rows = records(readFileSync(join(project, "data/events.csv"), "utf8")).length - 1;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ...first, message: expect.stringMatching(new RegExp(`^dates in column date of ${rows} rows \\(lines 2, 3, 4 and ${rows - 3} more\\) are written the way a spreadsheet displays them, such as "2/9/2025" \\(day and month with slashes\\): the spreadsheet reformatted them`)) });
    expect(problems[0]!.expected).toMatch(/^dates written YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("TRUE and FALSE in a boolean column: one message that says npm run format-data fixes it", () => {
    let first = { line: 0, column: 0 };
    const project = damaged((t) => {
      const directed = records(t.relations!)[0]!.indexOf("directed");
      t.relations = rewrite(t.relations!, (cells) => ((cells[directed] = cells[directed]!.toUpperCase()), cells));
      first = cellAt(t.relations!, 1, "directed");
    });
    const problems = problemsOf(project);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(first);
    expect(problems[0]!.message).toMatch(/^column directed of \d+ rows \(lines 2, 3/);
    expect(problems[0]!.message).toMatch(/say TRUE or FALSE in capitals, as a spreadsheet writes them$/);
    expect(problems[0]!.expected).toMatch(/^true or false in lower case: npm run format-data -- --write .*relations\.csv rewrites them$/);
  });

  it("a file saved with ; between cells: one message, and no table that refers to it complains", () => {
    const project = damaged((t) => {
      t.actors = records(t.actors!).map((cells) => cells.map((v) => (/[";]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(";")).join("\n") + "\n";
    });
    const problems = problemsOf(project);
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 1, 'file uses ";" (semicolons) between cells instead of commas, so every row reads as one cell; a spreadsheet set to a language that writes decimal commas saves CSV this way'],
    ]);
  });

  it("empty columns after the last and empty rows: one message each", () => {
    const project = damaged((t) => {
      const lines = t.events!.trimEnd().split("\n").map((l) => `${l},,`);
      lines.splice(3, 0, ",".repeat(records(t.events!)[0]!.length + 1));
      t.events = lines.join("\n") + "\n";
    });
    const messages = problemsOf(project).map((p) => `${p.line}:${p.column}: ${p.message}`);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^1:\d+: \d+ rows \(lines 1, 2, 3 and \d+ more\) end with empty cells after the last column/);
    expect(messages[1]).toBe("4:1: 1 row (line 4) is empty, only commas");
  });
});

describe("a split row is reported at the cell that split it, with the fix for that cell", () => {
  it("an unquoted thousands separator: the number's cell, and the number without separators", () => {
    let at = { line: 0, column: 0 };
    let cells = 0;
    const project = damaged((t) => {
      at = cellAt(t.mineral_stats!, 1, "value");
      cells = records(t.mineral_stats!)[0]!.length + 2;
      t.mineral_stats = t.mineral_stats!.replace(",3800000,", ",3,800,000,");
    });
    const problems = problemsOf(project);
    expect(problems).toEqual([
      expect.objectContaining({ ...at, message: `"3,800,000" in column value is a number with a thousands separator, and its comma split the row into ${cells} cells`, expected: "3800000: digits only, with no separators" }),
    ]);
  });

  it("curly quotes around a headline with a comma: named as curly quotes, with straight quotes as the fix", () => {
    let at = { line: 0, column: 0 };
    let cells = 0;
    const project = damaged((t) => {
      at = cellAt(t.events!, 2, "headline");
      cells = records(t.events!)[0]!.length + 1;
      t.events = t.events!.replace("Trump and Putin speak by phone for the first time since the inauguration", "“Trump and Putin speak, by phone”");
    });
    expect(problemsOf(project)).toEqual([
      expect.objectContaining({
        ...at,
        message: `the cell in column headline is wrapped in curly quotes “…”, which CSV does not read as quotes, so the comma inside split the row into ${cells} cells`,
        expected: 'straight double quotes around the cell: "Trump and Putin speak, by phone"',
      }),
    ]);
  });

  it("curly quotes around a headline without a comma: they would be published, so they are named", () => {
    const project = damaged((t) => {
      t.events = t.events!.replace("Trump wants $500bn worth of Ukrainian rare earths", "“Trump wants $500bn worth of Ukrainian rare earths”");
    });
    expect(problemsOf(project).map((p) => p.message)).toEqual(["the cell in column headline is wrapped in curly quotes “…”, which would be published as part of the text"]);
  });

  it("a comma in text that is not in quotes: the text's cell, and the cell in quotes as the fix", () => {
    let cells = 0;
    const project = damaged((t) => {
      cells = records(t.relations!)[0]!.length + 1;
      t.relations = t.relations!.replace("Rubio phoned Lavrov; the US side initiated the call.", "Rubio phoned Lavrov, the US side initiated the call.");
    });
    const [p, ...rest] = problemsOf(project);
    expect(rest).toEqual([]);
    expect(p!.message).toBe(`the comma in column summary is not inside quotes, so it split the row into ${cells} cells`);
    expect(p!.expected).toBe('the whole cell in double quotes: "Rubio phoned Lavrov, the US side initiated the call."');
  });
});

describe("a cell gets the message for what is wrong with it", () => {
  it("a space in a URL: the column of the space, not a regular expression", () => {
    let at = { line: 0, column: 0 };
    const project = damaged((t) => {
      at = cellAt(t.sources!, 2, "url");
      t.sources = t.sources!.replace("https://www.arabnews.pk/node/2592325", "https://www.arabnews.pk/node/ 2592325");
    });
    expect(problemsOf(project)).toEqual([
      expect.objectContaining({ line: at.line, column: at.column + 29, message: "the URL in column url has a space at character 30" }),
    ]);
  });

  it("a value that is nearly allowed: did you mean the allowed one?", () => {
    const project = damaged((t) => {
      t.events = t.events!.replace(",minerals-deal,2,", ",minerals-deals,2,");
    });
    expect(problemsOf(project).map((p) => p.message)).toEqual(['"minerals-deals" in column track is not an allowed value; did you mean "minerals-deal"?']);
  });

  it("a misspelt column name: one problem with the likely name, not an unknown and a missing column", () => {
    const project = damaged((t) => {
      t.events = t.events!.replace(",headline,", ",headlne,");
    });
    expect(problemsOf(project).map((p) => p.message)).toEqual(['unknown column "headlne"; did you mean "headline"?']);
  });
});

describe("npm run validate on a spreadsheet round-trip", () => {
  it("prints one line per cause with file:line:column, a count, and changes nothing", () => {
    const project = damaged((t) => {
      const directed = records(t.relations!)[0]!.indexOf("directed");
      t.relations = rewrite(t.relations!, (cells) => ((cells[directed] = cells[directed]!.toUpperCase()), cells), "\r\n");
      t.mineral_stats = t.mineral_stats!.replace(",3800000,", ",3,800,000,");
    });
    const before = fingerprint(join(project, "data"));
    const result = runValidate(project);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^data\/relations\.csv:2:\d+: column directed of \d+ rows .* say TRUE or FALSE in capitals, as a spreadsheet writes them \(expected true or false in lower case: npm run format-data -- --write data\/relations\.csv rewrites them\)$/);
    expect(lines[1]).toMatch(/^data\/mineral_stats\.csv:2:\d+: "3,800,000" in column value is a number with a thousands separator/);
    expect(lines[2]).toBe("2 problems in 2 files");
    expect(result.status).toBe(1);
    expect(fingerprint(join(project, "data"))).toEqual(before);
  });
});
