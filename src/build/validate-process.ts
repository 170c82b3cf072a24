// The build's validation, in a process of its own (build-guard.ts starts it): node
// src/build/validate-process.ts <result file> <project root>. It makes every check `npm run validate` makes and
// writes what the build keeps (the problems, the typed rows, the folder's digest and summary) to
// the result file with V8's serializer; the build reads that back and never parses the tables
// itself.
//
// Why a process: validating a hundred times today's data takes the process to 1.2 GB, most of it
// garbage by the end, and neither V8 nor the C library gives that memory back to the system. In the
// astro process it stayed resident under every page rendered after it (about 1.1 GB after
// validation and a full collection, where the rows alone, read back here, take 0.5 GB). A worker
// thread does not help: it shares the process's memory. A process's memory goes when it exits.

import { writeFileSync } from "node:fs";
import { serialize } from "node:v8";
import { readBase } from "../data/git-base.ts";
import { DataFolderError, readDataFolder, summaryOf, type FolderSummary } from "../data/read.ts";
import type { Problem } from "../data/validate.ts";
import { validateFolder, type Validated } from "../data/validate-once.ts";

/** What the build receives: the folder unread (`folder` null) when it could not be used at all. */
export interface ValidationResult {
  validated: Validated;
  digest: string | null;
  folder: FolderSummary | null;
}

function validate(root: string): ValidationResult {
  try {
    const folder = readDataFolder();
    // Without git (a download, a folder outside the checkout) the committed lists stand in, as in `npm run validate`.
    const base = readBase(folder.dir, folder.descriptor.resources.map((r) => r.path), undefined);
    const validated = validateFolder(folder, { base: "base" in base ? base.base : null, root });
    return { validated, digest: folder.digest, folder: summaryOf(folder) };
  } catch (error) {
    if (error instanceof DataFolderError) return { validated: { problems: error.problems as Problem[], tables: null }, digest: null, folder: null };
    throw error;
  }
}

const [resultFile, root] = process.argv.slice(2);
if (!resultFile || !root) throw new Error("usage: node src/build/validate-process.ts <result file> <project root>");
writeFileSync(resultFile, serialize(validate(root)));
