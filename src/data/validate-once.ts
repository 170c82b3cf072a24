// One validation per build process. The build guard validates the data before Astro starts (for
// clear file:line:column errors; all of `npm run validate`'s checks, check-folder.ts), then the
// pages load it again through a separately bundled copy of src/data; at a hundred times today's
// data each pass costs half a minute. The result is kept process-wide (a global symbol, shared by
// both copies) and reused only for byte-identical files.
//
// What is kept is the problems and the typed rows, never the parsed tables: those hold a cell
// object (value, line, column) per cell, several times the size of the rows, and keeping them for
// the whole build was most of its peak memory at a hundred times today's data.

import { createHash } from "node:crypto";
import type { Field } from "./descriptor.ts";
import type { DataFolder } from "./read.ts";
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
  /** A digest of the descriptor and every file, not the texts: the guard and the pages read the folder separately, and two copies of the texts cost hundreds of MB at scale. */
  digest: string;
  result: Validated;
}

function digestOf(folder: DataFolder): string {
  const hash = createHash("sha256").update(folder.descriptorText);
  for (const f of folder.files) hash.update(`\u0000${f.resource.name}\u0000${f.text === null ? "\u0001" : f.text}`);
  return hash.digest("hex");
}

function convert(field: Field, text: string | undefined): unknown {
  if (field.type === "list") {
    return text ? text.split(field.delimiter ?? ";") : [];
  }
  if (text === undefined || text === "") return null;
  if (field.type === "integer" || field.type === "number") return Number(text);
  if (field.type === "boolean") return text === "true";
  return text;
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
  const store = globalThis as unknown as Record<symbol, Memo | undefined>;
  const digest = digestOf(folder);
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
  store[KEY] = { digest, result };
  return result;
}
