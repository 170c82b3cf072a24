// The log of data changes on /about/, generated at build time from the repository's history of the
// data folder: for each commit, which tables gained, lost or changed rows (matched by primary key).
// Outside a git checkout (a tarball, a fixture copy) it returns null and the page says so.

import { execFileSync } from "node:child_process";
import { parseCsv } from "./csv.ts";
import { asArray, type DataPackage } from "./descriptor.ts";

export interface TableChange {
  table: string;
  added: number;
  removed: number;
  changed: number;
}

export interface DataCommit {
  hash: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  subject: string;
  tables: TableChange[];
  /** The schema (datapackage.json) changed in this commit. */
  schema: boolean;
}

function git(dir: string, args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
}

/** The file's text at a revision, or "" where it did not exist. */
function fileAt(dir: string, rev: string, file: string): string {
  try {
    return git(dir, ["show", `${rev}:./${file}`]);
  } catch {
    return "";
  }
}

/** Rows by key (primary-key cells joined), each with its full text to detect changes. */
export function keyedRows(text: string, key: readonly string[]): Map<string, string> {
  const rows = new Map<string, string>();
  const { records } = parseCsv(text);
  const header = records[0]?.cells.map((c) => c.value) ?? [];
  const at = key.map((k) => header.indexOf(k));
  for (const record of records.slice(1)) {
    const cells = record.cells.map((c) => c.value);
    const id = at.every((i) => i >= 0) ? at.map((i) => cells[i] ?? "").join("\u0000") : cells.join("\u0000");
    rows.set(id, cells.join("\u0000"));
  }
  return rows;
}

/** Added, removed and changed rows between two versions of one table. */
export function diffTable(table: string, before: string, after: string, key: readonly string[]): TableChange {
  const a = keyedRows(before, key);
  const b = keyedRows(after, key);
  let added = 0;
  let changed = 0;
  for (const [id, row] of b) {
    const old = a.get(id);
    if (old === undefined) added++;
    else if (old !== row) changed++;
  }
  const removed = [...a.keys()].filter((id) => !b.has(id)).length;
  return { table, added, removed, changed };
}

export function dataHistory(dir: string, descriptor: DataPackage, { limit = 40 } = {}): DataCommit[] | null {
  let log: string;
  try {
    log = git(dir, ["log", `-n${limit}`, "--format=%H%x09%cs%x09%s", "--", "."]);
  } catch {
    return null;
  }
  const keys = new Map(descriptor.resources.map((r) => [r.path, { name: r.name, key: asArray(r.schema.primaryKey) }]));
  return log
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [hash = "", date = "", ...rest] = line.split("\t");
      const files = git(dir, ["show", "--format=", "--name-only", "--relative", hash, "--", "."]).split("\n").filter(Boolean);
      let parent: string | null = null;
      try {
        parent = git(dir, ["rev-parse", "--verify", "--quiet", `${hash}^`]).trim() || null;
      } catch {
        parent = null; // the first commit
      }
      const tables = files
        .filter((f) => f.endsWith(".csv"))
        .map((file) => {
          const table = keys.get(file);
          const before = parent ? fileAt(dir, parent, file) : "";
          return diffTable(table?.name ?? file.replace(/\.csv$/, ""), before, fileAt(dir, hash, file), table?.key ?? []);
        })
        .filter((t) => t.added + t.removed + t.changed > 0);
      return { hash, date, subject: rest.join("\t"), tables, schema: files.includes("datapackage.json") };
    });
}
