// What a spreadsheet does to a CSV file it opens and saves, recognised as such. A maintainer who
// round-trips a table through Excel, LibreOffice or Numbers changes hundreds of cells without
// touching one: dates re-written as the spreadsheet shows them, booleans in capitals, ";" between
// cells, empty columns and rows, curly quotes. Reported cell by cell that is a flood with no
// diagnosis; here each whole-file cause becomes one message at its first cell, saying what
// happened and how to undo it, and a row split by an unquoted comma is reported at the cell
// whose comma split it, with the fix that applies to that cell (a thousands separator, curly
// quotes, or a missing pair of quotes). validate.ts calls these; nothing here reads or writes files.

import type { Cell } from "./csv.ts";
import type { Field } from "./descriptor.ts";
import { showValue } from "./show.ts";
import type { Problem } from "./validate.ts";

const FORMAT_DATA = (file: string) => `npm run format-data -- --write ${file}`;

// ---- the separator: a whole file saved with ";" or tabs between cells

/**
 * One problem for a file whose header is one cell holding declared column names separated by ";"
 * or a tab: a spreadsheet in a language with decimal commas saves CSV with ";" (or "Unicode Text"
 * with tabs). Null when the header is comma-separated.
 */
export function separatorProblem(text: string, fields: readonly Field[], file: string): Problem | null {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  if (firstLine.includes(",")) return null;
  const names = new Set(fields.map((f) => f.name));
  for (const [separator, label] of [[";", '";" (semicolons)'], ["\t", "tabs"]] as const) {
    const parts = firstLine.split(separator).map((p) => p.replace(/^"|"$/g, ""));
    if (parts.length < 2 || parts.filter((p) => names.has(p)).length < 2) continue;
    return {
      file,
      line: 1,
      column: 1,
      message: `file uses ${label} between cells instead of commas, so every row reads as one cell; a spreadsheet set to a language that writes decimal commas saves CSV this way`,
      expected: `commas between cells: ${FORMAT_DATA(file)} rewrites it, or save again as "CSV UTF-8 (Comma delimited)"`,
    };
  }
  return null;
}

// ---- cells a spreadsheet rewrote

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
/** Dates as spreadsheets display and then save them, each with the shape named for the message. */
const SPREADSHEET_DATES: [RegExp, string][] = [
  [/^\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?$/, "day and month with slashes"],
  [/^\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?$/, "day and month with dots"],
  [/^\d{4}\/\d{1,2}\/\d{1,2}$/, "year first with slashes"],
  [new RegExp(`^\\d{1,2}[- ](?:${MONTHS})[a-z]*[- ]\\d{2}(?:\\d{2})?$`, "i"), "a month name"],
  [new RegExp(`^(?:${MONTHS})[a-z]*[- ]\\d{2}(?:\\d{2})?$`, "i"), "a month name"],
  [new RegExp(`^(?:${MONTHS})[a-z]* \\d{1,2}, \\d{4}$`, "i"), "a month name"],
  [/^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?$/, "a time of day added"],
  [/^\d{4}-\d{1,2}-\d{1,2}$/, "no leading zeros"],
  [/^[1-6]\d{4}$/, "a spreadsheet serial number"],
];

/** How a spreadsheet wrote this date ("day and month with slashes"), or null when it did not. */
export function spreadsheetDate(value: string): string | null {
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return null;
  for (const [pattern, shape] of SPREADSHEET_DATES) if (pattern.test(value)) return shape;
  return null;
}

/** TRUE, False …: a boolean in the capitals spreadsheets give them. */
export const spreadsheetBoolean = (value: string): boolean => /^(?:true|false)$/i.test(value) && value !== "true" && value !== "false";

const CURLY_PAIRS: [string, string][] = [["“", "”"], ["„", "“"], ["”", "”"], ["‘", "’"], ["«", "»"]];

/** The text is wrapped whole in curly quotes (a word processor's "smart quotes" instead of CSV quotes). */
export function curlyWrapped(value: string): boolean {
  return value.length >= 2 && CURLY_PAIRS.some(([open, close]) => value.startsWith(open) && value.endsWith(close));
}

/** A number written with a thousands separator: 1,183 or 3,800,000.5. */
export const thousandsNumber = (value: string): boolean => /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(value);
/** A number written with a decimal comma: 12,5. */
export const decimalComma = (value: string): boolean => /^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$/.test(value);

