// The build never deletes what it did not make. Astro empties its output folder before it writes,
// so OUT_DIR=data once deleted every table, and a folder holding .git/ and src/ was wiped with
// exit 0. This guard takes that job over (Astro's own emptying is switched off in
// astro.config.mjs):
// - it refuses an output folder that is, holds or lies inside the data folder, the project, or one
//   of the project's own folders (src/, .git/, public/ …);
// - it refuses any other folder that is not empty unless a marker file says an earlier build made
//   it, and then it removes exactly the files that marker lists, refusing if anything else is there
//   (on a thread of its own, while the new build renders);
// - after the build (or when it fails or is interrupted) it records what it wrote in the marker.
// One build at a time per checkout: Astro shares .astro/ between builds whose output lies outside
// the project, so a second build waits for the first, and says so.

import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

export const MARKER = ".smt-build.json";
const MADE_BY = "sanctions-minerals-tracker build";

interface Marker {
  madeBy: typeof MADE_BY;
  /** building: the build started; complete or incomplete: it ended and listed what it wrote. */
  state: "building" | "complete" | "incomplete";
  /** Everything the build wrote, relative to the folder; folders end with "/". */
  files: string[];
}

export class OutputFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputFolderError";
  }
}

/** The real path of `path`, following links, even when its last parts do not exist yet. */
function realPath(path: string): string {
  const missing: string[] = [];
  let at = resolve(path);
  while (!existsSync(at)) {
    missing.unshift(basename(at));
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  return join(realpathSync(at), ...missing);
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** Files and folders under `dir`, relative, folders ending in "/", the marker left out. */
function listTree(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    // A folder of an earlier build's files can vanish while it is listed, if the build stops while
    // they are being removed (prepareOutputFolder).
    if ((error as { code?: string }).code === "ENOENT" && prefix !== "") return out;
    throw error;
  }
  for (const entry of entries) {
    const rel = prefix + entry.name;
    if (rel === MARKER) continue;
    if (entry.isDirectory() && !entry.isSymbolicLink()) {
      out.push(rel + "/");
      out.push(...listTree(dir, rel + "/"));
    } else {
      out.push(rel);
    }
  }
  return out;
}

function readMarker(dir: string): Marker | null {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER), "utf8")) as Marker;
    return marker.madeBy === MADE_BY && Array.isArray(marker.files) ? marker : null;
  } catch {
    return null;
  }
}

const some = (names: string[]) => {
  const shown = names.slice(0, 3).join(", ");
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
};

export interface OutputPlan {
  /** Real path of the output folder. */
  dir: string;
  /** Files and folders an earlier build wrote there, to remove before this build writes. */
  previous: string[];
}

/**
 * Decide whether the build may write into `outDir`; throws OutputFolderError with one line when it
 * may not. Reads only: nothing is created or removed here.
 */
export function checkOutputFolder(outDir: string, projectRoot: string, dataDir: string, shownAs = outDir): OutputPlan {
  const dir = realPath(outDir);
  const root = realPath(projectRoot);
  const refuse = (why: string, expected = "an empty or new folder, or one an earlier build of this site made, such as dist/") => {
    throw new OutputFolderError(`OUT_DIR=${JSON.stringify(shownAs)} ${why}; nothing was built or removed (expected ${expected})`);
  };
  const protectedFolders: [string, string][] = [
    [realPath(dataDir), "the data folder"],
    [join(root, "data"), "the project's data/ folder"],
    [join(root, "src"), "the project's src/ folder"],
    [join(root, ".git"), "the project's .git/ folder"],
    [join(root, "public"), "the project's public/ folder"],
    [join(root, "tests"), "the project's tests/ folder"],
    [join(root, "scripts"), "the project's scripts/ folder"],
    [join(root, "node_modules"), "the project's node_modules/ folder"],
  ];
  if (dir === root) refuse("is the project folder itself");
  if (inside(root, dir)) refuse(`contains the project folder (${root})`);
  for (const [folder, name] of protectedFolders) {
    if (dir === folder) refuse(`is ${name}`);
    if (inside(dir, folder)) refuse(`lies inside ${name}`);
    if (inside(folder, dir)) refuse(`contains ${name}`);
  }
  if (!existsSync(dir)) return { dir, previous: [] };
  if (!statSync(dir).isDirectory()) refuse("is a file, not a folder");
  const present = listTree(dir);
  const hasMarker = existsSync(join(dir, MARKER));
  if (!hasMarker) {
    if (present.length === 0) return { dir, previous: [] };
    const top = readdirSync(dir).map((n) => (statSync(join(dir, n)).isDirectory() ? `${n}/` : n)).sort();
    const oldBuild = top.includes("_astro/") && top.includes("index.html");
    refuse(
      oldBuild
        ? `holds a site built before build folders were marked (${some(top)}), so the build cannot tell it made every file there`
        : `is not empty (it holds ${some(top)}) and no earlier build of this site made it`,
      oldBuild ? "a folder an earlier build marked; check this one and delete it yourself once" : undefined,
    );
  }
  const marker = readMarker(dir);
  if (!marker) refuse(`has a ${MARKER} the build cannot read`, "the marker file an earlier build wrote, unchanged");
  if (marker!.state === "building") {
    refuse("holds a build that was stopped before it could list what it wrote", "a folder whose files the build listed; check this one and delete it yourself");
  }
  const made = new Set(marker!.files);
  const foreign = present.filter((p) => !made.has(p));
  if (foreign.length > 0) {
    refuse(`holds ${some(foreign)}, which no build wrote`, "only files an earlier build wrote; move the others out first");
  }
  return { dir, previous: present };
}

