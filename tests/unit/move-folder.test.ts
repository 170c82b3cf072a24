import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { moveFolder } from "../../src/build/move-folder.ts";

describe("moveFolder", () => {
  const made: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "smt-move-"));
    made.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("moves a folder, with what is inside it, to a place that does not exist yet", () => {
    const root = folder();
    const from = join(root, "from");
    mkdirSync(join(from, "fragment"), { recursive: true });
    writeFileSync(join(from, "fragment", "a.pf_fragment"), "a");
    const to = join(root, "out", "records");
    mkdirSync(join(root, "out"));
    expect(moveFolder(from, to)).toBe("renamed");
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(join(to, "fragment", "a.pf_fragment"), "utf8")).toBe("a");
  });

  it("copies into a folder that already exists, keeping what was there", () => {
    const root = folder();
    const from = join(root, "from");
    const to = join(root, "to");
    mkdirSync(from);
    mkdirSync(to);
    writeFileSync(join(from, "new.txt"), "new");
    writeFileSync(join(to, "old.txt"), "old");
    expect(moveFolder(from, to)).toBe("copied");
    expect(readFileSync(join(to, "new.txt"), "utf8")).toBe("new");
    expect(readFileSync(join(to, "old.txt"), "utf8")).toBe("old");
    expect(existsSync(join(from, "new.txt"))).toBe(true);
  });
});
