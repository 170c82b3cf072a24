// npm run validate: check every table in the data folder (DATA_DIR or ./data) and print every
// problem as file:line:column, then a count. Exit 1 if there is any. Never writes a file.

import { readDataFolder } from "../src/data/read.ts";
import { formatProblem, validateTables } from "../src/data/validate.ts";

function main(): number {
  let folder;
  try {
    folder = readDataFolder();
  } catch (error) {
    console.error((error as Error).message);
    console.error("1 problem");
    return 1;
  }
  const { tables, problems } = validateTables(folder.descriptor, folder.files, folder.extraFiles);
  for (const p of problems) console.error(formatProblem(p));
  const rows = [...tables.values()].reduce((n, t) => n + t.rows.length, 0);
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
    return 1;
  }
  console.log(`data ok: ${tables.size} tables, ${rows} rows, 0 problems`);
  return 0;
}

process.exitCode = main();
