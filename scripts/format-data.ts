// npm run format-data: put tables in the canonical form (src/data/canonical-csv.ts) so that a diff
// shows only real edits. It writes nothing unless asked:
//
//   npm run format-data                          say which tables are not canonical and what would change
//   npm run format-data -- --check               the same, exit 1 if any is not (for CI)
//   npm run format-data -- --out <dir> [files]   write canonical copies into <dir>, originals untouched
//   npm run format-data -- --write [files]       rewrite the files in place
//
// Files default to every table in the data folder (DATA_DIR or ./data). A file that is not UTF-8,
// or whose quotes do not close, is left as it is, with the reason.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { canonicalCsv } from "../src/data/canonical-csv.ts";
import type { Resource } from "../src/data/descriptor.ts";
import { decodeUtf8 } from "../src/data/encoding.ts";
import { displayPath, readDataFolderOrReport } from "../src/data/read.ts";

function main(args: string[]): number {
  let mode: "report" | "check" | "write" | "out" = "report";
  let outDir = "";
  const named: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--check") mode = "check";
    else if (arg === "--write") mode = "write";
    else if (arg === "--out" && args[i + 1]) [mode, outDir] = ["out", args[++i]!];
    else if (arg.startsWith("--")) {
      console.error(`unknown option ${arg} (expected --check, --write, or --out <dir>)`);
      return 2;
    } else named.push(arg);
  }

  const folder = readDataFolderOrReport();
  if (!folder) return 1;
  if (mode === "out" && resolve(outDir) === resolve(folder.dir)) {
    console.error(`--out ${outDir} is the data folder itself (expected another folder; --write rewrites in place)`);
    return 2;
  }
  const byPath = new Map<string, Resource>(folder.descriptor.resources.map((r) => [resolve(folder.dir, r.path), r]));
  const files = named.length > 0 ? named.map((f) => resolve(f)) : [...byPath.keys()];

  let differ = 0;
  let failed = 0;
  for (const path of files) {
    const shown = displayPath(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      console.error(`${shown}: cannot be read`);
      failed++;
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if ("problem" in decoded) {
      console.error(`${shown}:${decoded.problem.line}:${decoded.problem.column}: left as it is: ${decoded.problem.message} (expected ${decoded.problem.expected})`);
      failed++;
      continue;
    }
    const input = (decoded.bom ? "\uFEFF" : "") + decoded.text;
    const result = canonicalCsv(input, byPath.get(path));
    if ("error" in result) {
      console.error(`${shown}: left as it is: ${result.error}`);
      failed++;
      continue;
    }
    if (result.changes.length === 0) {
      if (mode === "out") writeCopy(outDir, path, result.text);
      continue;
    }
    differ++;
    if (mode === "write") {
      writeFileSync(path, result.text);
      console.log(`${shown}: rewrote (${result.changes.join("; ")})`);
    } else if (mode === "out") {
      const copy = writeCopy(outDir, path, result.text);
      console.log(`${shown}: canonical copy in ${displayPath(copy)} (${result.changes.join("; ")})`);
    } else {
      console.log(`${shown}: not in canonical form: ${result.changes.join("; ")}`);
    }
  }
  if (mode === "report" || mode === "check") {
    console.log(differ === 0 ? `${files.length - failed} tables in canonical form` : `${differ} table${differ === 1 ? "" : "s"} to rewrite: npm run format-data -- --write`);
  }
  return failed > 0 || (mode === "check" && differ > 0) ? 1 : 0;
}

function writeCopy(outDir: string, path: string, text: string): string {
  mkdirSync(outDir, { recursive: true });
  const copy = join(outDir, basename(path));
  writeFileSync(copy, text);
  return copy;
}

process.exitCode = main(process.argv.slice(2));
