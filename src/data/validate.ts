// Checks every table against data/datapackage.json and reports EVERY problem with the file, line
// and column a maintainer needs to fix it. Pure: it takes file texts and returns problems; reading
// files is read.ts's job and nothing here ever writes.

import { checkPatterns, checkValueBounds, latestToday, localToday, numberProblem, type PatternCell } from "./bounds.ts";
import { parseCsv, type Cell } from "./csv.ts";
import { isFullDate, parsePartialDate, endsBeforeStart } from "./dates.ts";
import { asArray, type DataPackage, type Field, type Resource } from "./descriptor.ts";
import { showValue } from "./show.ts";
import { checkSourceQuality } from "./source-quality.ts";
import { cellProblem, explainSplitRow, separatorProblem, SpreadsheetFindings, type SplitRow } from "./spreadsheet.ts";
import { didYouMean, nearest } from "./suggest.ts";
import { checkTableRules } from "./table-rules.ts";
import { checkChangeLog, formattingNotes, latestVersion, nextVersion, readChanges } from "./changes-log.ts";
import { diffData, type DataVersion } from "./data-diff.ts";
import { checkDataRules } from "./data-rules.ts";
import { checkPublishedIds, checkRedirects, currentIds, missingIdHint, readRedirects, rowLabels, type Redirect } from "./ids-history.ts";
import { checkText } from "./text-check.ts";

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  expected: string;
  /** A note is worth knowing but stops nothing (a file in a non-canonical form); default: error. */
  severity?: "error" | "note";
}

/** Whether a problem stops the build and `npm run validate` (everything but a note does). */
export const isError = (p: Problem): boolean => p.severity !== "note";

/** `data/events.csv:12:34: <what is wrong> (expected <what is allowed>)`; a note says so first. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === "note" ? "note: " : ""}${p.message} (expected ${p.expected})`;
}

/** A table file as read from disk: its text, or null when the file does not exist. */
export interface TableFile {
  resource: Resource;
  /** Path as shown in messages, e.g. "data/events.csv". */
  file: string;
  text: string | null;
  /** Why the file could not be read as a table (encoding, size, a link out of the folder). */
  unreadable?: Problem;
  /** A digest of the file's bytes as read (read.ts), absent when it could not be read. */
  digest?: string;
}

/** A data row: the cell for each declared field (absent when the row is short). */
export interface ParsedRow {
  line: number;
  cells: Map<string, Cell>;
  /** The row has a different number of cells from the header; its cells were not checked. */
  ragged: boolean;
}

export interface ParsedTable {
  resource: Resource;
  file: string;
  rows: ParsedRow[];
  /** The file has CSV syntax errors, so rows after them may be misread. */
  malformed: boolean;
}

/** What one table's pass leaves for the checks that run across all tables at once. */
interface TableCheck {
  today: string;
  /** Cells whose pattern is matched in time-limited batches (bounds.ts). */
  patternCells: PatternCell[];
}

