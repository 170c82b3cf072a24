// Each kind of bad input, put into a copy of the real data/ folder, must be caught at the cell we
// broke, whatever rows the data holds today, and the copy must be left as we wrote it.
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatCsv, parseCsv } from "../../src/data/csv.ts";
import { ROOT, fingerprint, runValidate } from "../support/data-copy.ts";

function copyOfData(): string {
  const project = mkdtempSync(join(tmpdir(), "smt-real-"));
  cpSync(join(ROOT, "data"), join(project, "data"), { recursive: true });
  return project;
}

/** Set one cell (by 0-based data row and field name) and return where that cell now starts. */
function setCell(project: string, table: string, row: number, field: string, value: string): { line: number; column: number } {
  const file = join(project, "data", `${table}.csv`);
  const records = parseCsv(readFileSync(file, "utf8")).records.map((r) => r.cells.map((c) => c.value));
  const col = records[0]!.indexOf(field);
  if (col < 0 || !records[row + 1]) throw new Error(`no ${field} or row ${row} in ${table}`);
  records[row + 1]![col] = value;
  writeFileSync(file, formatCsv(records));
  const cell = parseCsv(readFileSync(file, "utf8")).records[row + 1]!.cells[col]!;
  return { line: cell.line, column: cell.column };
}

function expectProblem(project: string, table: string, at: { line: number; column: number }, message: RegExp) {
  const data = join(project, "data");
  const before = fingerprint(data);
  const result = runValidate(project);
  expect(result.status).toBe(1);
  const prefix = `data/${table}.csv:${at.line}:${at.column}: `;
  const line = result.stderr.split("\n").find((l) => l.startsWith(prefix));
  expect(line, `no message at ${prefix}\n${result.stderr}`).toBeDefined();
  expect(line!.slice(prefix.length)).toMatch(message);
  expect(fingerprint(data)).toEqual(before);
}

// Each test validates the whole real data set twice in child processes: allow for a busy machine.
describe("the real data, with one thing broken", { timeout: 30_000 }, () => {
  it("passes as committed", () => {
    const result = runValidate(copyOfData());
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("catches an impossible date", () => {
    const p = copyOfData();
    expectProblem(p, "events", setCell(p, "events", 0, "date", "2025-02-30"), /"2025-02-30" in column date is not a real date/);
  });

  it("catches a value outside the enum", () => {
    const p = copyOfData();
    expectProblem(p, "events", setCell(p, "events", 0, "track", "diplomacy"), /is not an allowed value \(expected one of: sanctions/);
  });

  it("catches wrong types", () => {
    const p = copyOfData();
    expectProblem(p, "events", setCell(p, "events", 0, "importance", "high"), /is not a whole number/);
    const q = copyOfData();
    expectProblem(q, "relations", setCell(q, "relations", 0, "directed", "yes"), /is not true or false/);
  });

  it("catches a non-http URL", () => {
    const p = copyOfData();
    expectProblem(p, "sources", setCell(p, "sources", 0, "url", "javascript:alert(1)"), /is not an http or https URL/);
  });

  it("catches a duplicate id", () => {
    const p = copyOfData();
    const first = parseCsv(readFileSync(join(p, "data/events.csv"), "utf8")).records[1]!.cells[0]!.value;
    expectProblem(p, "events", setCell(p, "events", 1, "id", first), /^duplicate id /);
  });

  it("catches a foreign key that points nowhere, also inside a list", () => {
    const p = copyOfData();
    expectProblem(p, "event_actors", setCell(p, "event_actors", 0, "actor", "act-nobody-at-all"), /"act-nobody-at-all" in column actor is not an id in data\/actors\.csv/);
    const q = copyOfData();
    const file = join(q, "data/events.csv");
    const sources = parseCsv(readFileSync(file, "utf8")).records[1]!.cells[7]!.value;
    const at = setCell(q, "events", 0, "sources", `${sources};src-nowhere`);
    expectProblem(q, "events", { line: at.line, column: at.column + sources.length + 1 }, /"src-nowhere" in column sources is not an id/);
  });

  it("catches a row that cites no source", () => {
    const p = copyOfData();
    expectProblem(p, "events", setCell(p, "events", 0, "sources", ""), /empty cell in required column sources/);
  });

  it("catches an end before its start", () => {
    const p = copyOfData();
    expectProblem(p, "relations", setCell(p, "relations", 0, "end", "2000"), /^end 2000 is before start/);
  });

  it("catches an unclosed quote and a ragged row", () => {
    const p = copyOfData();
    const file = join(p, "data/measures.csv");
    const lines = readFileSync(file, "utf8").trimEnd().split("\n").length;
    writeFileSync(file, readFileSync(file, "utf8") + "msr-ragged,only two cells\n");
    expectProblem(p, "measures", { line: lines + 1, column: 12 }, /^row has 2 cells but the header has/);
    writeFileSync(file, readFileSync(file, "utf8") + 'msr-open,"never closed\n');
    expectProblem(p, "measures", { line: lines + 2, column: 10 }, /^quoted field is never closed/);
  });

  it("catches missing and unknown columns", () => {
    const p = copyOfData();
    const file = join(p, "data/actors.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^(.*),notes,/, "$1,note,"));
    const header = readFileSync(file, "utf8").split("\n")[0]!;
    // A misspelt column is one problem with its likely name, not an unknown one and a missing one.
    expectProblem(p, "actors", { line: 1, column: header.indexOf(",note,") + 2 }, /^unknown column "note"; did you mean "notes"\?/);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^(.*),note,/, "$1,remarks,"));
    expectProblem(p, "actors", { line: 1, column: header.indexOf(",note,") + 2 }, /^unknown column "remarks" \(/);
    expectProblem(p, "actors", { line: 1, column: header.length + 4 }, /^missing column "notes"/);
  });

  it("catches an empty file and a missing one", () => {
    const p = copyOfData();
    writeFileSync(join(p, "data/figures.csv"), "");
    expectProblem(p, "figures", { line: 1, column: 1 }, /^file is empty/);
    rmSync(join(p, "data/figures.csv"));
    expectProblem(p, "figures", { line: 1, column: 1 }, /^file is missing/);
  });
});
