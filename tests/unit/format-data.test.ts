// npm run format-data: one canonical form for every table (UTF-8, LF, no byte-order mark, quotes only
// where needed, no empty rows or columns), so that a diff shows only real edits; it writes nothing
// unless asked, and never changes a value except TRUE/FALSE in boolean columns.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalCsv } from "../../src/data/canonical-csv.ts";
import { parseDescriptor } from "../../src/data/descriptor.ts";
import { fingerprint, FIXTURES, makeProject, ROOT } from "../support/data-copy.ts";

const descriptor = parseDescriptor(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
const relations = descriptor.resources.find((r) => r.name === "relations")!;
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, "scripts/format-data.ts"), ...args], { cwd, encoding: "utf8", env: { ...process.env, DATA_DIR: "" } });

describe("canonicalCsv", () => {
  it("undoes a spreadsheet's save and says what it changed", () => {
    const saved = '\uFEFF"id";"directed";"summary";;\r\n"r1";TRUE;"a, b";;\r\n;;;;\r\n"r2";false;"say ""hi""";;\r\n';
    const result = canonicalCsv(saved, relations);
    expect(result).toEqual({
      text: 'id,directed,summary\nr1,true,"a, b"\nr2,false,"say ""hi"""\n',
      changes: [
        "removed the byte-order mark",
        'cells separated by ";" now separated by commas',
        "removed 2 empty columns after the last",
        "removed 1 empty row",
        "removed empty cells after the last column in 2 rows",
        "wrote 1 TRUE or FALSE as true or false",
        "4 Windows line endings (CRLF) now LF",
        "5 cells no longer in quotes that need none",
      ],
    });
  });

  it("leaves a canonical table exactly as it is", () => {
    // The fixture's sources: quoted titles with commas, empty cells, lists.
    const text = readFileSync(join(FIXTURES, "base/sources.csv"), "utf8");
    expect(text).toContain('"');
    expect(canonicalCsv(text, descriptor.resources.find((r) => r.name === "sources")!)).toEqual({ text, changes: [] });
  });

  it("refuses a table whose quotes do not close, saying where", () => {
    expect(canonicalCsv('id,summary\nr1,"open\n', relations)).toEqual({ error: 'line 2, column 4: quoted field is never closed (expected a closing " before the end of the file; a quote inside a quoted field is written "")' });
  });
});

describe("npm run format-data", { timeout: 60_000 }, () => {
  it("reports without writing, writes a copy with --out, and rewrites only with --write", () => {
    const project = makeProject();
    const data = join(project, "data");
    const file = join(data, "relations.csv");
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("\n", "\r\n"));
    const before = fingerprint(data);

    let result = run(project);
    expect(result.stdout).toMatch(/^data\/relations\.csv: not in canonical form: \d+ Windows line endings \(CRLF\) now LF$/m);
    expect(result.status).toBe(0);
    expect(fingerprint(data)).toEqual(before);
    expect(run(project, "--check").status).toBe(1);

    result = run(project, "--out", "canonical");
    expect(result.stdout).toMatch(/^data\/relations\.csv: canonical copy in canonical\/relations\.csv/m);
    expect(fingerprint(data)).toEqual(before);
    expect(readFileSync(join(project, "canonical/relations.csv"), "utf8")).not.toContain("\r");

    result = run(project, "--write", "data/relations.csv");
    expect(result.stdout).toMatch(/^data\/relations\.csv: rewrote/m);
    expect(readFileSync(file, "utf8")).not.toContain("\r");
    expect(run(project, "--check").status).toBe(0);
  });

  it("leaves a file that is not UTF-8 alone and says what it looks like", () => {
    const project = makeProject();
    const file = join(project, "data/actors.csv");
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0x41, 0x6e, 0x74, 0xf3, 0x6e, 0x69, 0x6f, 0x0a])]));
    const before = readFileSync(file);
    const result = run(project, "--write");
    expect(result.stderr).toMatch(/^data\/actors\.csv:\d+:\d+: left as it is: file is not UTF-8: byte 0xF3 \("ó" in Windows-1252\)/m);
    expect(result.status).toBe(1);
    expect(readFileSync(file)).toEqual(before);
    expect(existsSync(join(project, "canonical"))).toBe(false);
  });
});
