// RFC 4180 CSV parser that remembers where every cell starts.
// We write our own (about a hundred lines) because validation messages must name the exact
// line and column of a bad cell, including cells after quoted fields that span lines, and the
// common parsers report at best the line of a record.

import { csvFormatRows } from "d3";

/** A cell's text and the 1-based line and column where it starts in the file. */
export interface Cell {
  value: string;
  line: number;
  column: number;
  /** Whether the cell was written in quotes (its text then starts one column later). */
  quoted: boolean;
}

/** One record: its cells, and where the record starts. */
export interface Record {
  cells: Cell[];
  line: number;
  /** A syntax error cut this record short; its cells cannot be trusted. */
  broken?: boolean;
}

export interface CsvSyntaxError {
  line: number;
  column: number;
  message: string;
  expected: string;
}

export interface ParsedCsv {
  records: Record[];
  errors: CsvSyntaxError[];
  /** True when the file started with a UTF-8 byte-order mark (stripped before parsing). */
  bom: boolean;
}

// Character codes the parser compares with.
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parse CSV text. Quoted fields may hold commas, doubled quotes and newlines; CRLF and LF
 * line endings are both accepted; a leading BOM is stripped. Empty lines are skipped (they hold no
 * record). An unclosed quote ends parsing, since nothing after it can be placed reliably.
 */
export function parseCsv(input: string, delimiter = ","): ParsedCsv {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  const records: Record[] = [];
  const errors: CsvSyntaxError[] = [];

  let i = 0;
  let line = 1;
  let lineStart = 0; // index in text where the current physical line starts
  const n = text.length;
  const column = (at: number) => at - lineStart + 1;

  while (i < n) {
    // Skip empty lines between records.
    if (text[i] === "\n" || text[i] === "\r") {
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line += 1;
      lineStart = i;
      continue;
    }
    const record: Record = { cells: [], line };
    let endOfRecord = false;
    while (!endOfRecord) {
      const cellLine = line;
      const cellColumn = column(i);
      let value = "";
      const quoted = text[i] === '"';
      if (quoted) {
        // Quoted field: runs to the next quote that is not doubled. The value is taken in slices
        // between doubled quotes, not a character at a time: appending each character made a
        // string of as many pieces as characters, most of the validator's garbage at scale.
        let j = i + 1;
        let from = j;
        let closed = false;
        while (j < n) {
          const ch = text.charCodeAt(j);
          if (ch === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              value += text.slice(from, j + 1);
              j += 2;
              from = j;
              continue;
            }
            closed = true;
            break;
          }
          // A line break inside the field: LF, CRLF (counted at its LF) or a lone CR (old Mac files).
          if (ch === LF || (ch === CR && text.charCodeAt(j + 1) !== LF)) {
            line += 1;
            lineStart = j + 1;
          }
          j += 1;
        }
        value += text.slice(from, j);
        if (closed) j += 1;
        if (!closed) {
          errors.push({
            line: cellLine,
            column: cellColumn,
            message: "quoted field is never closed",
            expected: 'a closing " before the end of the file; a quote inside a quoted field is written ""',
          });
          record.cells.push({ value, line: cellLine, column: cellColumn, quoted: true });
          record.broken = true;
          records.push(record);
          return { records, errors, bom };
        }
        i = j;
        // After the closing quote only a delimiter or the end of the line may follow.
        if (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
          // A field that ran over lines and then hits text usually means its own closing quote is
          // missing and it swallowed the next lines: point at where it opened, not where it ended.
          errors.push(
            line > cellLine
              ? {
                  line: cellLine,
                  column: cellColumn,
                  message: `quoted field runs on to line ${line}, where text follows its closing quote; a closing quote is probably missing here`,
                  expected: 'a closing " at the end of this field; a quote inside a quoted field is written ""',
                }
              : {
                  line,
                  column: column(i),
                  message: "text after the closing quote of a quoted field",
                  expected: `${JSON.stringify(delimiter)} or the end of the line right after the closing quote`,
                },
          );
          // The rest of this record cannot be placed reliably; one message is enough for it.
          const stop = text.indexOf("\n", i);
          value += text.slice(i, stop === -1 ? n : stop).replace(/\r$/, "");
          i = stop === -1 ? n : stop;
          record.cells.push({ value, line: cellLine, column: cellColumn, quoted: true });
          record.broken = true;
          break;
        }
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== "\n" && text[j] !== "\r") {
          if (text[j] === '"') {
            errors.push({
              line,
              column: column(j),
              message: "quote inside an unquoted field",
              expected: 'the whole field in quotes, with each inner quote doubled ("")',
            });
          }
          j += 1;
        }
        value = text.slice(i, j);
        i = j;
      }
      record.cells.push({ value, line: cellLine, column: cellColumn, quoted });

      if (i >= n) {
        endOfRecord = true;
      } else if (text[i] === delimiter) {
        i += 1;
        // A delimiter at the very end still opens one more (empty) cell.
        if (i >= n) {
          record.cells.push({ value: "", line, column: column(i), quoted: false });
          endOfRecord = true;
        }
      } else {
        // Line ending: LF, CRLF, or a lone CR (old Mac files), as editors count them.
        i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line += 1;
        lineStart = i;
        endOfRecord = true;
      }
    }
    records.push(record);
  }
  return { records, errors, bom };
}

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
// formula: =HYPERLINK(...) makes a link, older Excel even starts programs. Following OWASP's advice
// on CSV injection, every CSV the site serves passes through formatCsvValue, which puts an
// apostrophe before such a cell (spreadsheets show the rest as text) and quotes it. A plain
// number such as -12.5 is left alone: spreadsheets read it as a number, not a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell as a spreadsheet should see it: text, never a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * A maintained table as the site serves it, one line at a time (a download is written to a file
 * rather than held whole): the same cells, written through neutraliseFormula so that nothing in it
 * runs in a spreadsheet (the JSON download keeps every value exact).
 */
export function* servedCsvLines(text: string): Generator<string> {
  yield* formatCsvLines(cellValues(parseCsv(text).records));
}

function* cellValues(records: readonly Record[]): Generator<string[]> {
  for (const record of records) yield record.cells.map((cell) => cell.value);
}

/**
 * Serialise rows (arrays of strings) as CSV with LF line endings and a final newline. d3's writer
 * quotes what RFC 4180 needs quoted; we only neutralise formulas first. (Reading stays our own
 * parser: it reports a bad file by line and column, which d3's does not.)
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.length === 0 ? "\n" : [...formatCsvLines(rows)].join("");
}

/** formatCsv one line (one row and its newline) at a time. */
export function* formatCsvLines(rows: Iterable<readonly string[]>): Generator<string> {
  let first = true;
  for (const row of rows) {
    const line = csvFormatRows([row.map(neutraliseFormula)]) + "\n";
    // A first cell that starts with U+FEFF would be read back as a byte-order mark and lose it; d3
    // leaves it unquoted (it has no comma, quote or newline, or d3 would have quoted it), so we do.
    if (first && line.charCodeAt(0) === 0xfeff) {
      const end = line.search(/[,\n]/);
      yield `"${line.slice(0, end)}"${line.slice(end)}`;
    } else {
      yield line;
    }
    first = false;
  }
}
