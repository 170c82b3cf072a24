// Synthetic benchmark data must be data the site accepts: every table, valid, with ids unique and
// every reference resolving, and a network that is one web rather than copies side by side.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { writeSyntheticData } from "../../scripts/synthetic-data.ts";
import { makeProject } from "../support/data-copy.ts";

describe("synthetic data", () => {
  // Made from the fixture tables, as the benchmark makes it from the real ones.
  const from = join(makeProject(), "data");
  const real = loadData(from);
  const out = mkdtempSync(join(tmpdir(), "smt-synthetic-"));
  const counts = writeSyntheticData(out, 3, { from });

  it("writes every table and the descriptor, about factor times the rows it is made from", () => {
    expect(readdirSync(out).sort()).toEqual(readdirSync(from).sort());
    // The change log is copied once: its rows have no id to tell copies apart. So is the story, an
    // editor's account that does not grow with the record, and the published ids name its steps once
    // (the fixture's list names them, as the real one does).
    const storyIds = real.tables.published_ids.filter((p) => p.table === "story_steps").length;
    expect(storyIds).toBeGreaterThan(0);
    for (const [name, rows] of Object.entries(real.tables)) {
      const n = (rows as unknown[]).length;
      const expected = name === "changes" || name === "story_steps" ? n : name === "published_ids" ? 3 * n - 2 * storyIds : 3 * n;
      expect(counts[name], name).toBe(expected);
    }
  });

  it("passes the validator: ids unique, foreign keys and row references resolve, sources cited", () => {
    // loadData throws with every problem listed when anything is invalid.
    const synthetic = loadData(out);
    expect(synthetic.tables.relations).toHaveLength(3 * real.tables.relations.length);
    for (const r of synthetic.tables.relations) expect(r.sources.length).toBeGreaterThan(0);
  });

  it("links the copies into one network", () => {
    const { tables } = loadData(out);
    const copyOf = (id: string) => /-x(\d+)$/.exec(id)?.[1] ?? "1";
    const across = tables.relations.filter((r) => copyOf(r.from) !== copyOf(r.to));
    expect(across.length).toBeGreaterThan(tables.relations.length * 0.05);
  });

  it("is the same on every run", () => {
    const again = mkdtempSync(join(tmpdir(), "smt-synthetic-"));
    writeSyntheticData(again, 3, { from });
    expect(loadData(again).tables).toEqual(loadData(out).tables);
  });
});
