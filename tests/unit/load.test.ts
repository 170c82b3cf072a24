import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { DataValidationError, loadData } from "../../src/data/load.ts";
import { FIXTURES, makeProject } from "../support/data-copy.ts";

describe("loadData", () => {
  it("types every cell as the descriptor declares", () => {
    const { tables } = loadData(join(makeProject(), "data"));
    const event = tables.events.find((e) => e.id === "evt-2025-02-12-trump-putin-call")!;
    expect(event.importance).toBe(3);
    expect(event.end).toBeNull();
    expect(event.sources).toEqual(["src-moscow-times-2025-02-12-trump-putin-call", "src-caliber-az-2025-03-sanctions-rollback"]);
    const relation = tables.relations.find((r) => r.id === "rel-rubio-lavrov-call-2025-02-15")!;
    expect(relation.directed).toBe(true);
    const stat = tables.mineral_stats.find((s) => s.id === "ms-ru-rare-earths-reserves-usgs-mcs2025")!;
    expect(stat.value).toBe(3_800_000);
    const missing = tables.mineral_stats.find((s) => s.value === null)!;
    expect(missing.missing_reason).toMatch(/No Ukraine figure/);
  });

  it("keeps every row of every table: each id in a file is loaded once, and nothing else", () => {
    const dir = join(makeProject(), "data");
    const { tables } = loadData(dir);
    // Ids start their record's line (a quoted cell may run over several lines; an id never does).
    const idsIn = (name: string) => [...readFileSync(join(dir, `${name}.csv`), "utf8").matchAll(/^([a-z]+-[a-z0-9-]+),/gm)].map((m) => m[1]!).sort();
    let checked = 0;
    for (const [name, rows] of Object.entries(tables)) {
      if (rows.length === 0 || !("id" in rows[0]!)) continue;
      expect((rows as { id: string }[]).map((r) => r.id).sort(), name).toEqual(idsIn(name));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("throws with every problem instead of returning a partial table", () => {
    const dir = join(makeProject(undefined, join(FIXTURES, "invalid/non-http-url")), "data");
    expect(() => loadData(dir)).toThrow(DataValidationError);
    try {
      loadData(dir);
    } catch (error) {
      expect((error as DataValidationError).problems).toHaveLength(2);
      expect((error as Error).message).toContain(":13:110: \"javascript:alert(1)\" in column url is not an http or https URL");
    }
  });

  it("reads a folder again once a byte of it changes, rather than keep an earlier read of it", () => {
    // A build validates the folder once and then only compares a digest of its bytes (validate-once.ts).
    const dir = join(makeProject(), "data");
    const event = (id: string) => loadData(dir).tables.events.find((e) => e.id === id)!;
    expect(event("evt-2025-02-12-trump-putin-call").importance).toBe(3);
    const file = join(dir, "events.csv");
    const text = readFileSync(file, "utf8");
    const line = text.split("\n").find((l) => l.startsWith("evt-2025-02-12-trump-putin-call,"))!;
    writeFileSync(file, text.replace(line, line.replace(/,3,/, ",2,")));
    expect(event("evt-2025-02-12-trump-putin-call").importance).toBe(2);
    // A file the descriptor does not declare is an error again, not hidden behind the earlier read.
    writeFileSync(join(dir, "stray.csv"), "id\nx\n");
    expect(() => loadData(dir)).toThrow(/stray\.csv:1:1: file is not declared in datapackage\.json/);
  });

  it("reads a file saved with a BOM and CRLF the same as a plain one", () => {
    const dir = join(makeProject(), "data");
    const plain = loadData(dir).tables.events;
    const file = join(dir, "events.csv");
    writeFileSync(file, "\uFEFF" + readFileSync(file, "utf8").replaceAll("\n", "\r\n"));
    expect(loadData(dir).tables.events).toEqual(plain);
  });
});
