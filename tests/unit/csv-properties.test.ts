// Random and malformed CSV thrown at the parser, the validator and the loader: always a clear
// error with a position, never a crash, and never a row that silently goes missing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatCsv, neutraliseFormula, parseCsv } from "../../src/data/csv.ts";
import { parseDescriptor } from "../../src/data/descriptor.ts";
import { formatProblem, validateTables, type TableFile } from "../../src/data/validate.ts";
import { FIXTURES, ROOT } from "../support/data-copy.ts";

const descriptor = parseDescriptor(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
const baseFiles = (): TableFile[] =>
  descriptor.resources.map((resource) => ({
    resource,
    file: `data/${resource.path}`,
    text: readFileSync(join(FIXTURES, "base", resource.path), "utf8"),
  }));

/** Cells full of what breaks naive CSV handling. */
const nastyCell = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", '"', '""', ",", "\n", "\r\n", "a,b", 'say "hi"', "line1\nline2", "\uFEFF", "é–—", "<script>", "=1+1", "-2.5", "@SUM(A1)", "\t=x"),
);

describe("the CSV parser", () => {
  it("reads back exactly what formatCsv wrote, whatever the cells hold (formulas neutralised)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(nastyCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        // A record whose only cell is empty is a blank line, which CSV cannot tell from nothing.
        const meaningful = table.filter((r) => !(r.length === 1 && r[0] === ""));
        const parsed = parseCsv(formatCsv(meaningful));
        expect(parsed.errors).toEqual([]);
        const read = parsed.records.map((r) => r.cells.map((c) => c.value));
        expect(read).toEqual(meaningful.map((r) => r.map(neutraliseFormula)));
        // What a spreadsheet opens never starts like a formula, unless it is a plain number.
        for (const cell of read.flat()) expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?[\d.]+(?:[eE][+-]?\d+)?$/.test(cell), cell).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary text and reports positions inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "x", "1") }), (text) => {
        const parsed = parseCsv(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const e of parsed.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the validator", () => {
  // 400 whole validations: room for a busy two-core machine.
  it("never crashes on a mangled table, and either accepts every row or says what is wrong", { timeout: 30_000 }, () => {
    const files = baseFiles();
    const events = files.find((f) => f.resource.name === "events")!;
    fc.assert(
      fc.property(
        fc.nat({ max: events.text!.length }),
        fc.nat({ max: 40 }),
        fc.string({ unit: fc.constantFrom(",", '"', "\n", "x", "2025-02-30", ";", " ", "evt-x", "") }),
        (at, cut, insert) => {
          const text = events.text!.slice(0, at) + insert + events.text!.slice(at + cut);
          const mangled = files.map((f) => (f === events ? { ...f, text } : f));
          const { tables, problems } = validateTables(descriptor, mangled);
          for (const p of problems) expect(formatProblem(p)).toMatch(/^data\/[a-z_]+\.csv:\d+:\d+: .+ \(expected .+\)$/);
          if (problems.length === 0) {
            // Accepted: every record after the header became a row.
            const records = parseCsv(text).records.length - 1;
            expect(tables.get("events")!.rows).toHaveLength(records);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  // Each run validates the whole data set (every table and rule), like its sibling above: the
  // default 5-second limit is too close on a busy 2-core machine.
  it("reports a problem for every kind of random junk cell in a typed column", { timeout: 30_000 }, () => {
    const files = baseFiles();
    fc.assert(
      // Anything but a whole number from 1 to 3 (importance's range), written as such.
      fc.property(fc.string({ minLength: 1 }).filter((s) => !(/^[+-]?\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 3)), (junk) => {
        const events = files.find((f) => f.resource.name === "events")!;
        const text = events.text!.replace(",relief-diplomacy,3,", `,relief-diplomacy,${formatCsv([[junk]]).replace(/\r?\n$/, "")},`);
        const { problems } = validateTables(descriptor, files.map((f) => (f === events ? { ...f, text } : f)));
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
