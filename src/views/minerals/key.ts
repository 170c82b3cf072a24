// The key, drawn inside the drawing so it travels with the downloads and the share card: every
// colour and shape that means something is named here, in the drawing's own ink.

import { chartKey } from "../../charts/chart-key.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
import { INK, LINE, SIZE } from "./style.ts";
import { measure, wrap } from "./text.ts";

export type SwatchShape = "bar" | "hollow" | "missing" | "dot" | "ring" | "diamond" | "box" | "square" | "arrow";

export interface KeyItem {
  shape: SwatchShape;
  /** Colour of the swatch (fill, or stroke for hollow shapes). */
  ink?: string;
  text: string;
}

/** A swatch 14 px wide, centred on (x + 7, y). */
export function swatch(shape: SwatchShape, ink: string, x: number, y: number): SvgNode {
  switch (shape) {
    case "bar":
      return h("rect", { x, y: y - 5, width: 14, height: 10, rx: 1.5, fill: ink });
    case "square":
      return h("rect", { x: x + 1, y: y - 6, width: 12, height: 12, rx: 2, fill: ink });
    case "hollow":
      return h("rect", { x: x + 0.75, y: y - 4.25, width: 12.5, height: 8.5, rx: 1.5, fill: INK.bg, stroke: ink, "stroke-width": 1.5 });
    case "missing":
      return h("rect", { x: x + 0.5, y: y - 4.5, width: 13, height: 9, rx: 1.5, fill: "none", stroke: INK.muted, "stroke-dasharray": "3 2" });
    case "dot":
      return h("circle", { cx: x + 7, cy: y, r: 5.5, fill: ink });
    case "ring":
      return h("circle", { cx: x + 7, cy: y, r: 5, fill: INK.bg, stroke: ink, "stroke-width": 2.2 });
    case "diamond":
      return diamond(x + 7, y, 5.5, ink);
    case "arrow":
      return h("path", { d: `M${x},${y}l13,0m-4,-4l4,4l-4,4`, fill: "none", stroke: INK.muted, "stroke-width": 1.6 });
    case "box":
      return h("rect", { x: x + 0.75, y: y - 5.25, width: 12.5, height: 10.5, rx: 2, fill: "none", stroke: INK.muted, "stroke-dasharray": "3 2", "stroke-width": 1.2 });
  }
}

/** The claim marker: a hollow diamond, never used for a published assessment. */
export function diamond(cx: number, cy: number, r: number, ink: string): SvgNode {
  return h("path", { d: `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`, fill: INK.bg, stroke: ink, "stroke-width": 1.8 });
}

/** The mineral charts' key metrics, for the shared key builder: small text, 14-px swatches. */
const METRICS = { fontSize: SIZE.small, rowHeight: 19, middle: 9, swatch: 12, swatchWidth: 14, gap: 5, spacing: 16, baseline: 4, lineHeight: LINE.small, ink: INK.fg } as const;

/**
 * The key of a mineral chart, laid out by the shared builder (src/charts/chart-key.ts) in rows that
 * wrap at `width`. A text longer than the drawing is wide wraps under itself rather than running off
 * the edge.
 */
export function mineralKey(items: readonly KeyItem[], width: number): { node: SvgNode; height: number } {
  if (items.length === 0) return { node: h("g", {}), height: 0 };
  const key = chartKey(
    items.map((item) => ({ label: item.text, swatch: (x: number, y: number, _w: number, height: number) => swatch(item.shape, item.ink ?? INK.other, x, y + height / 2) })),
    { ...METRICS, width, measure: measure, wrap: (text, room) => wrap(text, room, SIZE.small) },
  );
  return { node: key.node(0, 0), height: key.height };
}
