// Every number the mineral-stakes charts draw traces to a row of data/: chart rows and the marks'
// data attributes are compared with the tables loaded on their own, in both drawings (wide and
// narrow), and the rules a reader relies on are checked: one basis per axis, a claim never drawn as
// a bar, a missing figure drawn as missing, one currency per panel, no invented coordinates, and
// CSV files a spreadsheet opens with readable columns.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { BOM, chartCsv } from "../../src/export/csv.ts";
import { MINERAL_CHARTS, MINERAL_PAGES } from "../../src/views/minerals/index.ts";
import { groundGroups } from "../../src/views/minerals/in-the-ground.ts";
import { sideBySideLines } from "../../src/views/minerals/side-by-side.ts";
import { axisKey } from "../../src/views/minerals/usgs.ts";
import { isAssessment, whoShort } from "../../src/views/minerals/markup.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import type { Chart } from "../../src/charts/chart.ts";
import { makeProject, ROOT } from "../support/data-copy.ts";

interface Mark {
  attrs: Record<string, string>;
  /** Element names the mark draws with, and its text. */
  shapes: string[];
  text: string;
}

/** The marks of a drawing, parsed as the XML it must be. */
function marksOf(svg: string): Mark[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return [...doc.querySelectorAll("[data-mark]")].map((el) => ({
    attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    shapes: [...el.querySelectorAll("*")].map((c) => c.localName),
    text: el.textContent ?? "",
  }));
}

const drawings = (chart: Chart) => [chart.drawing.svg, chart.narrow?.svg].filter((d): d is string => d !== undefined);