export interface ValidationResult {
  tables: Map<string, ParsedTable>;
  problems: Problem[];
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

// Values in messages: invisible characters escaped, long values cut (see show.ts).
const quote = (s: string) => showValue(s);
const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

/**
 * What a field accepts, in words, for the "(expected ...)" part of a message. `reference` is the
 * file a foreign key on the field points into, if any.
 */
export function describeExpected(field: Field, reference?: string): string {
  const c = field.constraints ?? {};
  if (reference) {
    return field.type === "list"
      ? `one or more ids from ${reference}, separated by ${quote(field.delimiter ?? ";")} with no spaces`
      : `an id from ${reference}`;
  }
  if (c.enum) return `one of: ${c.enum.join(", ")}`;
  if (field.type === "integer") {
    const range = typeof c.minimum === "number" && typeof c.maximum === "number" ? ` from ${c.minimum} to ${c.maximum}` : "";
    return `a whole number${range}`;
  }
  if (field.type === "number") return "a number such as 1234.5, without thousands separators, units or spaces";
  if (field.type === "boolean") return "true or false";
  if (field.type === "date") return "a real calendar date written YYYY-MM-DD";
  if (field.format === "partial-date") return "a real date written YYYY, YYYY-MM or YYYY-MM-DD";
  if (field.format === "uri") return "a URL starting with http:// or https://";
  if (field.type === "list") return `ids separated by ${quote(field.delimiter ?? ";")} with no spaces`;
  if (c.pattern) return `text matching ${c.pattern}`;
  return "a value";
}

function problemAt(file: string, cell: { line: number; column: number }, message: string, expected: string): Problem {
  return { file, line: cell.line, column: cell.column, message, expected };
}

/** Split a list cell into items with the column each item starts at (lists never span lines). */
function listItems(field: Field, cell: Cell): { value: string; line: number; column: number }[] {
  const delimiter = field.delimiter ?? ";";
  const items: { value: string; line: number; column: number }[] = [];
  let offset = cell.quoted ? 1 : 0;
  for (const value of cell.value.split(delimiter)) {
    items.push({ value, line: cell.line, column: cell.column + offset });
    offset += value.length + delimiter.length;
  }
  return items;
}

/** Check one non-empty cell's type, format and constraints. */
function checkCell(field: Field, cell: Cell, file: string, problems: Problem[], reference?: string): void {
  const value = cell.value;
  const c = field.constraints ?? {};
  const at = (message: string, expected = describeExpected(field, reference)): void => {
    problems.push(problemAt(file, cell, message, expected));
  };

  if (value !== value.trim()) {
    at(`${quote(value)} in column ${field.name} has spaces at the start or end`, "no leading or trailing spaces");
    return;
  }

  switch (field.type) {
    case "integer":
    case "number": {
      if (!(field.type === "integer" ? INTEGER : NUMBER).test(value)) return at(`${quote(value)} in column ${field.name} is not ${field.type === "integer" ? "a whole number" : "a number"}`);
      const tooBig = numberProblem(field, value);
      if (tooBig) return at(tooBig.message, tooBig.expected);
      break;
    }
    case "boolean":
      if (value !== "true" && value !== "false") return at(`${quote(value)} in column ${field.name} is not true or false`);
      break;
    case "date":
      if (!isFullDate(value)) return at(`${quote(value)} in column ${field.name} is not a real date`);
      break;
    case "list": {
      const seen = new Set<string>();
      for (const item of listItems(field, cell)) {
        if (item.value === "") {
          problems.push(problemAt(file, item, `empty item in the list in column ${field.name}`, describeExpected(field, reference)));
        } else if (item.value !== item.value.trim()) {
          problems.push(problemAt(file, item, `list item ${quote(item.value)} in column ${field.name} has spaces around it`, describeExpected(field, reference)));
        } else if (seen.has(item.value)) {
          problems.push(problemAt(file, item, `${quote(item.value)} appears twice in the list in column ${field.name}`, "each id once"));
        }
        seen.add(item.value);
      }
      const count = value.split(field.delimiter ?? ";").length;
      if (c.minLength !== undefined && count < c.minLength) at(`column ${field.name} lists ${count} items`, `at least ${c.minLength}`);
      if (c.maxLength !== undefined && count > c.maxLength) at(`column ${field.name} lists ${count} items`, `at most ${c.maxLength}`);
      return;
    }
    case "string":
      if (field.format === "partial-date" && !parsePartialDate(value)) {
        return at(
          /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)
            ? `${quote(value)} in column ${field.name} is not a real date`
            : `${quote(value)} in column ${field.name} is not a date`,
        );
      }
      if (field.format === "uri" && !isHttpUrl(value)) {
        return at(`${quote(value)} in column ${field.name} is not an http or https URL`);
      }
      break;
  }

