// The key, drawn inside the drawing so it travels with the downloads and the share card: every
// colour and shape that means something is named here, in the drawing's own ink.

import { h, type SvgNode } from "../../charts/dom.ts";
import { INK, SIZE } from "./style.ts";
import { measure, textBlock, wrap } from "./text.ts";

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

const GAP = 16;
const ROW = 19;

/** Items laid out in rows that wrap at `width`; returns the group and the height it takes. */
export function drawKey(items: readonly KeyItem[], width: number, top = 0): { node: SvgNode; height: number } {
  const parts: SvgNode[] = [];
  let x = 0;
  let y = top + 9;
  for (const item of items) {
    const w = 14 + 5 + measure(item.text, SIZE.small);
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    // A text longer than the drawing is wide wraps under itself rather than running off the edge.
    const lines = w > width ? wrap(item.text, width - 19, SIZE.small) : [item.text];
    // data-key / data-key-item: the shared key markup (src/charts/chart-key.ts), which the registry's
    // key check reads: each item is a swatch drawn like the marks beside its label.
    parts.push(h("g", { "data-key-item": "" }, swatch(item.shape, item.ink ?? INK.other, x, y), textBlock(lines, x + 19, y + 4, { size: SIZE.small })));
    if (lines.length > 1) {
      y += (lines.length - 1) * 15 + ROW;
      x = 0;
      continue;
    }
    x += w + GAP;
  }
  return { node: h("g", { "data-key": "", "aria-hidden": "true" }, ...parts), height: items.length ? y - top + 10 : 0 };
}
