// Loads the data folder into typed rows. Invalid data is an error, never a smaller table: the build
// fails with the validator's messages instead of dropping rows.

import { DataFolderError, dataDir, readDataFolder, summaryOf, type DataFolder, type FolderSummary } from "./read.ts";
import type { Tables } from "./tables.generated.ts";
import { formatProblem, isError, type Problem } from "./validate.ts";
import { validatedAlready, validateFolder } from "./validate-once.ts";

export class DataValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`${problems.length} data problem${problems.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.name = "DataValidationError";
    this.problems = problems;
  }
}

export interface LoadedData {
  tables: Tables;
  /** The folder without its texts (a build keeps the rows, not the files). */
  folder: FolderSummary;
}

/** Read, validate and type every table; throws DataValidationError listing every problem. */
export function loadData(dir = dataDir()): LoadedData {
  // In a build the guard has validated these very files already: nothing to read but their bytes.
  const done = validatedAlready(dir);
  if (done?.result.tables) return { tables: done.result.tables, folder: done.folder };
  let folder: DataFolder;
  try {
    folder = readDataFolder(dir);
  } catch (error) {
    if (error instanceof DataFolderError) throw new DataValidationError(error.problems);
    throw error;
  }
  const { tables, problems } = validateFolder(folder);
  if (!tables) throw new DataValidationError(problems.filter(isError));
  return { tables, folder: summaryOf(folder) };
}
