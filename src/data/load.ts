// Loads the data folder into typed rows. Invalid data is an error, never a smaller table: the build
// fails with the validator's messages instead of dropping rows.

import type { Field } from "./descriptor.ts";
import { DataFolderError, readDataFolder, type DataFolder } from "./read.ts";
import type { TableName, Tables } from "./tables.generated.ts";
import { formatProblem, type ParsedTable, type Problem } from "./validate.ts";
import { validateFolder } from "./validate-once.ts";

export class DataValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`${problems.length} data problem${problems.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.name = "DataValidationError";
    this.problems = problems;
  }
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
  return table.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const field of table.resource.schema.fields) record[field.name] = convert(field, row.cells.get(field.name)?.value);
    return record;
  });
}

export interface LoadedData {
  tables: Tables;
  folder: DataFolder;
}

/** Read, validate and type every table; throws DataValidationError listing every problem. */
export function loadData(dir?: string): LoadedData {
  let folder: DataFolder;
  try {
    folder = readDataFolder(dir);
  } catch (error) {
    if (error instanceof DataFolderError) throw new DataValidationError(error.problems);
    throw error;
  }
  const { tables, problems } = validateFolder(folder);
  if (problems.length > 0) throw new DataValidationError(problems);
  const out: Partial<Record<TableName, unknown>> = {};
  for (const [name, table] of tables) out[name as TableName] = toRecords(table);
  return { tables: out as unknown as Tables, folder };
}