  if (c.enum && !c.enum.includes(value)) return at(`${quote(value)} in column ${field.name} is not an allowed value${didYouMean(value, c.enum)}`);
  // Patterns are matched afterwards, in one time-limited batch per column (bounds.ts).
  if (field.type === "string" && c.minLength !== undefined && value.length < c.minLength) {
    at(`column ${field.name} has ${value.length} characters`, `at least ${c.minLength}`);
  }
  if (field.type === "integer" || field.type === "number") {
    const n = Number(value);
    const kind = field.type === "integer" ? "a whole number" : "a number";
    if (typeof c.minimum === "number" && n < c.minimum) at(`${quote(value)} in column ${field.name} is below ${c.minimum}`, `${kind} of at least ${c.minimum}`);
    if (typeof c.maximum === "number" && n > c.maximum) at(`${quote(value)} in column ${field.name} is above ${c.maximum}`, `${kind} of at most ${c.maximum}`);
  }
}

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** Parse one file and check its header and cells. `fileOf` names the file of another table. */
function checkTable(tf: TableFile, problems: Problem[], fileOf: (resource: string) => string, pass: TableCheck): ParsedTable {
  const { resource, file } = tf;
  const fields = resource.schema.fields;
  const table: ParsedTable = { resource, file, rows: [], malformed: false };
  const references = new Map(
    (resource.schema.foreignKeys ?? []).map((fk) => [asArray(fk.fields)[0]!, fileOf(fk.reference.resource)]),
  );
  const columns = fields.map((f) => f.name).join(", ");

  if (tf.unreadable) {
    problems.push(tf.unreadable);
    table.malformed = true;
    return table;
  }
  if (tf.text === null) {
    problems.push({ file, line: 1, column: 1, message: "file is missing", expected: `a CSV file for the table ${resource.name} declared in datapackage.json, with the columns ${columns}` });
    return table;
  }
  if (tf.text.replace(/^\uFEFF/, "").trim() === "") {
    problems.push({ file, line: 1, column: 1, message: "file is empty", expected: `a header row with the columns ${columns}, then one row per record` });
    return table;
  }

  // A file saved with ";" between cells is one cause, not a problem in every row.
  const separator = separatorProblem(tf.text, fields, file);
  if (separator) {
    problems.push(separator);
    table.malformed = true;
    return table;
  }
  const parsed = parseCsv(tf.text);
  table.malformed = parsed.errors.length > 0;
  const findings = new SpreadsheetFindings(file);
  for (const e of parsed.errors) problems.push({ file, line: e.line, column: e.column, message: e.message, expected: e.expected });
  const [header, ...records] = parsed.records;
  if (!header) return table;

  // Empty cells after the last column name: a spreadsheet's empty columns, reported with the rows'.
  let width = header.cells.length;
  while (width > 1 && header.cells[width - 1]!.value === "" && !header.cells[width - 1]!.quoted) width--;
  if (width < header.cells.length) findings.trailingEmpty(header.cells[width]!);
  const headerCells = header.cells.slice(0, width);

  // Map header positions to declared fields; report unknown, repeated and missing columns. An
  // unknown column that is a near miss of a missing one is one problem (a misspelt name), not two.
  const byName = new Map(fields.map((f) => [f.name, f]));
  const positions: (Field | undefined)[] = [];
  const seen = new Set<string>();
  const written = new Set(headerCells.map((c) => c.value));
  const missingNames = fields.map((f) => f.name).filter((n) => !written.has(n));
  const misspelt = new Set<string>();
  for (const cell of headerCells) {
    const textProblems = checkText(cell, "the header");
    for (const p of textProblems) problems.push({ file, ...p });
    // Match the name without the invisible characters just reported, so they are not also an
    // "unknown column" and a "missing column".
    const name = textProblems.length > 0 ? cell.value.replace(/[\p{C}\s]/gu, "") : cell.value;
    const field = byName.get(name);
    if (!field) {
      const guess = nearest(name, missingNames.filter((n) => !misspelt.has(n)));
      if (guess) misspelt.add(guess);
      problems.push(problemAt(file, cell, `unknown column ${quote(cell.value)}${guess ? `; did you mean ${quote(guess)}?` : ""}`, `only the columns declared for ${resource.name}: ${columns}`));
    } else if (seen.has(name)) {
      problems.push(problemAt(file, cell, `column ${quote(name)} appears twice in the header`, "each column once"));
      positions.push(undefined);
      continue;
    }
    seen.add(name);
    positions.push(field);
  }
  const last = headerCells[headerCells.length - 1];
  const headerEnd = { line: header.line, column: last ? last.column + last.value.length + (last.quoted ? 2 : 0) : 1 };
  for (const field of fields) {
    if (!seen.has(field.name) && !misspelt.has(field.name)) {
      problems.push(problemAt(file, headerEnd, `missing column ${quote(field.name)}`, `a header with the columns ${columns}`));
    }
  }

  for (const record of records) {
    let cells = record.cells;
    let split: SplitRow | null = null;
    if (!record.broken) {
      // A row of empty cells is a spreadsheet's empty row: reported once per file, then ignored.
      if (cells.length > 1 && cells.every((c) => c.value === "" && !c.quoted)) {
        findings.emptyRow(cells[0]!);
        continue;
      }
      // More cells than columns: find the cell whose unquoted comma split it, and check the rest.
      // Empty cells past the last column are a spreadsheet's, unless a comma earlier in the row
      // explains them (a row whose last cell is empty ends in a comma anyway).
      if (cells.length > width) {
        split = explainSplitRow(cells, positions, file);
        const trailing = cells.slice(width).every((c) => c.value === "" && !c.quoted);
        if (trailing && (!split || split.index === width - 1)) {
          split = null;
          findings.trailingEmpty(cells[width]!);
          cells = cells.slice(0, width);
        } else if (split) {
          problems.push(split.problem);
          cells = split.cells;
        }
      }
    }
    const row: ParsedRow = { line: record.line, cells: new Map(), ragged: record.broken === true || cells.length !== width };
    cells.forEach((cell, i) => {
      const field = positions[i];
      if (field) row.cells.set(field.name, cell);
    });
    table.rows.push(row);
    if (record.broken) continue; // its syntax error is already reported
    if (row.ragged) {
      const n = cells.length;
      const where = n > width ? cells[width]! : cells[n - 1]!;
      problems.push(problemAt(file, where, `row has ${n} cells but the header has ${width}`, `${width} cells separated by commas; quote any cell that contains a comma`));
      continue;
    }
    const joined = split ? positions[split.index]?.name : undefined;
    for (const field of fields) {
      const cell = row.cells.get(field.name);
      if (!cell) continue; // missing column, already reported
      if (field.name === joined) continue; // the split cell: its problem is the split
      if (cell.value === "") {
        if (field.constraints?.required) {
          problems.push(problemAt(file, cell, `empty cell in required column ${field.name}`, describeExpected(field, references.get(field.name))));
        }
        continue;
      }
      const before = problems.length;
      // Length first: a runaway cell gets one message, not a scan of its megabytes.
      const max = field.constraints?.maxLength;
      if (field.type !== "list" && max !== undefined && cell.value.length > max) {
        problems.push(problemAt(file, cell, `column ${field.name} has ${cell.value.length} characters`, `at most ${max}`));
        continue;
      }
      for (const p of checkText(cell, `column ${field.name}`, field["x-multilingual"] === true)) problems.push({ file, ...p });
      if (problems.length > before) {
        // A stray byte-order mark is reported once; keys and references then read the cell as meant.
        if (cell.value.includes("\uFEFF")) row.cells.set(field.name, { ...cell, value: cell.value.replaceAll("\uFEFF", "") });
        continue;
      }
      // What a spreadsheet did to the cell: grouped per file, or one message with the right fix.
      if (findings.note(field, cell)) continue;
      const damaged = cellProblem(field, cell, file);
      if (damaged) {
        problems.push(damaged);
        continue;
      }
      checkCell(field, cell, file, problems, references.get(field.name));
      if (problems.length > before) continue;
      checkValueBounds(field, cell, file, problems, pass.today);
      if (problems.length === before && field.constraints?.pattern) pass.patternCells.push({ field, cell, file });
    }
  }
  problems.push(...findings.problems());
  return table;
}

