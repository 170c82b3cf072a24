// Reads the data folder: the descriptor and each declared table's text. Read-only by design:
// nothing in src/data or scripts/validate.ts opens a data file for writing.
//
// Reading is where files are kept inside their folder and within size: a resource path or a
// symbolic link that leads out of the data folder is refused before a byte of its target is read
// (a path of ../../proc/self/environ once printed the environment), and so is a file larger than
// any table this project could mean to publish. Bytes become text only as strict UTF-8.

import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { DataPackage, Resource } from "./descriptor.ts";
import { decodeUtf8 } from "./encoding.ts";
import { checkDescriptor } from "./schema-check.ts";
import { formatProblem, type Problem, type TableFile } from "./validate.ts";

/**
 * Largest table file read, in bytes: the real tables are under 0.2 MB, ten-fold synthetic ones 3 MB
 * and hundred-fold ones (a running sanctions tracker's size, issue 20) up to 30 MB.
 */
export const MAX_TABLE_BYTES = 64 * 1024 * 1024;
/** Largest descriptor read, in bytes (the real one is about 60 KB). */
export const MAX_DESCRIPTOR_BYTES = 1024 * 1024;

/** The data folder: DATA_DIR when set (fixture builds, synthetic benchmarks), else ./data. */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR || "data");
}

/** A path as maintainers see it in messages: relative to where they ran the command. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel.split("\\").join("/");
}

export interface DataFolder {
  dir: string;
  descriptor: DataPackage;
  descriptorText: string;
  files: TableFile[];
  /** CSV files present in the folder that the descriptor does not declare. */
  extraFiles: string[];
  /** A digest of every byte read: the descriptor and each declared table (folderDigest). */
  digest: string;
}

/** What a build keeps of a folder once it is validated: everything but the tables' texts. */
export interface FolderSummary {
  dir: string;
  descriptor: DataPackage;
  descriptorText: string;
  files: Omit<TableFile, "text">[];
}

export const summaryOf = (folder: DataFolder): FolderSummary => ({
  dir: folder.dir,
  descriptor: folder.descriptor,
  descriptorText: folder.descriptorText,
  files: folder.files.map(({ text: _text, ...file }) => file),
});

/** The folder or its descriptor cannot be used at all; `problems` says why, file:line:column. */
export class DataFolderError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "DataFolderError";
    this.problems = problems;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Read a file that must stay inside `root` (both real paths). Returns its bytes, null when it does
 * not exist, or the problem that stops it being read.
 */
function readInside(root: string, path: string, file: string, maxBytes: number): { bytes: Buffer } | { problem: Problem } | null {
  const problem = (message: string, expected: string) => ({ problem: { file, line: 1, column: 1, message, expected } });
  let link;
  try {
    link = lstatSync(path);
  } catch {
    return null;
  }
  let real;
  try {
    real = realpathSync(path);
  } catch {
    return problem("file is a symbolic link to something that does not exist", "the table itself, or a link to a file inside the data folder");
  }
  if (real !== root && !real.startsWith(root + sep)) {
    return problem(`file is a symbolic link to ${real}, outside the data folder`, "the table itself, or a link to a file inside the data folder; nothing outside it is read");
  }
  const stat = link.isSymbolicLink() ? statSync(real) : link;
  if (!stat.isFile()) return problem("is not a file", "a CSV file");
  if (stat.size > maxBytes) {
    return problem(`file is ${megabytes(stat.size)}`, `at most ${megabytes(maxBytes)}; a table this large is almost certainly not what was meant to be published`);
  }
  return { bytes: readFileSync(real) };
}

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/** The folder's digest from the descriptor's bytes and each declared table's (name and digest, or "missing"). */
function digestOf(descriptorBytes: Buffer, files: readonly { name: string; digest?: string }[], extraFiles: readonly string[]): string {
  return sha256([sha256(descriptorBytes), ...files.map((f) => `${f.name}\u0000${f.digest ?? "missing"}`), ...extraFiles.map((f) => `extra\u0000${f}`)].join("\n"));
}

