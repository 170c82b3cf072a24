// The validator, end to end through `npm run validate`'s script: every broken fixture must produce
// exactly the messages in its expected.txt, exit non-zero, and leave the data byte-for-byte as it was.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, ROOT, fingerprint, makeProject, runValidate } from "../support/data-copy.ts";

const CASES = readdirSync(join(FIXTURES, "invalid")).sort();

// Each test runs the validator in a child process (one waits out the pattern time limit by design).
describe("npm run validate", { timeout: 30_000 }, () => {
  it("passes the valid fixture tables and says how many rows it checked", () => {
    const project = makeProject();
    const result = runValidate(project);
    expect(result.stderr).toBe("");
    const tables = JSON.parse(readFileSync(join(project, "data/datapackage.json"), "utf8")).resources.length;
    expect(result.stdout).toMatch(new RegExp(`^data ok: ${tables} tables, \\d+ rows, 0 problems\n$`));
    expect(result.status).toBe(0);
  });

  it.each(CASES)("reports %s at the right file, line and column", (name) => {
    const project = makeProject(undefined, join(FIXTURES, "invalid", name));
    const data = join(project, "data");
    const before = fingerprint(data);
    const result = runValidate(project);
    expect(result.stderr).toBe(readFileSync(join(FIXTURES, "invalid", name, "expected.txt"), "utf8"));
    expect(result.status).toBe(1);
    expect(fingerprint(data)).toEqual(before);
  });

  it("covers every kind of bad input the issue lists", () => {
    expect(CASES).toEqual(expect.arrayContaining([
      "missing-column", "unknown-column", "empty-required", "wrong-number", "wrong-integer", "wrong-boolean",
      "pattern", "enum", "impossible-date", "duplicate-id", "foreign-key", "foreign-key-list",
      "end-before-start", "non-http-url", "no-source", "unclosed-quote", "ragged-row", "empty-file", "missing-file",
    ]));
  });

  it("covers every kind of hostile or unbounded input the hardening issue lists", () => {
    expect(CASES).toEqual(expect.arrayContaining([
      // the schema is data too
      "schema-unknown-type", "schema-enum-string", "schema-unknown-rule", "schema-missing-keys", "schema-bad-pattern",
      "backtracking-pattern", "schema-path-escape", "schema-names", "schema-bounds-missing", "schema-json-syntax", "schema-duplicate-key",
      // bounded inputs
      "too-long", "infinite-number", "negative-amount", "percentage", "date-window", "accessed-future", "url-credentials",
      "parent-cycle", "control-characters", "invisible-characters", "empty-data-set",
      // encodings and line endings
      "windows-1252", "windows-1251", "utf-16", "stray-bom", "cr-only",
    ]));
  });

  it("reads nothing outside the data folder: a table that is a link out is refused, its target never printed", () => {
    const project = makeProject();
    const data = join(project, "data");
    const secret = join(project, "outside.csv");
    writeFileSync(secret, "SECRET=do-not-print\n");
    rmSync(join(data, "places.csv"));
    symlinkSync(secret, join(data, "places.csv"));
    rmSync(join(data, "eras.csv"));
    symlinkSync(join(data, "no-such-file.csv"), join(data, "eras.csv"));
    const before = fingerprint(data);
    const result = runValidate(project);
    expect(result.stderr).toBe(
      "data/eras.csv:1:1: file is a symbolic link to something that does not exist (expected the table itself, or a link to a file inside the data folder)\n" +
        `data/places.csv:1:1: file is a symbolic link to ${realpathSync(secret)}, outside the data folder (expected the table itself, or a link to a file inside the data folder; nothing outside it is read)\n` +
        "2 problems in 2 files\n",
    );
    expect(result.stderr).not.toContain("do-not-print");
    expect(result.status).toBe(1);
    expect(fingerprint(data)).toEqual(before);
  });

  it("refuses a table larger than 64 MB before reading it", () => {
    const project = makeProject();
    const file = join(project, "data/events.csv");
    writeFileSync(file, readFileSync(file, "utf8") + "x".repeat(65 * 1024 * 1024));
    const result = runValidate(project);
    expect(result.stderr).toBe(
      "data/events.csv:1:1: file is 65.0 MB (expected at most 64.0 MB; a table this large is almost certainly not what was meant to be published)\n1 problem in 1 file\n",
    );
    expect(result.status).toBe(1);
  });

  it("says when DATA_DIR is not a folder, in one line", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts/validate.ts")], { cwd: makeProject(), encoding: "utf8", env: { ...process.env, DATA_DIR: "no-such-folder" } });
    expect(result.stderr).toBe("no-such-folder:1:1: folder does not exist (expected the data folder: DATA_DIR, or data/ when DATA_DIR is not set)\n1 problem in 1 file\n");
    expect(result.status).toBe(1);
  });

  it("covers every source-quality rule (issue 14)", () => {
    expect(CASES).toEqual(expect.arrayContaining([
      "publisher-domain", "url-not-publisher", "non-canonical-url", "reprint-of", "accessed-and-read",
      "fact-without-primary-source", "weak-sources-only", "source-before-event", "research-talk", "duplicate-url",
    ]));
  });

  it("accepts a table saved with a byte-order mark and CRLF line endings", () => {
    const project = makeProject();
    const file = join(project, "data/events.csv");
    writeFileSync(file, "\uFEFF" + readFileSync(file, "utf8").replaceAll("\n", "\r\n"));
    const result = runValidate(project);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("prints every problem, not just the first, then the count", () => {
    const project = makeProject();
    const file = join(project, "data/events.csv");
    const text = readFileSync(file, "utf8")
      .replace(",2025-02-12,,", ",2025-13-01,,")
      .replace(",minerals-deal,2,", ",minerals,2,");
    writeFileSync(file, text);
    const lines = runValidate(project).stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^data\/events\.csv:2:\d+: "minerals" in column track is not an allowed value/);
    expect(lines[1]).toMatch(/^data\/events\.csv:3:\d+: "2025-13-01" in column date is not a real date/);
    expect(lines[2]).toBe("2 problems in 1 file");
  });
});
