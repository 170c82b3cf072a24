// Writes src/data/tables.generated.ts from data/datapackage.json (run after editing the schema).
// A descriptor that fails its own checks generates nothing: the problems are printed instead.
import { writeFileSync } from "node:fs";
import { DataFolderError, readDataFolder } from "../src/data/read.ts";
import { generateTypes } from "../src/data/typegen.ts";
import { formatProblem } from "../src/data/validate.ts";

try {
  const { descriptor } = readDataFolder();
  writeFileSync("src/data/tables.generated.ts", generateTypes(descriptor));
  console.log("wrote src/data/tables.generated.ts");
} catch (error) {
  if (!(error instanceof DataFolderError)) throw error;
  for (const p of error.problems) console.error(formatProblem(p));
  console.error("src/data/tables.generated.ts was not changed");
  process.exitCode = 1;
}