/** Cells that passed their own checks, so cross-row rules do not repeat a cell's error. */
function cellValue(row: ParsedRow, field: string): string | null {
  const cell = row.cells.get(field);
  return cell && cell.value !== "" ? cell.value : null;
}

function checkKeys(table: ParsedTable, problems: Problem[]): void {
  const { resource, file, rows } = table;
  const uniques = resource.schema.fields.filter((f) => f.constraints?.unique).map((f) => [f.name]);
  const pk = asArray(resource.schema.primaryKey);
  const keys = [...uniques];
  if (pk.length > 0 && !uniques.some((u) => u.length === pk.length && u.every((f, i) => f === pk[i]))) keys.push(pk);
  for (const key of keys) {
    const firstSeen = new Map<string, number>();
    for (const row of rows) {
      const values = key.map((f) => cellValue(row, f));
      if (values.some((v) => v === null)) continue;
      const k = JSON.stringify(values);
      const first = firstSeen.get(k);
      const cell = row.cells.get(key[0]!)!;
      if (first !== undefined) {
        const what = key.length === 1 ? `duplicate ${key[0]} ${quote(values[0]!)}` : `duplicate (${key.join(", ")}) = (${values.join(", ")})`;
        problems.push(problemAt(file, cell, `${what}, first used on line ${first}`, key.length === 1 ? `every ${key[0]} used once; ids are never reused` : "each combination once"));
      } else {
        firstSeen.set(k, row.line);
      }
    }
  }
}

