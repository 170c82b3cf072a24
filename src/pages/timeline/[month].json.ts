// One month's events for the dense timeline's island, fetched when the reader zooms in far enough
// to see events one by one (src/views/timeline/timeline-periods.ts). Only written when the
// timeline draws counts per month; with today's data there are no such files.
import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import type { Model } from "../../data/model.ts";
import { drawsDensity } from "../../views/timeline/timeline-density.ts";
import { timelineMonths } from "../../views/timeline/timeline.ts";
import type { LoadedMonth as MonthData } from "../../views/timeline/timeline-periods.ts";

// Every month's file comes from one pass over the events, made once per build.
const cache = new WeakMap<Model, Map<string, MonthData>>();
const months = (model: Model) => {
  if (!cache.has(model)) cache.set(model, timelineMonths(model));
  return cache.get(model)!;
};

export function getStaticPaths() {
  const model = getModel();
  if (!drawsDensity(model.events)) return [];
  return [...months(model).keys()].map((month) => ({ params: { month } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(months(getModel()).get(params.month!)), { headers: { "Content-Type": "application/json" } });
