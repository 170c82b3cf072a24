// What changed in the data between two versions, row by row and field by field: the basis of
// `npm run diff` (a readable Markdown review of a pull request), of the validator's check that the
// change log covers a pull request, and of the note that a file changed only in its formatting.
// Rows are matched by their primary key with Arquero joins, so reordering rows, re-quoting cells
// or changing line endings is no change at all; only cell values count.

import * as aq from "arquero";
import { parseCsv } from "./csv.ts";
import { asArray, type DataPackage } from "./descriptor.ts";

export type Row = Record<string, string>;

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface ChangedRow {
  /** The primary key's values, joined with " / " (an id for most tables). */
  key: string;
  before: Row;
  after: Row;
  fields: FieldChange[];
}

export interface TableDiff {
  table: string;
  /** The file's path inside the data folder. */
  path: string;
  key: string[];
  added: Row[];
  removed: Row[];
  changed: ChangedRow[];
  columnsAdded: string[];
  columnsRemoved: string[];
  /** The table is new, or gone. */
  status: "added" | "removed" | "kept";
  /** The file's bytes differ but no value does (line endings, quoting, a byte-order mark, row order). */
  formattingOnly: boolean;
}

export interface DataDiff {
  tables: TableDiff[];
  /** datapackage.json changed in more than its version. */
  schemaChanged: boolean;
}

/** One version of the data: its descriptor and the text of each table file, by path. */
export interface DataVersion {
  descriptor: DataPackage | null;
  descriptorText: string | null;
  files: Map<string, string>;
}

const KEY = "\u0000key";

function rowsOf(text: string | undefined): { columns: string[]; rows: Row[] } {
  if (!text) return { columns: [], rows: [] };
  const [header, ...records] = parseCsv(text).records;
  const columns = header?.cells.map((c) => c.value) ?? [];
  const rows = records.map((r) => Object.fromEntries(columns.map((c, i) => [c, r.cells[i]?.value ?? ""])));
  return { columns, rows };
}

const keyOf = (row: Row, key: string[]) => key.map((k) => row[k] ?? "").join(" / ");

/** The field-level difference of one table between two texts. */
export function diffTableText(table: string, path: string, key: string[], before: string | undefined, after: string | undefined): TableDiff {
  const a = rowsOf(before);
  const b = rowsOf(after);
  const columns = [...new Set([...b.columns, ...a.columns])];
  const useKey = key.length > 0 && key.every((k) => a.columns.includes(k) || b.columns.includes(k)) ? key : columns;
  const frame = (rows: Row[]) =>
    aq.table(Object.fromEntries([...columns.map((c) => [c, rows.map((r) => r[c] ?? "")]), [KEY, rows.map((r) => keyOf(r, useKey))]]));
  const left = frame(a.rows);
  const right = frame(b.rows);
  const added = right.antijoin(left, KEY).objects() as Row[];
  const removed = left.antijoin(right, KEY).objects() as Row[];
  // Rows on both sides, each field once per side: the join's suffixes say which side a value is from.
  const both = left.join(right, KEY, [columns.concat(KEY), columns], { suffix: ["\u0000before", "\u0000after"] }).objects() as Row[];
  const changed: ChangedRow[] = [];
  for (const joined of both) {
    const side = (suffix: string): Row => Object.fromEntries(columns.map((c) => [c, joined[`${c}${suffix}`] ?? joined[c] ?? ""]));
    const beforeRow = side("\u0000before");
    const afterRow = side("\u0000after");
    const fields = columns
      .filter((c) => a.columns.includes(c) && b.columns.includes(c) && beforeRow[c] !== afterRow[c])
      .map((c) => ({ field: c, before: beforeRow[c]!, after: afterRow[c]! }));
    if (fields.length > 0) changed.push({ key: joined[KEY]!, before: beforeRow, after: afterRow, fields });
  }
  const strip = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([k]) => k !== KEY && (b.columns.includes(k) || a.columns.includes(k))));
  const columnsAdded = a.rows.length + a.columns.length === 0 ? [] : b.columns.filter((c) => !a.columns.includes(c));
  const columnsRemoved = b.columns.length === 0 ? [] : a.columns.filter((c) => !b.columns.includes(c));
  const status = before === undefined ? "added" : after === undefined ? "removed" : "kept";
  const valueChange = added.length + removed.length + changed.length + columnsAdded.length + columnsRemoved.length > 0;
  return {
    table,
    path,
    key: useKey,
    added: added.map(strip),
    removed: removed.map(strip),
    changed,
    columnsAdded,
    columnsRemoved,
    status,
    formattingOnly: status === "kept" && !valueChange && before !== after,
  };
}

/** The descriptor without its version, to tell a change of the schema from a new data version. */
function schemaOf(text: string | null): string {
  if (text === null) return "";
  try {
    const { version: _version, ...rest } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return text;
  }
}

/** Every table of either version, compared. Tables come in the order of the newer descriptor. */
export function diffData(before: DataVersion, after: DataVersion): DataDiff {
  const resources = new Map<string, { name: string; key: string[] }>();
  for (const dp of [after.descriptor, before.descriptor]) {
    for (const r of dp?.resources ?? []) if (!resources.has(r.path)) resources.set(r.path, { name: r.name, key: asArray(r.schema.primaryKey) });
  }
  const tables = [...resources].map(([path, { name, key }]) => diffTableText(name, path, key, before.files.get(path), after.files.get(path)));
  return { tables, schemaChanged: schemaOf(before.descriptorText) !== schemaOf(after.descriptorText) };
}

/** A table's changes as ids, for the change log: added, removed and changed rows. */
// A row whose only change is in maintainer_notes is not listed: pages never show that column, so a
// reader has nothing to be told about.
export function changedKeys(diff: TableDiff): { added: string[]; removed: string[]; changed: string[] } {
  const key = (row: Row) => keyOf(row, diff.key);
  const seen = diff.changed.filter((c) => c.fields.some((f) => f.field !== "maintainer_notes"));
  return { added: diff.added.map(key), removed: diff.removed.map(key), changed: seen.map((c) => c.key) };
}
