// The home page's key figures come from rows chosen by id in src/views/home/home.ts; what a card shows
// must be exactly what those rows say.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { missingKeyFigures, resolveKeyFigures } from "../../src/data/key-figures.ts";
import { KEY_FIGURES } from "../../src/views/home/home.ts";
import { ROOT } from "../support/data-copy.ts";
import { expectShowsQuantity } from "../support/read-quantity.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

describe("key figures on the real data", () => {
  const figures = resolveKeyFigures(model, KEY_FIGURES);

  it("are three to five, each a different row with at least one source", () => {
    expect(figures.length).toBeGreaterThanOrEqual(3);
    expect(figures.length).toBeLessThanOrEqual(5);
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    for (const f of figures) expect(f.sources.length, f.id).toBeGreaterThan(0);
  });

  it("show each row's own value, date and sources", () => {
    for (const f of figures) {
      const row = f.table === "figures" ? tables.figures.find((r) => r.id === f.id)! : tables.mineral_stats.find((r) => r.id === f.id)!;
      // Read back as a reader would: the card's number is the row's, with its unit and scale.
      expectShowsQuantity(f.value, row);
      expect(f.asOf).toBe("as_of" in row ? row.as_of : row.year);
      expect(f.sources.map((s) => s.id)).toEqual(row.sources);
      expect(f.claimant?.id ?? null).toBe(row.claimant);
    }
  });

  it("carry every dispute recorded about their row", () => {
    for (const f of figures) {
      const expected = tables.disputes.filter((d) => d.subject_table === f.table && d.subject_id === f.id).map((d) => d.id);
      expect(f.disputes.map((d) => d.dispute.id)).toEqual(expected);
    }
  });
});

describe("a key figure id that is not in the data", () => {
  it("never happens in the project's data: every configured id has a row with a value", () => {
    expect(missingKeyFigures(model, KEY_FIGURES)).toEqual([]);
  });

  it("is left out of a build from other tables, with the rest still shown", () => {
    const refs = [...KEY_FIGURES, { table: "figures" as const, id: "fig-no-such-row" }];
    expect(missingKeyFigures(model, refs)).toEqual(["fig-no-such-row"]);
    expect(resolveKeyFigures(model, refs).map((f) => f.id)).toEqual(KEY_FIGURES.map((r) => r.id));
  });

  it("includes a mineral figure with no value, which has nothing to show", () => {
    const empty = tables.mineral_stats.find((s) => s.value === null)!;
    expect(missingKeyFigures(model, [{ table: "mineral_stats", id: empty.id }])).toEqual([empty.id]);
  });
});