function writeMarker(dir: string, state: Marker["state"], files: string[]): void {
  const marker: Marker = { madeBy: MADE_BY, state, files };
  writeFileSync(join(dir, MARKER), JSON.stringify(marker) + "\n");
}

/** Where prepareOutputFolder moves an earlier build's files to remove them while this one runs. */
export const REMOVING = ".smt-removing-";

// Removes the listed files, then the listed folders that are left empty, then the folder they were
// moved into if nothing else is in it. Run on a thread of its own: at a hundred times today's data
// an earlier build left 154,000 files, and removing them one by one took 24 s on the thread that
// then renders the pages.
const REMOVER = `
const { workerData: { dir, files, folders } } = require("node:worker_threads");
const { existsSync, lstatSync, readdirSync, rmdirSync, rmSync } = require("node:fs");
const { join } = require("node:path");
for (const f of files) rmSync(join(dir, f), { force: true });
for (const f of [...folders, ""]) {
  const path = join(dir, f);
  if (existsSync(path) && lstatSync(path).isDirectory() && readdirSync(path).length === 0) rmdirSync(path);
}
`;

/**
 * Mark the folder as being built and take what the earlier build wrote (and only that) out of the
 * way: its top-level files and folders move into a folder of their own (REMOVING), which is emptied
 * on another thread while this build writes. Resolves once they are removed; until then the folder
 * holds that one extra folder, so a step that reads the whole output (the search index, the
 * marker's list) awaits it first. Should the build stop before, the marker lists what is left of
 * it, so the next build removes that too.
 */
export function prepareOutputFolder(plan: OutputPlan): Promise<void> {
  mkdirSync(plan.dir, { recursive: true });
  writeMarker(plan.dir, "building", []);
  if (plan.previous.length === 0) return Promise.resolve();
  const aside = mkdtempSync(join(plan.dir, REMOVING));
  for (const top of plan.previous.filter((p) => !p.slice(0, -1).includes("/"))) {
    renameSync(join(plan.dir, top), join(aside, top));
  }
  const files = plan.previous.filter((p) => !p.endsWith("/"));
  const folders = plan.previous.filter((p) => p.endsWith("/")).sort((a, b) => b.length - a.length);
  return new Promise((done, fail) => {
    const worker = new Worker(REMOVER, { eval: true, workerData: { dir: aside, files, folders } });
    worker.once("error", fail);
    worker.once("exit", (code) => (code === 0 ? done() : fail(new Error(`removing the earlier build's files from ${aside} stopped (exit code ${code})`))));
  });
}

/** List everything now in the folder in its marker. */
export function recordOutput(dir: string, state: "complete" | "incomplete"): void {
  if (existsSync(join(dir, MARKER))) writeMarker(dir, state, listTree(dir));
}

/**
 * Wait until no other build of this checkout is running, then hold the lock until this process
 * ends. `say` is called once if there is a wait.
 */
export async function acquireBuildLock(lockFile: string, outDir: string, say: (message: string) => void): Promise<void> {
  mkdirSync(dirname(lockFile), { recursive: true });
  let told = false;
  while (true) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, outDir }));
      closeSync(fd);
      process.once("exit", () => {
        try {
          if ((JSON.parse(readFileSync(lockFile, "utf8")) as { pid: number }).pid === process.pid) unlinkSync(lockFile);
        } catch {
          // already gone
        }
      });
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
    let holder: { pid?: number; outDir?: string } = {};
    try {
      holder = JSON.parse(readFileSync(lockFile, "utf8"));
    } catch {
      // being written right now; look again
    }
    if (holder.pid !== undefined && !alive(holder.pid)) {
      rmSync(lockFile, { force: true }); // its build ended without releasing it
      continue;
    }
    if (!told && holder.pid !== undefined) {
      say(`another build of this checkout (process ${holder.pid}, into ${holder.outDir}) is running; waiting for it to finish`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** A path as the person running the build would write it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}
