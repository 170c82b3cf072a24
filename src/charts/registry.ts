// Every chart on the site, by id: pages, /embed/<id>/ and /charts/<id>.csv all come from this list,
// so a chart is embeddable and downloadable the moment it is registered.

import type { Model } from "../data/model.ts";
import type { Chart } from "./chart.ts";
import { eventsByYear } from "../views/timeline/events-by-year.ts";
import { timelineChart } from "../views/timeline/timeline.ts";
import { MINERAL_CHARTS } from "../views/minerals/index.ts";
import { actorNetwork } from "../views/network/actor-network.ts";

/**
 * The script a chart runs: the timeline redraws, zooms and pans its drawing; "marks" gives a drawing
 * whose marks are links visible keyboard focus and 24-px touch targets; "tooltips" (the mineral
 * charts) adds a tooltip with each mark's figure, on the chart's page and in its embed.
 */
export type Island = "timeline" | "marks" | "tooltips";

export interface ChartEntry {
  id: string;
  build: (model: Model) => Chart;
  island: Island;
}

export const CHARTS: readonly ChartEntry[] = [
  { id: "events-by-year", build: (model) => eventsByYear(model), island: "marks" },
  { id: "timeline", build: (model) => timelineChart(model), island: "timeline" },
  { id: "actor-network", build: (model) => actorNetwork(model), island: "marks" },
  ...MINERAL_CHARTS.map((c): ChartEntry => ({ ...c, island: "tooltips" })),
];

/** A registered chart's entry, by id. */
export function chartEntry(id: string): ChartEntry {
  const entry = CHARTS.find((c) => c.id === id);
  if (!entry) throw new Error(`unknown chart ${id}`);
  return entry;
}

const cache = new WeakMap<Model, Map<string, Chart>>();

/** Build (once per model) and return a chart by id. */
export function getChart(model: Model, id: string): Chart {
  let built = cache.get(model);
  if (!built) cache.set(model, (built = new Map()));
  const hit = built.get(id);
  if (hit) return hit;
  const chart = chartEntry(id).build(model);
  built.set(id, chart);
  return chart;
}