/** CSV files in the folder that the descriptor does not declare, as shown in messages. */
function undeclared(dir: string, descriptor: DataPackage): string[] {
  const declared = new Set(descriptor.resources.map((r) => r.path));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv") && !declared.has(name))
    .sort()
    .map((name) => displayPath(join(dir, name)));
}

/** One declared table: its bytes' digest and, unless `decode` is false, its text. */
function readTable(dir: string, root: string, resource: Resource, decode = true): TableFile {
  const path = join(root, resource.path);
  const file = displayPath(join(dir, resource.path));
  const read = readInside(root, path, file, MAX_TABLE_BYTES);
  if (read === null) return { resource, file, text: null };
  if ("problem" in read) return { resource, file, text: null, unreadable: read.problem };
  const digest = sha256(read.bytes);
  if (!decode) return { resource, file, text: null, digest };
  const text = decodeUtf8(read.bytes);
  if ("problem" in text) return { resource, file, text: null, unreadable: { file, ...text.problem }, digest };
  // The text keeps its byte-order mark, as the parser expects: it reports where cells start.
  return { resource, file, text: text.bom ? "\uFEFF" + text.text : text.text, digest };
}

/**
 * The digest readDataFolder would give the folder, read one file at a time and never decoded: a
 * folder's text takes about two bytes a character in memory (190 MB at a hundred times today's
 * data), and a build only needs to know that the folder is still the one it validated
 * (validate-once.ts). Null when the folder cannot be read as readDataFolder reads it.
 */
export function folderDigest(dir = dataDir()): string | null {
  try {
    const root = realpathSync(dir);
    const read = readInside(root, join(dir, "datapackage.json"), "datapackage.json", MAX_DESCRIPTOR_BYTES);
    if (read === null || "problem" in read) return null;
    const { descriptor } = checkDescriptor(read.bytes.toString("utf8"), "datapackage.json");
    if (!descriptor) return null;
    const files = descriptor.resources.map((resource) => ({ name: resource.name, digest: readTable(dir, root, resource, false).digest }));
    return digestOf(read.bytes, files, undeclared(dir, descriptor));
  } catch {
    return null;
  }
}

/** One table of a folder read before, read again the same way (and kept inside the folder the same way). */
export function readTableFile(dir: string, resource: Resource): TableFile {
  return readTable(dir, realpathSync(dir), resource);
}

export function readDataFolder(dir = dataDir()): DataFolder {
  const descriptorPath = join(dir, "datapackage.json");
  const shown = displayPath(descriptorPath);
  const fail = (message: string, expected: string, file = shown): never => {
    throw new DataFolderError([{ file, line: 1, column: 1, message, expected }]);
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    fail(existsSync(dir) ? "is not a folder" : "folder does not exist", "the data folder: DATA_DIR, or data/ when DATA_DIR is not set", displayPath(dir));
  }
  const root = realpathSync(dir);
  const read = readInside(root, descriptorPath, shown, MAX_DESCRIPTOR_BYTES);
  if (read === null) return fail("file is missing", "the data package descriptor");
  if ("problem" in read) throw new DataFolderError([read.problem]);
  const bytes = read.bytes;
  const decoded = decodeUtf8(bytes);
  if ("problem" in decoded) throw new DataFolderError([{ file: shown, ...decoded.problem }]);
  const descriptorText = bytes.toString("utf8");
  const { descriptor, problems } = checkDescriptor(decoded.text, shown);
  if (!descriptor) throw new DataFolderError(problems);

  const files: TableFile[] = descriptor.resources.map((resource) => readTable(dir, root, resource));
  const extraFiles = undeclared(dir, descriptor);
  return { dir, descriptor, descriptorText, files, extraFiles, digest: digestOf(bytes, files.map((f) => ({ name: f.resource.name, digest: f.digest })), extraFiles) };
}

/** The data folder for a command-line script, or null after printing why it cannot be used. */
export function readDataFolderOrReport(dir?: string): DataFolder | null {
  try {
    return readDataFolder(dir);
  } catch (error) {
    if (!(error instanceof DataFolderError)) throw error;
    for (const p of error.problems) console.error(formatProblem(p));
    return null;
  }
}
