// The validator, end to end through `npm run validate`'s script: every broken fixture must produce
// exactly the messages in its expected.txt, exit non-zero, and leave the data byte-for-byte as it was.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, fingerprint, makeProject, runValidate } from "../support/data-copy.ts";

const CASES = readdirSync(join(FIXTURES, "invalid")).sort();

describe("npm run validate", () => {
  it("passes the valid fixture tables and says how many rows it checked", () => {
    const project = makeProject();
    const result = runValidate(project);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^data ok: 14 tables, \d+ rows, 0 problems\n$/);
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
