import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { eventsByYear } from "../../src/views/timeline/events-by-year.ts";
import { chartCsv } from "../../src/export/csv.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { makeProject } from "../support/data-copy.ts";
import { parseHTML } from "linkedom";
import { TRACKS } from "../../src/charts/palette.ts";

// The fixture's events all fall in 2025 on two tracks; these invented ones add other years (2023
// left empty) and tracks, so an event counted in the wrong year or track shows.
const { tables, folder } = loadData(join(makeProject(), "data"));
const invented = [
  ["evt-fixture-2022-a", "2022-03-01", "sanctions"],
  ["evt-fixture-2022-b", "2022-11", "war"],
  ["evt-fixture-2022-c", "2022-12-31", "sanctions"],
  ["evt-fixture-2024", "2024", "energy"],
] as const;
for (const [id, date, track] of invented) tables.events.push({ ...tables.events[0]!, id, date, end: null, track, headline: `Invented event ${id}` });

describe("events-by-year on the fixture", () => {
  const model = buildModel(tables, folder.descriptor, "2026-01-01");
  const chart = eventsByYear(model);

  it("counts every event exactly once", () => {
    expect(chart.rows.reduce((n, r) => n + Number(r.events), 0)).toBe(tables.events.length);
    for (const row of chart.rows) {
      const expected = tables.events.filter((e) => e.date.startsWith(String(row.year)) && e.track === row.track).length;
      expect(row.events).toBe(expected);
    }
    // One bar for each year and track that has events, in order of year.
    expect(chart.rows.map((r) => `${r.year} ${r.track} ${r.events}`)).toEqual(["2022 sanctions 2", "2022 war 1", "2024 energy 1", "2025 minerals-deal 2", "2025 relief-diplomacy 3"]);
  });

  it("draws one bar per row, each with a tooltip, and a key of the tracks it shows", () => {
    const { document } = parseHTML(`<!doctype html><html><body>${chart.drawing.svg}</body></html>`);
    const bars = [...document.querySelectorAll("rect")].filter((r) => !r.closest("[data-key]"));
    expect(bars).toHaveLength(chart.rows.length);
    expect(chart.drawing.svg.match(/<title>/g)?.length).toBe(chart.rows.length);
    const tracks = TRACKS.filter((t) => chart.rows.some((r) => r.track === t.id));
    expect(tracks).toHaveLength(5);
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
