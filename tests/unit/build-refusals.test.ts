// `astro build` itself (not just the helpers) refuses bad settings, bad data and an output folder
// it did not make: one clear message on stderr, exit 1, no stack trace, and nothing written.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES, ROOT, fingerprint, makeProject } from "../support/data-copy.ts";

function build(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["BASE_PATH", "SITE_URL", "OUT_DIR", "DATA_DIR"].includes(k) && !k.startsWith("VITEST")));
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...clean, ASTRO_TELEMETRY_DISABLED: "1", ...env },
  });
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m); // no stack trace
  return { status: result.status, stderr: result.stderr };
}
const newFolder = () => join(mkdtempSync(join(tmpdir(), "smt-out-")), "site");

// Each test starts Astro in a child process.
describe("astro build refuses", { timeout: 60_000 }, () => {
  it("to build into the data folder, and leaves every table and note in it as it was", () => {
    const data = join(makeProject(), "data");
    writeFileSync(join(data, "my-notes.txt"), "uncommitted work\n");
    const before = fingerprint(data);
    const result = build({ DATA_DIR: data, OUT_DIR: data });
    expect(result.stderr).toBe(`OUT_DIR=${JSON.stringify(data)} is the data folder; nothing was built or removed (expected an empty or new folder, or one an earlier build of this site made, such as dist/)\n`);
    expect(result.status).toBe(1);
    expect(fingerprint(data)).toEqual(before);
  });

  it("to empty a folder that holds someone's work", () => {
    const work = mkdtempSync(join(tmpdir(), "smt-work-"));
    mkdirSync(join(work, ".git"));
    mkdirSync(join(work, "src"));
    writeFileSync(join(work, "src", "main.ts"), "export {};\n");
    writeFileSync(join(work, "notes.md"), "# notes\n");
    const before = fingerprint(work);
    const result = build({ OUT_DIR: work });
    expect(result.stderr).toBe(`OUT_DIR=${JSON.stringify(work)} is not empty (it holds .git/, notes.md, src/) and no earlier build of this site made it; nothing was built or removed (expected an empty or new folder, or one an earlier build of this site made, such as dist/)\n`);
    expect(result.status).toBe(1);
    expect(fingerprint(work)).toEqual(before);
  });

  it("a BASE_PATH that points off-site, before writing anything", () => {
    const out = newFolder();
    const result = build({ BASE_PATH: "//evil.example/", OUT_DIR: out });
    expect(result.stderr).toBe('BASE_PATH="//evil.example/" starts with "//", which a browser reads as the address of another site (expected a path: "/" or folders such as "/tracker/", each of letters, digits, . _ ~ or -, starting and ending with "/")\n');
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("a SITE_URL that is not an http(s) address", () => {
    const out = newFolder();
    const result = build({ SITE_URL: "ftp://example.org/", OUT_DIR: out });
    expect(result.stderr).toBe('SITE_URL="ftp://example.org/" uses ftp:, not http or https (expected an absolute http or https address such as https://example.org or https://example.org/tracker/)\n');
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("an empty data set, with a message per table instead of a crash in a chart", () => {
    const data = join(makeProject(undefined, join(FIXTURES, "invalid", "empty-data-set")), "data");
    const out = newFolder();
    const result = build({ DATA_DIR: data, OUT_DIR: out });
    const lines = result.stderr.trimEnd().split("\n");
    // One line per table (the publisher register first, as in datapackage.json) and a summary.
    expect(lines).toHaveLength(18);
    expect(lines[0]).toBe(`${data}/publishers.csv:2:1: table has a header but no rows (expected at least one row; an empty table usually means its rows were lost when the file was saved)`);
    expect(lines[17]).toBe("17 problems in 17 files; nothing was built");
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("a data folder whose table is a dangling link, with a message instead of a crash", () => {
    const data = join(makeProject(), "data");
    rmSync(join(data, "eras.csv"));
    symlinkSync(join(data, "gone.csv"), join(data, "eras.csv"));
    const out = newFolder();
    const result = build({ DATA_DIR: data, OUT_DIR: out });
    expect(result.stderr).toBe(
      `${data}/eras.csv:1:1: file is a symbolic link to something that does not exist (expected the table itself, or a link to a file inside the data folder)\n1 problem in 1 file; nothing was built\n`,
    );
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
