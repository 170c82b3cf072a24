// Small static previews of registered charts, for the home page's entry cards. A preview is the
// chart's own SVG made inert: it keeps its drawing but loses its ids (which would clash with the
// full chart elsewhere), links, focus stops and accessible name, because the card's text carries
// the meaning and the chart itself is one click away.

import type { Model } from "../../data/model.ts";
import type { Chart } from "../../charts/chart.ts";
import { CHARTS, getChart } from "../../charts/registry.ts";

export interface PreviewChoice {
  /** Preferred chart ids, first registered one wins. */
  preferred: readonly string[];
  /** The view's page ("/timeline/"); any chart registered for it will do when none is preferred. */
  page: string;
}

export function choosePreviewChart(
  model: Model,
  { preferred, page }: PreviewChoice,
  registry: readonly { id: string; build: (model: Model) => Chart }[] = CHARTS,
  build: (model: Model, id: string) => Chart = getChart,
): Chart | null {
  const known = new Set(registry.map((c) => c.id));
  const first = preferred.find((id) => known.has(id));
  if (first) return build(model, first);
  for (const entry of registry) {
    const chart = build(model, entry.id);
    if (chart.page === page) return chart;
  }
  return null;
}

/**
 * The chart's SVG with ids prefixed, links unwrapped, and focus stops, ARIA names and row ids
 * removed (the row ids belong to the full chart, where marks lead to their rows).
 */
export function previewSvg(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  let out = svg;
  // A key in a band of its own below the drawing cannot be read at card size (the card's text says
  // what the view shows): the band goes, and the viewBox ends where the drawing does.
  const drawing = /^<svg\b[^>]*\sdata-drawing-height="([\d.]+)"/.exec(out)?.[1];
  if (drawing) {
    out = out
      // The markup builder writes a flag attribute as data-key-band="" (older markup: bare).
      .replace(/<g data-key-band(?:="")?>[\s\S]*<\/svg>\s*$/, "</svg>")
      .replace(/^(<svg\b[^>]*\sviewBox="[-\d.]+ [-\d.]+ [\d.]+ )[\d.]+"/, `$1${drawing}"`);
  }
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out
      .replace(new RegExp(`\\sid="${escaped}"`, "g"), ` id="${prefix}-${id}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, "g"), `url(#${prefix}-${id})`)
      .replace(new RegExp(`href="#${escaped}"`, "g"), `href="#${prefix}-${id}"`);
  }
  return out
    // Context a builder marks as not needed at preview size (the map's neighbouring countries).
    .replace(/<[a-z]+\b[^>]*\sdata-preview="omit"[^>]*\/>/g, "")
    .replace(/<a\b[^>]*>/g, "<g>")
    .replace(/<\/a>/g, "</g>")
    // A preview needs only its drawing: no tooltips, no data attributes for scripts (a large share
    // of a chart's weight, and the home page is the page most readers open first).
    .replace(/<title>[\s\S]*?<\/title>/g, "")
    .replace(/\s(?:tabindex|role|aria-[a-z]+|focusable|data-[a-z0-9-]+)="[^"]*"/g, "")
    .replace(/<svg\b/, '<svg aria-hidden="true" focusable="false"');
}
