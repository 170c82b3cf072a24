// Rules over a whole table that the row-by-row checks cannot see: a table with a header and no rows
// (usually a file saved before its rows were pasted back; the site cannot draw from it), the
// "percentage" rule (where the unit is %, the value is a share from 0 to 100) and the "acyclic"
// rule (a parent chain, such as an agency's parent ministry, must end rather than loop).

import { firstDay, parsePartialDate } from "./dates.ts";
import { showValue } from "./show.ts";
import type { ParsedRow, ParsedTable, Problem, TableFile } from "./validate.ts";

const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function checkTableRules(table: ParsedTable, tf: TableFile | undefined, problems: Problem[]): void {
  const { file, rows, resource } = table;
  // The site draws its pages from every table: an empty one is refused here, not a crash in a chart.
  if (tf && tf.text !== null && !tf.unreadable && tf.text.replace(/^\uFEFF/, "").trim() !== "" && rows.length === 0 && !table.malformed && resource["x-may-be-empty"] !== true) {
    problems.push({ file, line: 2, column: 1, message: "table has a header but no rows", expected: "at least one row; an empty table usually means its rows were lost when the file was saved" });
  }
  const value = (row: ParsedRow, f: string) => {
    const cell = row.cells.get(f);
    return cell && cell.value !== "" ? cell : null;
  };
  for (const rule of resource.schema["x-rules"] ?? []) {
    const [a, b] = rule.fields;
    if (rule.rule === "percentage") {
      for (const row of rows) {
        const cell = value(row, a);
        if (row.ragged || !cell || value(row, b)?.value !== "%" || !NUMBER.test(cell.value)) continue;
        const n = Number(cell.value);
        if (n < 0 || n > 100) {
          problems.push({ file, line: cell.line, column: cell.column, message: `${a} ${cell.value} with ${b} % is ${n < 0 ? "below 0" : "above 100"}`, expected: "a percentage from 0 to 100" });
        }
      }
    }
    if (rule.rule === "acyclic") checkAcyclic(table, a, b, problems);
    if (rule.rule === "history") checkHistory(table, a, b, problems);
  }
}

/**
 * Rows sharing `groupField` form a dated history (a deposit's control states): a reader follows it
 * down the file, so each row must come after the one before it, and two states on one date would
 * leave the site unable to say which held. Partial dates compare by their first day, as the views do.
 */
function checkHistory(table: ParsedTable, groupField: string, dateField: string, problems: Problem[]): void {
  const previous = new Map<string, { text: string; start: string; line: number }>();
  for (const row of table.rows) {
    if (row.ragged) continue;
    const group = row.cells.get(groupField)?.value;
    const cell = row.cells.get(dateField);
    const date = cell && cell.value !== "" ? parsePartialDate(cell.value) : null;
    if (!group || !cell || !date) continue; // required and date checks report those
    const start = firstDay(date);
    const before = previous.get(group);
    // The same date written the same way is the primary key's duplicate, reported there.
    if (before && start === before.start && cell.value === before.text) continue;
    if (before && start === before.start) {
      problems.push({ file: table.file, line: cell.line, column: cell.column, message: `${groupField} ${showValue(group)} already has a state that starts on the same day (${before.text}, line ${before.line}) as ${cell.value}`, expected: `one row per ${groupField} and date; merge the two states, or date them apart` });
    } else if (before && start < before.start) {
      problems.push({ file: table.file, line: cell.line, column: cell.column, message: `${dateField} ${cell.value} comes before ${before.text}, the date of the previous row for ${groupField} ${showValue(group)} (line ${before.line})`, expected: `the rows of each ${groupField} in date order, oldest first` });
    }
    if (!before || start > before.start) previous.set(group, { text: cell.value, start, line: cell.line });
  }
}

function checkAcyclic(table: ParsedTable, idField: string, parentField: string, problems: Problem[]): void {
  const parentOf = new Map<string, string>();
  const rowOf = new Map<string, ParsedRow>();
  for (const row of table.rows) {
    if (row.ragged) continue;
    const id = row.cells.get(idField)?.value;
    const parent = row.cells.get(parentField)?.value;
    if (!id) continue;
    rowOf.set(id, row);
    if (parent) parentOf.set(id, parent);
  }
  const reported = new Set<string>();
  for (const row of table.rows) {
    const id = row.cells.get(idField)?.value;
    const cell = row.cells.get(parentField);
    if (!id || !cell || cell.value === "" || reported.has(id)) continue;
    if (cell.value === id) {
      reported.add(id);
      problems.push({ file: table.file, line: cell.line, column: cell.column, message: `${parentField} ${showValue(id)} is the row's own ${idField}`, expected: `a ${parentField} that is another row, or an empty cell` });
      continue;
    }
    // Follow the chain; a loop that comes back to this row is reported once, at its first row.
    const chain = [id];
    let next = parentOf.get(id);
    while (next !== undefined && rowOf.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = parentOf.get(next);
    }
    if (next === id) {
      for (const member of chain) reported.add(member);
      problems.push({
        file: table.file,
        line: cell.line,
        column: cell.column,
        message: `the ${parentField} chain loops back to this row: ${[...chain, id].join(" → ")}`,
        expected: `a chain of ${parentField}s that ends at a row without one`,
      });
    }
  }
}
