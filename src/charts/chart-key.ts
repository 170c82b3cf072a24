// A chart's key (legend), drawn inside its SVG so every copy of the chart carries it: the page, the
// embed, the SVG and PNG downloads and the share card. Plot's own legends are HTML, which a
// standalone SVG file cannot hold, so keys are laid out here, at build time, by estimated text width.
//
// The contract (checked for every registered chart by tests/unit/chart-keys.test.ts): a key is a
// <g data-key>, each entry a <g data-key-item> holding a swatch drawn with the same presentation
// attributes as the marks it explains (fill, stroke, stroke-dasharray …) and a <text> label.

import { h, type SvgNode } from "./dom.ts";
import { textWidth } from "./text-width.ts";

/** Draws a swatch whose box has its top-left corner at (x, y) and the given width and height. */
export type SwatchDraw = (x: number, y: number, width: number, height: number) => SvgNode | SvgNode[];

export interface KeyItem {
  label: string;
  swatch: SwatchDraw;
  /** Width of this item's swatch, when it differs from the key's (a line sample is wider). */
  swatchWidth?: number;
}

export interface KeyGroup {
  /** A short heading before the group's items ("Shape:"), or none. */
  title?: string;
  items: readonly KeyItem[];
}

export interface KeyOptions {
  /** Room across, in the drawing's units. */
  width: number;
  fontSize: number;
  /** Height of one row; defaults to 1.6 × the font size. */
  rowHeight?: number;
  /** Square swatch side; defaults to 0.9 × the font size. */
  swatch?: number;
}

export interface Key {
  /** The key placed at (x, y). */
  node: (x: number, y: number) => SvgNode;
  height: number;
}

/**
 * Lays out groups of items in rows, wrapping where the next item would cross `width`. Each group
 * starts a new row. Labels keep their full text: a key that cuts words would not say what it means.
 */
export function chartKey(groups: readonly KeyGroup[], { width, fontSize, rowHeight = fontSize * 1.6, swatch = fontSize * 0.9 }: KeyOptions): Key {
  const gap = fontSize * 0.4;
  const spacing = fontSize * 1.1;
  const parts: ((x: number, y: number) => SvgNode)[] = [];
  let row = 0;
  for (const group of groups) {
    let x = 0;
    const place = (w: number) => {
      if (x > 0 && x + w > width) {
        row++;
        x = 0;
      }
      const at = { x, y: row * rowHeight };
      x += w + spacing;
      return at;
    };
    if (group.title) {
      const w = textWidth(group.title, fontSize) * 1.06;
      const at = place(w);
      parts.push((ox, oy) => h("text", { x: ox + at.x, y: oy + at.y + rowHeight / 2, dy: "0.35em", "font-weight": "bold" }, group.title!));
    }
    for (const item of group.items) {
      const sw = item.swatchWidth ?? swatch;
      const w = sw + gap + textWidth(item.label, fontSize);
      const at = place(w);
      parts.push((ox, oy) => {
        const top = oy + at.y + (rowHeight - swatch) / 2;
        return h(
          "g",
          { "data-key-item": true },
          item.swatch(ox + at.x, top, sw, swatch),
          h("text", { x: ox + at.x + sw + gap, y: oy + at.y + rowHeight / 2, dy: "0.35em" }, item.label),
        );
      });
    }
    row++;
  }
  const height = row * rowHeight;
  return {
    height,
    node: (x, y) =>
      h("g", { class: "chart-key", "data-key": true, "aria-hidden": "true", "font-size": fontSize, fill: "currentColor", "text-anchor": "start" }, parts.map((p) => p(x, y))),
  };
}

/** A filled square swatch. */
export const squareSwatch = (fill: string): SwatchDraw => (x, y, width, height) => h("rect", { x, y, width, height, fill });
