// The graphic beside one story step, drawn at build time from the record as it stood on the step's
// day (modelAsOf): a window of the timeline, an actor's neighbourhood in the network, or one of the
// site's charts with the step's marks highlighted. The story page prints these as they are; with
// JavaScript it only shows one at a time in a sticky frame.

import { modelAsOf } from "../../data/as-of-model.ts";
import { formatPartialDate } from "../../data/dates.ts";
import type { Model } from "../../data/model.ts";
import type { StoryStepRow } from "../../data/tables.generated.ts";
import { actorNeighbourhood } from "../network/actor-neighbourhood.ts";
import { getChart } from "../../charts/registry.ts";
import { mapSvg, type Chart, type Drawing } from "../../charts/chart.ts";
import { storyTimelineSvg } from "./story-timeline.ts";

export interface StoryFigure {
  /** The drawing, with the chart's own key where it has one. */
  drawing: Drawing;
  /** A drawing for narrow screens, where the wide one's text would shrink below reading size. */
  narrow?: Drawing;
  /** Or, for a chart drawn once with a larger key for narrow screens (Chart.narrowKey), that key. */
  narrowKey?: Chart["narrowKey"];
  /** What the figure shows, for its caption. */
  caption: string;
  /** The same in sentences, for screen readers. */
  description: string;
  /** Where to see the full view at the step's date (a site path, without the base). */
  view: { path: string; label: string };
}

/** Ids inside a figure are made the step's own, so several figures can share one page. */
export function scopeIds(markup: string, scope: string): string {
  const ids = new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  if (ids.size === 0) return markup;
  return markup
    .replace(/(\sid=")([^"]+)"/g, (_, pre: string, id: string) => `${pre}${scope}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => (ids.has(id) ? `url(#${scope}-${id})` : all))
    .replace(/(\shref="#)([^"]+)"/g, (all, pre: string, id: string) => (ids.has(id) ? `${pre}${scope}-${id}"` : all))
    .replace(/(\saria-(?:labelledby|describedby)=")([^"]+)"/g, (_, pre: string, refs: string) =>
      `${pre}${refs.split(" ").map((r) => (ids.has(r) ? `${scope}-${r}` : r)).join(" ")}"`);
}

/** Mark the marks whose row the step names, so the stylesheet can ring them. */
export function highlightMarks(markup: string, ids: readonly string[]): string {
  if (ids.length === 0) return markup;
  const wanted = new Set(ids);
  return markup.replace(/\sdata-(row|event|actor|deposit|relation)-id="([^"]+)"/g, (all, _kind: string, id: string) => (wanted.has(id) ? `${all} data-story-highlight` : all));
}

export function storyFigure(model: Model, step: StoryStepRow): StoryFigure {
  const when = formatPartialDate(step.date);
  const dated = (path: string) => `${path}${path.includes("?") ? "&" : "?"}date=${step.date}`;
  if (step.view === "timeline" && step.window_start && step.window_end) {
    const options = { from: step.window_start, to: step.window_end, date: step.date, cited: step.events };
    const { drawing, description } = storyTimelineSvg(model, options);
    return {
      drawing,
      narrow: storyTimelineSvg(model, { ...options, width: 340 }).drawing,
      caption: `The timeline from ${formatPartialDate(step.window_start)} to ${formatPartialDate(step.window_end)}; the events this step cites are larger and named, and the line marks ${when}.`,
      description,
      view: { path: dated(`/timeline/?from=${step.window_start}&to=${step.window_end}`), label: "Open the timeline at this moment" },
    };
  }
  const then = modelAsOf(model, step.date);
  if (step.view === "network" && step.focus) {
    const hood = actorNeighbourhood(then, step.focus);
    const name = model.actorById.get(step.focus)?.name ?? step.focus;
    if (hood) {
      return {
        drawing: mapSvg(hood.drawing, (svg) => highlightMarks(scopeIds(svg, step.id), [step.focus!])),
        caption: `${name} and the actors linked to them by relations in force on ${when}.`,
        description: `${name}'s relations on ${when}: ${hood.neighbours.map((a) => a.name).join(", ")}.`,
        view: { path: dated(`/network/?actor=${step.focus}`), label: "Open the network at this moment" },
      };
    }
  }
  if (step.view === "chart" && step.chart) {
    const chart = getChart(then, step.chart);
    return {
      drawing: mapSvg(chart.drawing, (svg) => highlightMarks(scopeIds(svg, step.id), step.highlight)),
      narrow: mapSvg(chart.narrow, (svg) => highlightMarks(scopeIds(svg, `${step.id}-narrow`), step.highlight)),
      narrowKey: chart.narrowKey,
      caption: `${chart.title}, as the record stood on ${when}.`,
      description: chart.description,
      view: { path: dated(chart.page), label: "Open the chart's page at this moment" },
    };
  }
  throw new Error(
    `data/story_steps.csv: step ${step.id} has view ${step.view} without what it needs ` +
      "(timeline: window_start and window_end; network: a focus actor with relations on the date; chart: a chart id)",
  );
}
