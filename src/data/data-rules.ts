// Rules about the data that used to live only in unit tests, where a maintainer met them as
// "expected 492 to be 491": now they are validator messages at the row to fix. (One source row per
// page, the third such rule, is in source-quality.ts with the other rules about sources.)
// - A dispute shows both sides: at least two claims (a one-outlet typo is a note, not a dispute).
// - Every deposit has at least one control state in deposit_control (the map colours it by one).
// - A field marked x-one-spelling is spelled one way (a publisher is "Reuters", never also "REUTERS").

import { showValue } from "./show.ts";
import type { ParsedRow, ParsedTable, Problem } from "./validate.ts";

const value = (row: ParsedRow, field: string) => {
  const cell = row.cells.get(field);
  return cell && cell.value !== "" ? cell : null;
};

/**
 * The key two spellings of one name share: no case or accents, punctuation read as a space. Words
 * stay apart, so "Geo News" and "GeoNews" (two different outlets) are not one name.
 */
export function spellingKey(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function checkDataRules(tables: Map<string, ParsedTable>, problems: Problem[]): void {
  checkDisputeSides(tables, problems);
  checkDepositsHaveControl(tables, problems);
  for (const table of tables.values()) checkOneSpelling(table, problems);
}

function checkDisputeSides(tables: Map<string, ParsedTable>, problems: Problem[]): void {
  const disputes = tables.get("disputes");
  const claims = tables.get("claims");
  // A claims table that is missing, empty or broken is its own problem: every dispute would repeat it.
  if (!disputes || !claims || disputes.malformed || claims.malformed || claims.rows.length === 0) return;
  const count = new Map<string, number>();
  for (const row of claims.rows) {
    const d = value(row, "dispute")?.value;
    if (d && !row.ragged) count.set(d, (count.get(d) ?? 0) + 1);
  }
  for (const row of disputes.rows) {
    const id = value(row, "id");
    if (!id || row.ragged) continue;
    const n = count.get(id.value) ?? 0;
    if (n >= 2) continue;
    problems.push({
      file: disputes.file,
      line: id.line,
      column: id.column,
      message: `dispute ${showValue(id.value)} has ${n === 0 ? "no claim" : "one claim"} in ${claims.file}`,
      expected: `at least two claims, one per side, each with its source; where one outlet simply got a value wrong, a note on the row instead of a dispute`,
    });
  }
}

function checkDepositsHaveControl(tables: Map<string, ParsedTable>, problems: Problem[]): void {
  const deposits = tables.get("deposits");
  const control = tables.get("deposit_control");
  if (!deposits || !control || deposits.malformed || control.malformed) return;
  const known = new Set(control.rows.filter((r) => !r.ragged).map((r) => value(r, "deposit_id")?.value));
  for (const row of deposits.rows) {
    const id = value(row, "id");
    if (!id || row.ragged || known.has(id.value)) continue;
    problems.push({ file: deposits.file, line: id.line, column: id.column, message: `deposit ${showValue(id.value)} has no row in ${control.file}`, expected: `at least one dated control state for it in ${control.file} (control unknown, with its source, if no source says)` });
  }
}

function checkOneSpelling(table: ParsedTable, problems: Problem[]): void {
  if (table.malformed) return;
  for (const field of table.resource.schema.fields.filter((f) => f["x-one-spelling"] === true)) {
    const first = new Map<string, { text: string; line: number }>();
    for (const row of table.rows) {
      const cell = value(row, field.name);
      if (!cell || row.ragged) continue;
      const key = spellingKey(cell.value);
      const seen = first.get(key);
      if (!seen) first.set(key, { text: cell.value, line: row.line });
      else if (seen.text !== cell.value) {
        problems.push({
          file: table.file,
          line: cell.line,
          column: cell.column,
          message: `${showValue(cell.value)} in column ${field.name} is spelled ${showValue(seen.text)} on line ${seen.line}`,
          expected: `one spelling for each ${field.name}: ${showValue(seen.text)}, or change the other rows too`,
        });
      }
    }
  }
}
