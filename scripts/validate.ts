// npm run validate: check every table in the data folder (DATA_DIR or ./data) and print every
// problem as file:line:column, then a count. Exit 1 if there is any. Never writes a file.
// The descriptor is checked first (a bad schema stops before any table is read), and last, for the
// project's own data/ folder, the committed row types are checked against it, so a schema edit
// without `npm run types` is caught. (Fixture and synthetic folders are checked against their own
// descriptor only: the types describe data/datapackage.json.)

import { realpathSync } from "node:fs";
import { join } from "node:path";
import { DataFolderError, readDataFolder } from "../src/data/read.ts";
import { typesProblem } from "../src/data/typegen.ts";
import { formatProblem, validateTables, type Problem } from "../src/data/validate.ts";

function report(problems: Problem[]): number {
  for (const p of problems) console.error(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
  return 1;
}

function main(): number {
  let folder;
  try {
    folder = readDataFolder();
  } catch (error) {
    if (error instanceof DataFolderError) return report(error.problems);
    throw error;
  }
  const { tables, problems } = validateTables(folder.descriptor, folder.files, folder.extraFiles);
  const root = join(import.meta.dirname, "..");
  if (realpathSync(folder.dir) === realpathSync(join(root, "data"))) {
    const stale = typesProblem(folder.descriptor, join(root, "src/data/tables.generated.ts"));
    if (stale) problems.push(stale);
  }
  if (problems.length > 0) return report(problems);
  const rows = [...tables.values()].reduce((n, t) => n + t.rows.length, 0);
  console.log(`data ok: ${tables.size} tables, ${rows} rows, 0 problems`);
  return 0;
}

process.exitCode = main();