/** A cell a spreadsheet or word processor changed, reported at the right column with the right fix. */
export function cellProblem(field: Field, cell: Cell, file: string): Problem | null {
  const value = cell.value;
  const at = (offset: number, message: string, expected: string): Problem => ({
    file,
    line: cell.line,
    column: offset === 0 ? cell.column : cell.column + (cell.quoted ? 1 : 0) + offset,
    message,
    expected,
  });
  if (curlyWrapped(value)) {
    return at(0, `the cell in column ${field.name} is wrapped in curly quotes ${value[0]}…${value.at(-1)}, which would be published as part of the text`, 'the text without them; a cell that contains a comma goes in straight double quotes: "…"');
  }
  if ((field.type === "number" || field.type === "integer") && (thousandsNumber(value) || decimalComma(value))) {
    const plain = thousandsNumber(value) ? value.replaceAll(",", "") : value.replace(",", ".");
    return at(0, `${showValue(value)} in column ${field.name} is written with ${thousandsNumber(value) ? "a thousands separator" : "a decimal comma"}`, `${plain}: digits only, with a point for decimals`);
  }
  if (field.format === "uri" && / /.test(value.trim())) {
    const space = value.indexOf(" ", value.length - value.trimStart().length);
    return at(space, `the URL in column ${field.name} has a space at character ${space + 1}`, "a URL with no spaces: a space in an address is written %20; two addresses, or an address and a note, do not share a cell");
  }
  return null;
}

// ---- a row split by a comma that was not inside quotes

/** Whether a cell could hold this value, judged quickly (no patterns): used to line a row up. */
function plausible(field: Field | undefined, value: string): boolean {
  if (!field) return true;
  if (value === "") return field.constraints?.required !== true;
  if (value !== value.trim()) return false;
  const c = field.constraints ?? {};
  if (c.enum) return c.enum.some((v) => v.toLowerCase() === value.toLowerCase());
  switch (field.type) {
    case "integer":
      return /^[+-]?\d+$/.test(value) || thousandsNumber(value);
    case "number":
      return /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value) || thousandsNumber(value);
    case "boolean":
      return /^(?:true|false)$/i.test(value);
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) || spreadsheetDate(value) !== null;
    case "list":
      return /^[a-z]+-[a-z0-9-]+(?:[;|][a-z]+-[a-z0-9-]+)*$/.test(value);
    default:
      if (field.format === "partial-date") return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) || spreadsheetDate(value) !== null;
      if (field.format === "uri") return /^https?:\/\/\S+$/.test(value);
      if (field.name === "id" || (c.pattern?.startsWith("[a-z]") && c.pattern.includes("-"))) return /^[a-z]+-[a-z0-9-]+$/.test(value);
      return true;
  }
}

export interface SplitRow {
  /** The row's cells lined up with the header, the split cell joined again. */
  cells: Cell[];
  /** Index of the joined cell. */
  index: number;
  problem: Problem;
}

/**
 * A row with more cells than the header, explained: the cells whose commas were not inside quotes
 * are found by trying each place the extra cells could be joined back and keeping the one place
 * where every cell fits its column. Null when no single place explains the row.
 */
export function explainSplitRow(cells: readonly Cell[], fields: readonly (Field | undefined)[], file: string): SplitRow | null {
  const extra = cells.length - fields.length;
  if (extra < 1 || extra > 8) return null;
  let best: { index: number; score: number } | null = null;
  let tie = false;
  for (let i = 0; i + extra < cells.length; i++) {
    const joined = cells.slice(i, i + extra + 1).map((c) => c.value).join(",");
    const values = [...cells.slice(0, i).map((c) => c.value), joined, ...cells.slice(i + extra + 1).map((c) => c.value)];
    // A join that reads as a known accident (a thousands separator in a number, text in curly
    // quotes) beats one that merely fits, such as "…, 2025" + "3" + "800" as text and "000" as a number.
    const field = fields[i];
    const accident = ((field?.type === "number" || field?.type === "integer") && thousandsNumber(joined)) || curlyWrapped(joined);
    const score = values.filter((v, k) => plausible(fields[k], v)).length + (accident ? 0.5 : 0);
    if (!best || score > best.score) {
      best = { index: i, score };
      tie = false;
    } else if (score === best.score) {
      tie = true;
    }
  }
  if (!best || tie || Math.floor(best.score) < fields.length) return null;
  const { index } = best;
  const first = cells[index]!;
  const value = cells.slice(index, index + extra + 1).map((c) => c.value).join(",");
  const joined: Cell = { value, line: first.line, column: first.column, quoted: false };
  const field = fields[index];
  const name = field?.name ?? `number ${index + 1}`;
  const at = (message: string, expected: string): Problem => ({ file, line: first.line, column: first.column, message, expected });
  let problem: Problem;
  if (field && (field.type === "number" || field.type === "integer") && thousandsNumber(value)) {
    problem = at(`${showValue(value)} in column ${name} is a number with a thousands separator, and its comma split the row into ${cells.length} cells`, `${value.replaceAll(",", "")}: digits only, with no separators`);
  } else if (curlyWrapped(value) || /^[“„‘«]/.test(value)) {
    problem = at(`the cell in column ${name} is wrapped in curly quotes ${value[0]}…${value.at(-1)}, which CSV does not read as quotes, so the comma inside split the row into ${cells.length} cells`, `straight double quotes around the cell: "${value.slice(1, -1).slice(0, 40)}${value.length > 42 ? "…" : ""}"`);
  } else {
    problem = at(`the comma${extra > 1 ? "s" : ""} in column ${name} ${extra > 1 ? "are" : "is"} not inside quotes, so ${extra > 1 ? "they" : "it"} split the row into ${cells.length} cells`, `the whole cell in double quotes: ${showValue(value.length > 60 ? value.slice(0, 57) + "…" : value)}`);
  }
  return { cells: [...cells.slice(0, index), joined, ...cells.slice(index + extra + 1)], index, problem };
}

