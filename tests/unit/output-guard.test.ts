// The build never deletes what it did not make: which output folders it refuses, and that it
// removes exactly what an earlier build listed in its marker.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireBuildLock, checkOutputFolder, MARKER, prepareOutputFolder, recordOutput, REMOVING } from "../../src/build/output-guard.ts";
import { fingerprint } from "../support/data-copy.ts";

/** A fake project: root with src/, .git/ and data/, as the guard sees a checkout. */
function project() {
  const root = mkdtempSync(join(tmpdir(), "smt-guard-"));
  for (const dir of ["src", ".git", "data", "public"]) mkdirSync(join(root, dir));
  writeFileSync(join(root, "data", "events.csv"), "id\n");
  return root;
}
const EXPECTED = "(expected an empty or new folder, or one an earlier build of this site made, such as dist/)";
const refusal = (out: string, root: string, data = join(root, "data")) => {
  try {
    checkOutputFolder(out, root, data, "X");
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

describe("the output folder", () => {
  it("may be new, empty, or made by an earlier build", () => {
    const root = project();
    expect(refusal(join(root, "dist"), root)).toBeNull();
    mkdirSync(join(root, "empty"));
    expect(refusal(join(root, "empty"), root)).toBeNull();
  });

  it("is never the data folder, the project, or one of its own folders, or around or inside them", () => {
    const root = project();
    const other = join(mkdtempSync(join(tmpdir(), "smt-elsewhere-")), "data");
    mkdirSync(other);
    const cases: [string, string, string?][] = [
      [join(root, "data"), "is the data folder"],
      [join(root, "data", "out"), "lies inside the data folder"],
      [other, "is the data folder", other],
      [join(other, ".."), `contains the data folder`, other],
      [root, "is the project folder itself"],
      [join(root, ".."), `contains the project folder (${root})`],
      [join(root, "src"), "is the project's src/ folder"],
      [join(root, "src", "pages"), "lies inside the project's src/ folder"],
      [join(root, ".git"), "is the project's .git/ folder"],
      [join(root, "public", "x"), "lies inside the project's public/ folder"],
    ];
    for (const [out, why, data] of cases) {
      expect(refusal(out, root, data), why).toBe(`OUT_DIR="X" ${why}; nothing was built or removed ${EXPECTED}`);
    }
  });

  it("refuses a folder holding anything no build made, and says what it holds", () => {
    const root = project();
    const notes = join(root, "notes");
    mkdirSync(join(notes, ".git"), { recursive: true });
    mkdirSync(join(notes, "src"));
    writeFileSync(join(notes, "todo.txt"), "keep me\n");
    writeFileSync(join(notes, "draft.md"), "keep me too\n");
    expect(refusal(notes, root)).toBe(`OUT_DIR="X" is not empty (it holds .git/, draft.md, src/ and 1 more) and no earlier build of this site made it; nothing was built or removed ${EXPECTED}`);
  });

  it("removes exactly what the earlier build listed, and refuses when something else was added", async () => {
    const root = project();
    const dist = join(root, "dist");
    prepareOutputFolder(checkOutputFolder(dist, root, join(root, "data")));
    mkdirSync(join(dist, "events", "a"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<p>built</p>");
    writeFileSync(join(dist, "events", "a", "index.html"), "<p>built</p>");
    recordOutput(dist, "complete");
    expect(JSON.parse(readFileSync(join(dist, MARKER), "utf8")).files).toEqual(["events/", "events/a/", "events/a/index.html", "index.html"]);

    writeFileSync(join(dist, "events", "mine.txt"), "a reader's note");
    const before = fingerprint(dist);
    expect(refusal(dist, root)).toBe(`OUT_DIR="X" holds events/mine.txt, which no build wrote; nothing was built or removed (expected only files an earlier build wrote; move the others out first)`);
    expect(fingerprint(dist)).toEqual(before);

    // Once the reader's note is moved out, the next build removes exactly what the last one wrote.
    renameSync(join(dist, "events", "mine.txt"), join(root, "mine.txt"));
    const removed = prepareOutputFolder(checkOutputFolder(dist, root, join(root, "data")));
    // The new build may write at once: the earlier build's files are out of its way, being removed.
    expect(readdirSync(dist).filter((n) => !n.startsWith(REMOVING)).sort()).toEqual([MARKER]);
    writeFileSync(join(dist, "index.html"), "<p>built again</p>");
    await removed;
    expect(readdirSync(dist).sort()).toEqual([MARKER, "index.html"]);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("<p>built again</p>");
    expect(readFileSync(join(root, "mine.txt"), "utf8")).toBe("a reader's note");
  });

  it("refuses a folder whose build was stopped before it could list its files", () => {
    const root = project();
    const dist = join(root, "dist");
    prepareOutputFolder(checkOutputFolder(dist, root, join(root, "data")));
    writeFileSync(join(dist, "index.html"), "half a site");
    expect(refusal(dist, root)).toBe(
      `OUT_DIR="X" holds a build that was stopped before it could list what it wrote; nothing was built or removed (expected a folder whose files the build listed; check this one and delete it yourself)`,
    );
  });

  it("makes a second build of the checkout wait, with a message, until the first one ends", async () => {
    const lock = join(mkdtempSync(join(tmpdir(), "smt-lock-")), "build.lock");
    // The first build: a process holding the lock until we close its input.
    const first = spawn(process.execPath, ["-e", "process.stdin.resume(); process.stdin.on('end', () => process.exit(0))"], { stdio: ["pipe", "ignore", "ignore"] });
    writeFileSync(lock, JSON.stringify({ pid: first.pid, outDir: "dist-a" }));
    const said: string[] = [];
    const acquired = acquireBuildLock(lock, "dist-b", (m) => {
      said.push(m);
      first.stdin!.end(); // the first build finishes once the second has said it waits
    });
    await acquired;
    expect(said).toEqual([`another build of this checkout (process ${first.pid}, into dist-a) is running; waiting for it to finish`]);
    expect(JSON.parse(readFileSync(lock, "utf8"))).toEqual({ pid: process.pid, outDir: "dist-b" });
  });
});
