// Builds throwaway data folders for tests: the real descriptor, the small valid fixture tables, and
// optionally one broken case laid over them. Each copy lives in its own temporary project folder so
// messages read "data/<file>.csv:..." exactly as a maintainer would see them.

import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURES = join(ROOT, "tests/fixtures");

/** A temp project whose data/ holds the descriptor plus `tablesFrom` (a folder of CSVs). */
export function makeProject(tablesFrom = join(FIXTURES, "base"), overlay?: string): string {
  const project = mkdtempSync(join(tmpdir(), "smt-data-"));
  const data = join(project, "data");
  cpSync(tablesFrom, data, { recursive: true });
  cpSync(join(ROOT, "data/datapackage.json"), join(data, "datapackage.json"));
  if (overlay) {
    for (const name of readdirSync(overlay)) {
      if (name === "expected.txt" || name === "remove.txt") continue;
      cpSync(join(overlay, name), join(data, name));
    }
    const remove = join(overlay, "remove.txt");
    if (existsSync(remove)) {
      for (const name of readFileSync(remove, "utf8").split("\n").filter(Boolean)) rmSync(join(data, name));
    }
  }
  return project;
}

/**
 * Hash of every file in a folder (and its sub-folders), to prove a command left it byte-for-byte
 * unchanged. Links are recorded by where they point, never followed.
 */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) out[name] = `link to ${readlinkSync(path)}`;
    else if (stat.isDirectory()) for (const [inner, hash] of Object.entries(fingerprint(path))) out[`${name}/${inner}`] = hash;
    else out[name] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return out;
}

/** Run `node scripts/validate.ts` (the command behind `npm run validate`) inside a project. */
export function runValidate(project: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, "scripts/validate.ts")], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function writeFile(path: string, text: string): void {
  writeFileSync(path, text);
}