// ---- findings that are one problem per file, however many cells they touch

interface Group {
  first: Cell;
  lines: number[];
  columns: Set<string>;
}

const lineList = (lines: number[]) =>
  lines.length <= 4 ? lines.join(", ") : `${lines.slice(0, 3).join(", ")} and ${lines.length - 3} more`;

/** Collects a file's spreadsheet damage, then reports each kind once, at its first cell. */
export class SpreadsheetFindings {
  private readonly groups = new Map<string, Group>();
  private readonly examples = new Map<string, string>();
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  private add(kind: string, cell: Cell, column: string, example?: string): void {
    const group = this.groups.get(kind) ?? { first: cell, lines: [], columns: new Set<string>() };
    if (group.lines.at(-1) !== cell.line) group.lines.push(cell.line);
    group.columns.add(column);
    this.groups.set(kind, group);
    if (example && !this.examples.has(kind)) this.examples.set(kind, example);
  }

  /** Whether the cell is a spreadsheet-rewritten date or boolean (then its own checks are skipped). */
  note(field: Field, cell: Cell): boolean {
    if ((field.type === "date" || field.format === "partial-date") && spreadsheetDate(cell.value)) {
      this.add("date", cell, field.name, `${showValue(cell.value)} (${spreadsheetDate(cell.value)})`);
      return true;
    }
    if (field.type === "boolean" && spreadsheetBoolean(cell.value)) {
      this.add("boolean", cell, field.name);
      return true;
    }
    return false;
  }

  trailingEmpty(cell: Cell): void {
    this.add("trailing", cell, "");
  }

  emptyRow(cell: Cell): void {
    this.add("empty-row", cell, "");
  }

  problems(): Problem[] {
    const out: Problem[] = [];
    const file = this.file;
    for (const [kind, g] of this.groups) {
      const n = g.lines.length;
      const rows = `${n} row${n === 1 ? "" : "s"} (line${n === 1 ? "" : "s"} ${lineList(g.lines)})`;
      const columns = [...g.columns].join(", ");
      const at = (message: string, expected: string) => out.push({ file, line: g.first.line, column: g.first.column, message, expected });
      switch (kind) {
        case "date":
          at(
            `dates in column${g.columns.size === 1 ? "" : "s"} ${columns} of ${rows} are written the way a spreadsheet displays them, such as ${this.examples.get(kind)}: the spreadsheet reformatted them when it opened the file`,
            "dates written YYYY, YYYY-MM or YYYY-MM-DD, as in the repository: take the file from the repository again and, when the spreadsheet imports it, set the date columns to Text; a month or a year alone cannot be recovered from a reformatted date",
          );
          break;
        case "boolean":
          at(`column${g.columns.size === 1 ? "" : "s"} ${columns} of ${rows} say${n === 1 ? "s" : ""} TRUE or FALSE in capitals, as a spreadsheet writes them`, `true or false in lower case: ${FORMAT_DATA(file)} rewrites them`);
          break;
        case "trailing":
          at(`${rows} end${n === 1 ? "s" : ""} with empty cells after the last column: a spreadsheet saves these when a column to the right of the table once held something`, `no cells after the last column: delete the empty columns to the right of the table, or ${FORMAT_DATA(file)}`);
          break;
        case "empty-row":
          at(`${rows} ${n === 1 ? "is" : "are"} empty, only commas`, `no empty rows: delete ${n === 1 ? "it" : "them"}, or ${FORMAT_DATA(file)}`);
          break;
      }
    }
    return out;
  }
}