// The values of a column, once per validation pass: a row reference (disputes, claims) asked for its
// target table's ids row by row, rebuilding the set each time (quadratic: 21 s at 100x the data).
const referenced = new WeakMap<Map<string, ParsedTable>, Map<string, Set<string>>>();

function referencedValues(tables: Map<string, ParsedTable>, resource: string, field: string): Set<string> {
  let sets = referenced.get(tables);
  if (!sets) referenced.set(tables, (sets = new Map()));
  const key = `${resource}\u0000${field}`;
  let set = sets.get(key);
  if (!set) sets.set(key, (set = collectValues(tables, resource, field)));
  return set;
}

function collectValues(tables: Map<string, ParsedTable>, resource: string, field: string): Set<string> {
  const set = new Set<string>();
  for (const row of tables.get(resource)?.rows ?? []) {
    const v = cellValue(row, field);
    if (v !== null) set.add(v);
  }
  return set;
}

function checkForeignKeys(table: ParsedTable, tables: Map<string, ParsedTable>, problems: Problem[], redirects: Map<string, Redirect>, redirectsFile: string): void {
  const { resource, file, rows } = table;
  for (const fk of resource.schema.foreignKeys ?? []) {
    const [fieldName] = asArray(fk.fields);
    const [refField] = asArray(fk.reference.fields);
    const field = resource.schema.fields.find((f) => f.name === fieldName)!;
    const target = tables.get(fk.reference.resource);
    // A table with CSV syntax errors may have lost rows to a runaway quote: its syntax error is the
    // problem to fix, and every reference into it would only repeat that.
    if (!target || target.malformed) continue;
    const targetFile = target.file;
    const known = referencedValues(tables, fk.reference.resource, refField!);
    for (const row of rows) {
      if (row.ragged) continue;
      const cell = row.cells.get(fieldName!);
      if (!cell || cell.value === "") continue;
      const items = field.type === "list" ? listItems(field, cell) : [{ value: cell.value, line: cell.line, column: cell.column }];
      for (const item of items) {
        if (item.value === "" || known.has(item.value)) continue;
        // A renamed or removed row says so; a typo gets the nearest id.
        const hint = missingIdHint(item.value, redirects, known, redirectsFile);
        problems.push(problemAt(file, item, `${quote(item.value)} in column ${fieldName} is not ${article(refField!)} ${refField} in ${targetFile}${hint}`, `an existing ${refField} from ${targetFile}`));
      }
    }
  }
}

