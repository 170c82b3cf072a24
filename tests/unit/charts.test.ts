import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { eventsByYear } from "../../src/views/timeline/events-by-year.ts";
import { chartCsv } from "../../src/export/csv.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { makeProject, ROOT } from "../support/data-copy.ts";
import { parseHTML } from "linkedom";
import { TRACKS } from "../../src/charts/palette.ts";

for (const [name, dir] of [["fixture", join(makeProject(), "data")], ["real", join(ROOT, "data")]] as const) {
  describe(`events-by-year on the ${name} data`, () => {
    const { tables, folder } = loadData(dir);
    const model = buildModel(tables, folder.descriptor, "2026-01-01");
    const chart = eventsByYear(model);

    it("counts every event exactly once", () => {
      expect(chart.rows.reduce((n, r) => n + Number(r.events), 0)).toBe(tables.events.length);
      for (const row of chart.rows) {
        const expected = tables.events.filter((e) => e.date.startsWith(String(row.year)) && e.track === row.track).length;
        expect(row.events).toBe(expected);
      }
    });

    it("draws one bar per row, each with a tooltip, and a key of the tracks it shows", () => {
      const { document } = parseHTML(`<!doctype html><html><body>${chart.drawing.svg}</body></html>`);
      const bars = [...document.querySelectorAll("rect")].filter((r) => !r.closest("[data-key]"));
      expect(bars).toHaveLength(chart.rows.length);
      expect(chart.drawing.svg.match(/<title>/g)?.length).toBe(chart.rows.length);
      const tracks = TRACKS.filter((t) => chart.rows.some((r) => r.track === t.id));
      const key = [...document.querySelectorAll("[data-key] [data-key-item]")].map((item) => [item.querySelector("text")!.textContent, item.querySelector("rect")!.getAttribute("fill")]);
      expect(key).toEqual(tracks.map((t) => [t.label, t.color]));
      expect(chart.drawing.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(chart.drawing.svg).not.toContain("<style");
    });

    it("downloads as a CSV of exactly its rows", () => {
      const records = parseCsv(chartCsv(chart)).records.map((r) => r.cells.map((c) => c.value));
      expect(records[0]).toEqual(["year", "track", "events"]);
      expect(records.slice(1)).toEqual(chart.rows.map((r) => [String(r.year), String(r.track), String(r.events)]));
    });
  });
}
