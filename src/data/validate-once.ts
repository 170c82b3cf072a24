// One validation per build process. The build guard validates the data before Astro starts (for
// clear file:line:column errors; all of `npm run validate`'s checks, check-folder.ts), then the
// pages load it again through a separately bundled copy of src/data; at a hundred times today's
// data each pass costs half a minute. The result is kept process-wide (a global symbol, shared by
// both copies) and reused only for byte-identical files: the second copy checks a digest of the
// files' bytes (read.ts folderDigest) before it reads the folder as text at all.
//
// What is kept is the problems and the typed rows, never the parsed tables: those hold a cell
// object (value, line, column) per cell, several times the size of the rows, and keeping them for
// the whole build was most of its peak memory at a hundred times today's data.

import type { Field } from "./descriptor.ts";
import { folderDigest, summaryOf, type DataFolder, type FolderSummary } from "./read.ts";
import type { TableName, Tables } from "./tables.generated.ts";
import { checkFolder, type FolderCheckOptions } from "./check-folder.ts";
import { isError, type ParsedTable, type Problem } from "./validate.ts";

export interface Validated {
  /** Errors, and notes (severity "note") that do not stop a build. */
  problems: Problem[];
  /** The rows, typed by the schema; null when there are errors. */
  tables: Tables | null;
}

const KEY = Symbol.for("sanctions-minerals-tracker.validated");
interface Memo {
  /** The folder's digest (read.ts), not its texts: two copies of the texts cost hundreds of MB at scale. */
  digest: string;
  result: Validated;
  folder: FolderSummary;
}

const memoStore = () => globalThis as unknown as Record<symbol, Memo | undefined>;

// The parser's values are slices of the file's text, and in V8 a slice of thirteen characters or
// more keeps the whole text it was cut from alive: the rows, kept for the whole build, would keep
// every file's text too (190 MB at a hundred times today's data). Read back from JSON, a value is
// a string of its own, and one byte a character when it can be (a file with one non-Latin letter
// is two bytes a character, and so is every slice of it).
const own = (text: string): string => (text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string));

function convert(field: Field, text: string | undefined): unknown {
  if (field.type === "list") {
    return text ? text.split(field.delimiter ?? ";").map(own) : [];
  }
  if (text === undefined || text === "") return null;
  if (field.type === "integer" || field.type === "number") return Number(text);
  if (field.type === "boolean") return text === "true";
  return own(text);
}

function toRecords(table: ParsedTable): Record<string, unknown>[] {
  const fields = table.resource.schema.fields;
  return table.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const field of fields) record[field.name] = convert(field, row.cells.get(field.name)?.value);
    return record;
  });
}

/** Validate `folder`, or reuse this process's validation of the same files. */
export function validateFolder(folder: DataFolder, options: FolderCheckOptions = {}): Validated {
  const store = memoStore();
  const digest = folder.digest;
  const memo = store[KEY];
  if (memo && memo.digest === digest && folder.extraFiles.length === 0) return memo.result;
  const { tables, problems } = checkFolder(folder, options);
  let records: Tables | null = null;
  if (!problems.some(isError)) {
    const out: Partial<Record<TableName, unknown>> = {};
    for (const [name, table] of tables) out[name as TableName] = toRecords(table);
    records = out as unknown as Tables;
  }
  const result = { problems, tables: records };
  store[KEY] = { digest, result, folder: summaryOf(folder) };
  return result;
}

/**
 * Keep a validation made elsewhere (the build's validation process, src/build/validate-process.ts)
 * as this process's own, for the folder whose bytes had `digest`: the pages then reuse its rows
 * exactly as they would one made here (validatedAlready checks the files are still those bytes).
 */
export function rememberValidation(digest: string, result: Validated, folder: FolderSummary): void {
  memoStore()[KEY] = { digest, result, folder };
}

/** This process's validation of the folder at `dir`, when its files are byte for byte the ones validated; null otherwise. */
export function validatedAlready(dir: string): { result: Validated; folder: FolderSummary } | null {
  const memo = memoStore()[KEY];
  if (!memo || folderDigest(dir) !== memo.digest) return null;
  return { result: memo.result, folder: { ...memo.folder, dir } };
}