function checkRowRules(table: ParsedTable, tables: Map<string, ParsedTable>, problems: Problem[], redirects: Map<string, Redirect>, redirectsFile: string): void {
  const { resource, file, rows } = table;
  const fieldOf = (name: string) => resource.schema.fields.find((f) => f.name === name)!;
  for (const rule of resource.schema["x-rules"] ?? []) {
    const [a, b] = rule.fields;
    for (const row of rows) {
      if (row.ragged) continue;
      const va = cellValue(row, a);
      const vb = cellValue(row, b);
      const cellA = row.cells.get(a);
      const cellB = row.cells.get(b);
      if (!cellA || !cellB) continue;
      switch (rule.rule) {
        case "ordered": {
          if (va === null || vb === null) break;
          const fa = fieldOf(a);
          if (fa.type === "number" || fa.type === "integer") {
            if (NUMBER.test(va) && NUMBER.test(vb) && Number(vb) < Number(va)) {
              problems.push(problemAt(file, cellB, `${b} ${vb} is less than ${a} ${va}`, `${b} at least ${a}`));
            }
          } else {
            const da = parsePartialDate(va);
            const db = parsePartialDate(vb);
            if (da && db && endsBeforeStart(da, db)) {
              problems.push(problemAt(file, cellB, `${b} ${vb} is before ${a} ${va}`, `${b} on or after ${a}`));
            }
          }
          break;
        }
        case "exactly-one":
          if (va === null && vb === null) problems.push(problemAt(file, cellA, `neither ${a} nor ${b} is filled`, `a ${a}, or a ${b} saying why there is none`));
          if (va !== null && vb !== null) problems.push(problemAt(file, cellB, `both ${a} and ${b} are filled`, `${b} only when ${a} is empty`));
          break;
        case "together":
          if ((va === null) !== (vb === null)) {
            const empty = va === null ? a : b;
            problems.push(problemAt(file, va === null ? cellA : cellB, `${empty} is empty but ${empty === a ? b : a} is filled`, `both ${a} and ${b}, or neither`));
          }
          break;
        case "different":
          if (va !== null && va === vb) problems.push(problemAt(file, cellB, `${b} is the same as ${a} (${quote(va)})`, `${b} different from ${a}`));
          break;
        case "row-reference": {
          if (va === null || vb === null) break;
          const target = tables.get(va);
          if (!target || target.malformed) break; // the enum check, or the syntax error, already reported it
          const pk = asArray(target.resource.schema.primaryKey)[0] ?? "id";
          const known = referencedValues(tables, va, pk);
          if (!known.has(vb)) {
            const hint = missingIdHint(vb, redirects, known, redirectsFile);
            problems.push(problemAt(file, cellB, `${quote(vb)} in column ${b} is not ${article(pk)} ${pk} in ${target.file}${hint}`, `an existing ${pk} from ${target.file}`));
          }
          break;
        }
      }
    }
  }
}

/** What a validation may compare the data with: the base version (git), when it could be read. */
export interface ValidationContext {
  base?: { ref: string; version: DataVersion } | null;
  /** The current datapackage.json as written, to tell a schema change from a version change. */
  headDescriptorText?: string | null;
}

/** The tables of another version of the data, parsed the same way (its problems are not ours). */
function parseVersion(dp: DataPackage, version: DataVersion): Map<string, ParsedTable> {
  const out = new Map<string, ParsedTable>();
  const pass: TableCheck = { today: latestToday(), patternCells: [] };
  for (const resource of dp.resources) {
    const text = version.files.get(resource.path);
    if (text === undefined) continue;
    out.set(resource.name, checkTable({ resource, file: resource.path, text }, [], (r) => `${r}.csv`, pass));
  }
  return out;
}

