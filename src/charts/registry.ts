// Every chart on the site, by id: pages, /embed/<id>/ and /charts/<id>.csv all come from this list,
// so a chart is embeddable and downloadable the moment it is registered.

import type { Model } from "../data/model.ts";
import type { Chart } from "./chart.ts";
import { eventsByYear } from "./events-by-year.ts";
import { timelineChart } from "./timeline.ts";
import { MINERAL_CHARTS } from "./minerals/index.ts";
import { actorNetwork } from "./actor-network.ts";

export const CHARTS: readonly { id: string; build: (model: Model) => Chart }[] = [
  { id: "events-by-year", build: (model) => eventsByYear(model) },
  { id: "timeline", build: (model) => timelineChart(model) },
  { id: "actor-network", build: (model) => actorNetwork(model) },
  ...MINERAL_CHARTS,
];

const cache = new WeakMap<Model, Map<string, Chart>>();

/** Build (once per model) and return a chart by id. */
export function getChart(model: Model, id: string): Chart {
  let built = cache.get(model);
  if (!built) cache.set(model, (built = new Map()));
  const hit = built.get(id);
  if (hit) return hit;
  const entry = CHARTS.find((c) => c.id === id);
  if (!entry) throw new Error(`unknown chart ${id}`);
  const chart = entry.build(model);
  built.set(id, chart);
  return chart;
}
