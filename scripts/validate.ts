// npm run validate: check every table in the data folder (DATA_DIR or ./data) and print every
// problem as file:line:column, then a count. Exit 1 if there is any. Never writes a file.
// The descriptor is checked first (a bad schema stops before any table is read). Then, when git
// can show it, the data is compared with its base (the merge base with main, or --base <ref>): ids
// that disappeared need a redirect, and the change log must cover what changed. For the project's
// own data/ folder, last, the committed row types, the data version in datapackage.json and
// CITATION.cff, the list of published ids and the home page's citations are checked against it.
//
//   npm run validate                          messages as file:line:column: … (expected …)
//   npm run validate -- --format=github       GitHub Actions annotations (::error file=…,line=…,col=…::…)
//   npm run validate -- --base origin/main    compare with this ref instead of the merge base with main
//   npm run validate -- --no-base             compare with nothing but the committed lists

import { join } from "node:path";
import { formatAnnotation } from "../src/data/annotations.ts";
import { checkFolder } from "../src/data/check-folder.ts";
import { readBase } from "../src/data/git-base.ts";
import { DataFolderError, readDataFolder } from "../src/data/read.ts";
import { formatProblem, isError, type Problem } from "../src/data/validate.ts";

interface Options {
  format: "text" | "github";
  base: string | undefined;
  noBase: boolean;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { format: "text", base: undefined, noBase: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--format=github" || (arg === "--format" && args[i + 1] === "github" && ++i)) options.format = "github";
    else if (arg === "--format=text" || (arg === "--format" && args[i + 1] === "text" && ++i)) options.format = "text";
    else if (arg.startsWith("--base=")) options.base = arg.slice("--base=".length);
    else if (arg === "--base" && args[i + 1]) options.base = args[++i];
    else if (arg === "--no-base") options.noBase = true;
    else return `unknown option ${JSON.stringify(arg)} (expected --format=text|github, --base <git ref>, --no-base)`;
  }
  return options;
}

function report(problems: Problem[], format: Options["format"]): number {
  const errors = problems.filter(isError);
  for (const p of problems) {
    if (format === "github") console.log(formatAnnotation(p));
    console.error(formatProblem(p));
  }
  if (errors.length === 0) return 0;
  const files = new Set(errors.map((p) => p.file)).size;
  console.error(`${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
  return 1;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(options);
    return 2;
  }
  let folder;
  try {
    folder = readDataFolder();
  } catch (error) {
    if (error instanceof DataFolderError) return report(error.problems, options.format);
    throw error;
  }
  // The base is optional: without git (a download, a fixture folder) the committed lists stand in.
  let base = null;
  if (!options.noBase) {
    const result = readBase(folder.dir, folder.descriptor.resources.map((r) => r.path), options.base);
    if ("base" in result) base = result.base;
    else if (options.base) {
      console.error(`--base ${options.base}: ${result.unavailable}`);
      return 2;
    }
  }
  const { tables, problems } = checkFolder(folder, { base, root: join(import.meta.dirname, "..") });
  const status = report(problems, options.format);
  if (status !== 0) return status;
  const rows = [...tables.values()].reduce((n, t) => n + t.rows.length, 0);
  console.log(`data ok: ${tables.size} tables, ${rows} rows, 0 problems`);
  return 0;
}

process.exitCode = main();