/**
 * Validate every declared table. `extraFiles` are CSV files found in the data folder that the
 * descriptor does not declare: a maintainer who adds one expects it to be used, so we say it is not.
 * With a base version in `context`, ids that left since then and the change log are checked too.
 */
export function validateTables(dp: DataPackage, files: TableFile[], extraFiles: string[] = [], context: ValidationContext = {}): ValidationResult {
  const problems: Problem[] = [];
  const tables = new Map<string, ParsedTable>();
  const fileByResource = new Map(files.map((f) => [f.resource.name, f.file]));
  const fileOf = (resource: string) => fileByResource.get(resource) ?? `${resource}.csv`;
  const pass: TableCheck = { today: latestToday(), patternCells: [] };
  for (const tf of files) tables.set(tf.resource.name, checkTable(tf, problems, fileOf, pass));
  checkPatterns(pass.patternCells, problems);
  const fileByName = new Map(files.map((f) => [f.resource.name, f]));
  const redirects = readRedirects(tables);
  const redirectsFile = fileOf("redirects");
  for (const table of tables.values()) {
    checkTableRules(table, fileByName.get(table.resource.name), problems);
    checkKeys(table, problems);
    checkForeignKeys(table, tables, problems, redirects, redirectsFile);
    checkRowRules(table, tables, problems, redirects, redirectsFile);
  }
  checkSourceQuality(tables, problems);
  checkDataRules(tables, problems);
  checkHistory(dp, files, tables, problems, context, fileOf);
  for (const file of extraFiles) {
    problems.push({ file, line: 1, column: 1, message: "file is not declared in datapackage.json", expected: "every CSV file in the data folder to be a resource in datapackage.json" });
  }
  const order = new Map(dp.resources.map((r, i) => [r.name, i]));
  order.set("datapackage", -1);
  const fileOrder = new Map(files.map((f) => [f.file, order.get(f.resource.name) ?? 0]));
  problems.sort(
    (p, q) =>
      (fileOrder.get(p.file) ?? 99) - (fileOrder.get(q.file) ?? 99) ||
      p.file.localeCompare(q.file) ||
      p.line - q.line ||
      p.column - q.column,
  );
  return { tables, problems };
}

/** Ids never break, and the change log says what changed: against the base when there is one. */
function checkHistory(dp: DataPackage, files: TableFile[], tables: Map<string, ParsedTable>, problems: Problem[], context: ValidationContext, fileOf: (resource: string) => string): void {
  checkRedirects(tables, problems);
  const base = context.base ?? null;
  const baseTables = base ? parseVersion(dp, base.version) : null;
  const head: DataVersion = {
    descriptor: dp,
    descriptorText: null,
    files: new Map(files.filter((f) => f.text !== null).map((f) => [f.resource.path, f.text!])),
  };
  const diff = base ? diffData({ ...base.version, descriptor: base.version.descriptor ?? dp }, { ...head, descriptorText: context.headDescriptorText ?? null }) : null;
  const latest = latestVersion(readChanges(tables.get("changes")));
  // Lines the messages draft are dated as the maintainer's calendar reads today.
  const today = localToday();
  checkPublishedIds(tables, base && baseTables ? { ref: base.ref, ids: currentIds(baseTables), labels: rowLabels(baseTables) } : null, problems, { today, version: nextVersion(latest, ["removal"]) });
  checkChangeLog(tables, problems, {
    diff,
    baseEntries: baseTables?.has("changes") ? readChanges(baseTables.get("changes")) : null,
    baseRef: base?.ref ?? "",
    today,
  });
  const byPath = new Map(files.map((f) => [f.resource.path, f.file]));
  problems.push(...formattingNotes(diff, (path) => byPath.get(path) ?? fileOf(path.replace(/\.csv$/, "")), base?.ref ?? ""));
}
