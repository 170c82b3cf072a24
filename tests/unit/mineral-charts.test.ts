// Every number the mineral-stakes charts draw traces to a row of data/: chart rows and the marks'
// data attributes are compared with the tables loaded on their own, and the rules a reader relies on
// (one unit and basis per axis, one currency per panel, no invented coordinates) are checked.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { chartCsv } from "../../src/charts/csv.ts";
import { MINERAL_CHARTS } from "../../src/charts/minerals/index.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { makeProject, ROOT } from "../support/data-copy.ts";

/** The marks in a chart's markup: their attributes, in document order. */
function marks(markup: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of markup.matchAll(/<[a-z]+ ([^>]*\bdata-mark\b[^>]*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    out.push(attrs);
  }
  return out;
}

/** Chart markup split into its SVGs, each with its marks. */
const svgs = (markup: string) => [...markup.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => marks(m[0]));

for (const [name, dir] of [["fixture", join(makeProject(), "data")], ["real", join(ROOT, "data")]] as const) {
  describe(`mineral charts on the ${name} data`, () => {
    const { tables, folder } = loadData(dir);
    const model = buildModel(tables, folder.descriptor, "2026-01-01");
    const charts = Object.fromEntries(MINERAL_CHARTS.map((c) => [c.id, c.build(model)]));
    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const stats = byId(tables.mineral_stats);
    const figures = byId(tables.figures);
    const terms = byId(tables.deal_terms);
    const deposits = byId(tables.deposits);

    it("are all registered, so each has an embed and a CSV", () => {
      for (const c of MINERAL_CHARTS) expect(CHARTS.some((r) => r.id === c.id)).toBe(true);
    });

    it("give every chart a title, takeaway, description, sources and a CSV of exactly its rows", () => {
      for (const chart of Object.values(charts)) {
        expect(chart.title.length).toBeGreaterThan(5);
        expect(chart.takeaway.length).toBeGreaterThan(10);
        expect(chart.description.length).toBeGreaterThan(20);
        for (const s of chart.sources) expect(model.sourceById.has(s), s).toBe(true);
        const records = parseCsv(chartCsv(chart)).records.map((r) => r.cells.map((c) => c.value));
        expect(records[0]).toEqual(chart.columns.map((c) => c.key));
        expect(records.slice(1)).toEqual(chart.rows.map((r) => chart.columns.map((c) => (r[c.key] == null ? "" : String(r[c.key])))));
      }
    });

    it("draw one mark per chart row, carrying that row's id and exact value", () => {
      for (const chart of Object.values(charts)) {
        const drawn = marks(chart.svg);
        const rowIds = chart.rows.filter((r) => r.placed_at !== "not drawn").map((r) => String(r.id));
        if (name === "real") expect(drawn.length, chart.id).toBeGreaterThan(0);
        expect(drawn.map((m) => m["data-row-id"]).sort(), chart.id).toEqual(rowIds.sort());
        for (const m of drawn) {
          const row = chart.rows.find((r) => r.id === m["data-row-id"])!;
          if ("value" in row) expect(m["data-value"], `${chart.id} ${row.id}`).toBe(row.value == null ? "" : String(row.value));
          expect(m["data-source"]!.length, `${chart.id} ${row.id} has a source`).toBeGreaterThan(0);
          expect(m.tabindex).toBe("0");
          expect(m["aria-label"]).toContain(m["data-display"]!);
        }
      }
    });

    it("take every mineral figure exactly as data/mineral_stats.csv states it", () => {
      for (const id of ["minerals-in-the-ground", "minerals-claims-vs-assessments", "minerals-china-processing"]) {
        for (const row of charts[id]!.rows) {
          const source = stats.get(String(row.id));
          expect(source, `${id} ${row.id}`).toBeDefined();
          for (const key of ["value", "unit", "basis", "year", "metric", "qualifier", "edition", "missing_reason"] as const) {
            if (key in row) expect(row[key] ?? null, `${id} ${row.id} ${key}`).toEqual(source![key]);
          }
          expect(row.sources).toBe(source!.sources.join(";"));
        }
      }
    });

    it("never put two units, bases or metrics on one axis in the in-the-ground panels", () => {
      for (const svg of svgs(charts["minerals-in-the-ground"]!.svg)) {
        const keys = new Set(svg.map((m) => { const r = stats.get(m["data-row-id"]!)!; return `${r.mineral}|${r.metric}|${r.unit}|${r.basis}`; }));
        expect(keys.size).toBeLessThanOrEqual(1);
      }
      // A missing figure is drawn as missing, never as zero.
      for (const m of marks(charts["minerals-in-the-ground"]!.svg)) {
        const r = stats.get(m["data-row-id"]!)!;
        if (r.value === null) expect(m["data-display"]).toBe("no figure");
      }
    });

    it("keep claims and assessments on separate scales unless unit and basis match", () => {
      for (const svg of svgs(charts["minerals-claims-vs-assessments"]!.svg)) {
        const keys = new Set(svg.map((m) => { const r = stats.get(m["data-row-id"]!)!; return `${r.claimant}|${r.unit}|${r.basis}`; }));
        expect(keys.size).toBeLessThanOrEqual(1);
      }
    });

    it("take every money figure from data/figures.csv and keep one currency per panel", () => {
      for (const id of ["minerals-money", "minerals-occupied-estimates"]) {
        for (const row of charts[id]!.rows) {
          const f = figures.get(String(row.id))!;
          expect(f, `${id} ${row.id}`).toBeDefined();
          for (const key of ["value", "value_high", "qualifier", "unit", "scale", "as_of", "kind"] as const) if (key in row) expect(row[key] ?? null).toEqual(f[key]);
        }
      }
      for (const svg of svgs(charts["minerals-money"]!.svg)) expect(new Set(svg.map((m) => figures.get(m["data-row-id"]!)!.unit)).size).toBeLessThanOrEqual(1);
    });

    it("show every deal term with its own text and sources", () => {
      const chart = charts["minerals-deal-terms"]!;
      expect(chart.rows).toHaveLength(tables.deal_terms.length);
      for (const row of chart.rows) {
        const t = terms.get(String(row.id))!;
        expect(row.text).toBe(t.text);
        expect(row.sources).toBe(t.sources.join(";"));
      }
    });

    it("place deposits only at their own coordinates or at a cited place, never elsewhere", () => {
      const chart = charts["minerals-deposits-map"]!;
      const places = byId(tables.places);
      expect(chart.rows).toHaveLength(tables.deposits.filter((d) => d.country === "UA").length);
      for (const row of chart.rows) {
        const d = deposits.get(String(row.id))!;
        if (row.placed_at === "deposit's own coordinates") {
          expect(d.location_precision).toBe("point");
          expect([row.lat, row.lon]).toEqual([d.lat, d.lon]);
        } else if (row.placed_at === "not drawn") {
          expect([row.lat, row.lon]).toEqual([null, null]);
        } else {
          const p = places.get(String(row.placed_at))!;
          expect(p, String(row.placed_at)).toBeDefined();
          expect([row.lat, row.lon]).toEqual([p.lat, p.lon]);
          if (d.location_precision === "settlement") expect(p.kind === "settlement" && p.deposits.includes(d.id)).toBe(true);
          else expect(p.kind === "oblast" && p.region === d.region).toBe(true);
        }
      }
      for (const m of marks(chart.svg)) {
        expect(m["data-deposit-id"]).toBe(m["data-row-id"]);
        expect(m["data-control"]).toBe(deposits.get(m["data-deposit-id"]!)!.control);
        expect(m["data-precision"]).toBe(deposits.get(m["data-deposit-id"]!)!.location_precision);
      }
    });
  });
}

describe("the real data's map", () => {
  const { tables, folder } = loadData(join(ROOT, "data"));
  const model = buildModel(tables, folder.descriptor, "2026-01-01");
  it("gives every settlement-precision deposit exactly one cited settlement in its own oblast", () => {
    for (const d of tables.deposits.filter((x) => x.location_precision === "settlement")) {
      const found = tables.places.filter((p) => p.deposits.includes(d.id));
      expect(found, d.id).toHaveLength(1);
      expect(found[0]!.region).toBe(d.region);
    }
  });
  it("draws Ukraine with Crimea", async () => {
    const { ukraineOutline } = await import("../../src/charts/minerals/deposits-map.ts");
    const { geoContains } = await import("d3");
    expect(geoContains(ukraineOutline(), [34.1, 45.0])).toBe(true); // Simferopol area
    expect(geoContains(ukraineOutline(), [30.5, 50.45])).toBe(true); // Kyiv
    expect(model.tables.places.length).toBeGreaterThan(0);
  });
});
