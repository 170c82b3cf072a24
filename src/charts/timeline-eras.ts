// Where each era's name goes in the band above the timeline. A name starts inside its own band;
// where the band is too narrow (a phone, a 320-px embed) it may run on over the next band, or start
// before its band at the chart's right edge, as long as it stays whole inside the chart, clear of
// the name before it, and mostly over its own band. Names are placed in time order,
// so the earlier of two that cannot both fit keeps its place.

import { estimateTextWidth } from "./timeline-labels.ts";

export interface EraBand {
  name: string;
  /** The band's left and right edges in pixels (already clipped to the chart). */
  x0: number;
  x1: number;
}

export interface EraName {
  x: number;
  shown: boolean;
}

export function placeEraNames(bands: readonly EraBand[], left: number, right: number, fontSize = 11, gap = 8): EraName[] {
  let taken = -Infinity;
  return bands.map((band) => {
    const width = estimateTextWidth(band.name, fontSize);
    // Start just inside the band; at the chart's right edge, before it if need be (by less than
    // half the name), so the name stays whole and mostly over its own band.
    const x = Math.max(left, Math.min(band.x0 + 4, right - 2 - width));
    const fits = band.x1 - band.x0 >= 1 && x >= taken + gap && x + width <= right - 2 && x >= band.x0 - width / 2;
    if (!fits) return { x, shown: false };
    taken = x + width;
    return { x, shown: true };
  });
}