for (const [name, dir] of [["fixture", join(makeProject(), "data")], ["real", join(ROOT, "data")]] as const) {
  describe(`mineral charts on the ${name} data`, () => {
    const { tables, folder } = loadData(dir);
    const model = buildModel(tables, folder.descriptor, "2026-01-01");
    const charts = Object.fromEntries(MINERAL_CHARTS.map((c) => [c.id, c.build(model)]));
    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const stats = byId(tables.mineral_stats);
    const figures = byId(tables.figures);
    const terms = byId(tables.deal_terms);
    const deposits = byId(model.deposits);

    it("are all registered, so each has an embed, downloads and a share card", () => {
      for (const c of MINERAL_CHARTS) expect(CHARTS.some((r) => r.id === c.id)).toBe(true);
      for (const { slug } of MINERAL_PAGES) expect(charts[`minerals-in-the-ground-${slug}`], slug).toBeDefined();
    });

    it("give every chart a title, takeaway, description, sources and a CSV of exactly its rows", () => {
      for (const chart of Object.values(charts)) {
        expect(chart.title.length).toBeGreaterThan(5);
        expect(chart.takeaway.length).toBeGreaterThan(10);
        expect(chart.description.length).toBeGreaterThan(20);
        for (const s of chart.sources) expect(model.sourceById.has(s), s).toBe(true);
        const csv = chartCsv(chart);
        expect(csv.startsWith(BOM), `${chart.id} CSV starts with a byte-order mark`).toBe(true);
        const records = parseCsv(csv).records.map((r) => r.cells.map((c) => c.value));
        expect(records[0]).toEqual(chart.columns.map((c) => c.key));
        expect(records.slice(1)).toEqual(chart.rows.map((r) => chart.columns.map((c) => (r[c.key] == null ? "" : String(r[c.key])))));
      }
    });

    it("put readable names beside every code in the CSV: countries, minerals, metrics, publishers, URLs", () => {
      for (const chart of Object.values(charts)) {
        const keys = chart.columns.map((c) => c.key);
        if (keys.includes("country")) expect(keys, chart.id).toContain("country_name");
        if (keys.includes("mineral")) expect(keys, chart.id).toContain("mineral_name");
        if (keys.includes("metric")) expect(keys, chart.id).toContain("metric_label");
        expect(keys, chart.id).toContain("source_publishers");
        expect(keys, chart.id).toContain("source_urls");
        for (const row of chart.rows) {
          const ids = String(row.sources ?? "").split(";").filter(Boolean);
          const urls = String(row.source_urls ?? "").split(" ").filter(Boolean);
          expect(urls, `${chart.id} ${row.id}`).toEqual(ids.map((id) => model.sourceById.get(id)!.url));
          for (const url of urls) expect(url).toMatch(/^https?:\/\//);
        }
      }
    });

    it("draw one mark per chart row in each drawing, carrying that row's id and the value drawn", () => {
      for (const chart of Object.values(charts)) {
        const drawnRows = chart.rows.filter((r) => r.id != null && r.placed_at !== "not drawn");
        const wide = new Map(marksOf(chart.drawing.svg).map((m) => [m.attrs["data-row-id"], m]));
        for (const svg of drawings(chart)) {
          const marks = marksOf(svg);
          if (name === "real") expect(marks.length, chart.id).toBeGreaterThan(0);
          expect(marks.map((m) => m.attrs["data-row-id"]).sort(), chart.id).toEqual(drawnRows.map((r) => String(r.id)).sort());
          for (const m of marks) {
            const row = chart.rows.find((r) => r.id === m.attrs["data-row-id"])!;
            const drawn = "share_of_world_pct" in row && chart.id === "minerals-in-the-ground" ? row.share_of_world_pct : row.value;
            if (drawn !== undefined && (drawn !== null || m.attrs["data-value"] !== "")) expect(m.attrs["data-value"], `${chart.id} ${row.id}`).toBe(drawn == null ? "" : String(drawn));
            // The narrow drawing's marks take their tooltip text from the wide twin of the same row.
            const tip = m.attrs["data-display"] !== undefined ? m : wide.get(m.attrs["data-row-id"])!;
            expect(tip, `${chart.id} ${row.id} has tooltip text`).toBeDefined();
            expect(tip.attrs["data-source"]!.length, `${chart.id} ${row.id} has a source`).toBeGreaterThan(0);
            expect(m.attrs["aria-label"]).toContain(tip.attrs["data-display"]!);
          }
          // One tab stop per drawing (its first mark); the arrow keys reach the rest.
          expect(marks.map((m) => m.attrs.tabindex), chart.id).toEqual(marks.map((_, i) => (i === 0 ? "0" : "-1")));
        }
      }
    });

    it("take every mineral figure exactly as data/mineral_stats.csv states it", () => {
      for (const chart of Object.values(charts)) {
        for (const row of chart.rows.filter((r) => String(r.id ?? "").startsWith("ms-"))) {
          const source = stats.get(String(row.id))!;
          expect(source, `${chart.id} ${row.id}`).toBeDefined();
          for (const key of ["value", "unit", "basis", "year", "metric", "qualifier", "edition", "missing_reason", "country", "mineral"] as const) {
            if (key in row && !(chart.id === "minerals-in-the-ground" && key === "missing_reason")) expect(row[key] ?? null, `${chart.id} ${row.id} ${key}`).toEqual(source[key]);
          }
          if (!("world_id" in row)) expect(row.sources).toBe(source.sources.join(";"));
        }
      }
    });

    it("never put two bases or units on one axis", () => {
      for (const { mineral } of MINERAL_PAGES) {
        for (const g of groundGroups(model, mineral)) {
          const keys = new Set(g.slots.flatMap((s) => (s.row ? [axisKey(s.row)] : [])));
          expect(keys.size, `${mineral} ${g.metric} ${g.basis}`).toBeLessThanOrEqual(1);
        }
      }
      for (const line of sideBySideLines(model)) {
        for (const pair of line.cells.flat()) {
          const keys = new Set(Object.values(pair.rows).flatMap((r) => (r ? [axisKey(r)] : [])));
          expect(keys.size, line.mineral).toBeLessThanOrEqual(1);
        }
      }
    });

    it("draw a claim as a hollow diamond with its number, never as a bar; a missing figure as missing", () => {
      for (const chart of Object.values(charts)) {
        for (const svg of drawings(chart)) {
          for (const m of marksOf(svg)) {
            const row = stats.get(m.attrs["data-row-id"]!);
            if (!row) continue;
            if (!isAssessment(row) && chart.id !== "minerals-china-processing") {
              expect(m.shapes, `${chart.id} ${row.id} is a claim`).not.toContain("rect");
              expect(m.shapes).toContain("path");
            }
            if (row.value === null) expect(m.text, `${chart.id} ${row.id}`).toMatch(/no figure|no total/);
          }
        }
      }
    });

    it("take every money figure from data/figures.csv, one currency per panel, each row saying who and when", () => {
      for (const chart of Object.values(charts).filter((c) => c.rows.some((r) => String(r.id ?? "").startsWith("fig-")))) {
        for (const row of chart.rows) {
          const f = figures.get(String(row.id))!;
          expect(f, `${chart.id} ${row.id}`).toBeDefined();
          for (const key of ["value", "value_high", "qualifier", "unit", "scale", "as_of", "kind"] as const) if (key in row) expect(row[key] ?? null).toEqual(f[key]);
        }
        const units = new Map<string, Set<string>>();
        for (const row of chart.rows) units.set(String(row.panel), (units.get(String(row.panel)) ?? new Set()).add(String(row.unit)));
        for (const [panel, set] of units) if (chart.id !== "minerals-occupied-estimates") expect(set.size, `${chart.id}: ${panel}`).toBe(1);
        for (const svg of drawings(chart)) {
          for (const m of marksOf(svg)) {
            const f = figures.get(m.attrs["data-row-id"]!)!;
            // Lines of a wrapped label join without their break; compare without spaces.
            expect(m.text.replace(/\s+/g, ""), `${chart.id} ${f.id}: who`).toContain(whoShort(model, f.claimant, f.sources).replace(/\s+/g, ""));
            expect(m.text, `${chart.id} ${f.id}: when`).toMatch(/(19|20)\d\d/);
            expect(m.text, `${chart.id} ${f.id} is not cut short`).not.toContain("…");
            if (f.claimant === "act-kiel-institute" && f.period_end && (f.kind === "tracked" || f.kind === "committed")) expect(m.text.replace(/\s+/g, "")).toContain("releasewithdatato");
          }
        }
      }
    });

    it("show every deal term with its own text and sources, in one of the two term charts", () => {
      const shown = [...charts["minerals-deal-terms"]!.rows, ...charts["minerals-deal-drafts"]!.rows];
      expect(shown.map((r) => r.id).sort()).toEqual(tables.deal_terms.map((t) => t.id).sort());
      for (const row of shown) {
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
      for (const svg of drawings(chart)) {
        for (const m of marksOf(svg)) {
          expect(m.attrs["data-deposit-id"]).toBe(m.attrs["data-row-id"]);
          expect(m.attrs["data-control"]).toBe(deposits.get(m.attrs["data-deposit-id"]!)!.control);
          // The browser re-reads the state at a date from this: the whole history, oldest first.
          expect(m.attrs["data-control-history"]!.split(" ").at(-1)).toMatch(new RegExp(`:${deposits.get(m.attrs["data-deposit-id"]!)!.control}$`));
          expect(m.attrs["data-precision"]).toBe(deposits.get(m.attrs["data-deposit-id"]!)!.location_precision);
        }
      }
    });
  });
}

describe("the real data's map", () => {
  const { tables, folder } = loadData(join(ROOT, "data"));
  const model = buildModel(tables, folder.descriptor, "2026-01-01");
  const chart = MINERAL_CHARTS.find((c) => c.id === "minerals-deposits-map")!.build(model);

  it("gives every settlement-precision deposit exactly one cited settlement in its own oblast", () => {
    for (const d of tables.deposits.filter((x) => x.location_precision === "settlement")) {
      const found = tables.places.filter((p) => p.deposits.includes(d.id));
      expect(found, d.id).toHaveLength(1);
      expect(found[0]!.region).toBe(d.region);
    }
  });

  it("draws Ukraine with Crimea", async () => {
    const { ukraineOutline } = await import("../../src/views/minerals/deposits-map.ts");
    const { geoContains } = await import("d3");
    expect(geoContains(ukraineOutline(), [34.1, 45.0])).toBe(true); // Simferopol area
    expect(geoContains(ukraineOutline(), [30.5, 50.45])).toBe(true); // Kyiv
  });

  it("cuts the neighbouring countries' outlines at the map's edge, clear of the key and the list", () => {
    for (const svg of drawings(chart)) {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const paths = [...doc.querySelectorAll("path[aria-hidden]")].filter((p) => !p.closest("[data-mark]"));
      expect(paths.length).toBeGreaterThanOrEqual(2);
      // The outlines' own box: the first point of the land outline and the neighbours' extent.
      const points = paths.flatMap((p) => [...(p.getAttribute("d") ?? "").matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const));
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
      const key = doc.querySelector("svg > g[aria-hidden]")!;
      const keyBottom = Math.max(...[...key.querySelectorAll("text")].map((t) => Number(t.getAttribute("y") ?? 0)));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(width);
      expect(Math.min(...ys), "outlines stay below the key").toBeGreaterThan(keyBottom);
      // The wide drawing's list sits right of the map: no outline reaches it.
      const listX = Math.min(...[...doc.querySelectorAll("a text, text")].filter((t) => /Oblast$/.test(t.textContent ?? "")).map((t) => Number(t.getAttribute("x"))));
      if (listX > 0) expect(Math.max(...xs)).toBeLessThan(listX);
    }
  });
});

describe("small shares of the world", () => {
  it("read as under 1%, never 0%, when the country has a non-zero figure (Ukraine's 800 t of graphite)", () => {
    const { tables, folder } = loadData(join(ROOT, "data"));
    const model = buildModel(tables, folder.descriptor, "2026-01-01");
    const chart = MINERAL_CHARTS.find((c) => c.id === "minerals-in-the-ground-graphite")!.build(model);
    expect(chart.takeaway).toContain("Ukraine has <1% of the world's mine production");
    const ua = chart.rows.find((r) => r.country === "UA" && r.metric === "mine-production" && typeof r.share_of_world_pct === "number");
    expect(ua?.share_of_world_pct).toBeGreaterThan(0);
  });
});

describe("editorial groupings read from the data, not from the words of a label", () => {
  const { tables, folder } = loadData(join(makeProject(undefined, join(ROOT, "tests/fixtures/charts")), "data"));
  const build = (id: string, edit: (t: typeof tables) => void) => {
    const copy = structuredClone(tables);
    edit(copy);
    return MINERAL_CHARTS.find((c) => c.id === id)!.build(buildModel(copy, folder.descriptor, "2026-01-01"));
  };

  it("labels a deposit on the map by its short_name, else its full name", () => {
    const depositId = tables.deposits.find((d) => d.lat !== null)!.id;
    const renamed = build("minerals-deposits-map", (t) => {
      for (const d of t.deposits) if (d.id === depositId) d.short_name = "Zed Hill";
    });
    const unnamed = build("minerals-deposits-map", (t) => {
      for (const d of t.deposits) if (d.id === depositId) d.short_name = null;
    });
    const fullName = tables.deposits.find((d) => d.id === depositId)!.name;
    expect(renamed.drawing.svg).toContain(">Zed Hill<");
    expect(unnamed.drawing.svg).toContain(`>${fullName}<`);
  });

  it("keeps a figure marked as a difference between totals off the aid chart's axis", () => {
    const figureId = tables.figures.find((f) => f.topic === "us-aid" && f.unit === "USD")!.id;
    const drawn = (chart: Chart) => chart.rows.map((r) => r.id);
    expect(drawn(build("minerals-money", () => {}))).toContain(figureId);
    expect(drawn(build("minerals-money", (t) => {
      for (const f of t.figures) if (f.id === figureId) f.part = "difference";
    }))).not.toContain(figureId);
  });
});
