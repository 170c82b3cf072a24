// A chart's key (legend), drawn inside its SVG so every copy of the chart carries it: the page, the
// embed, the SVG and PNG downloads and the share card. Plot's own legends are HTML, which a
// standalone SVG file cannot hold, so keys are laid out here, at build time, by estimated text width.
// Every chart's key comes from this one builder; a view passes its own swatches and metrics.
//
// The contract (checked for every registered chart by tests/unit/charts.test.ts): a key is a
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
  /** Where a row's swatches and labels centre, below its top; defaults to half the row (a whole
   * number keeps square swatches on the pixel grid). */
  middle?: number;
  /** Swatch height (and width, unless `swatchWidth`); defaults to 0.9 × the font size. */
  swatch?: number;
  /** Swatch width; defaults to `swatch`. */
  swatchWidth?: number;
  /** Room between a swatch and its label; defaults to 0.4 × the font size. */
  gap?: number;
  /** Room between one item and the next on a row; defaults to 1.1 × the font size. */
  spacing?: number;
  /** Baseline of a label below its row's middle; defaults to 0.35 em. */
  baseline?: number;
  /** Estimated width of a label (the view's own measure, if it has one). */
  measure?: (text: string, fontSize: number) => number;
  /**
   * Breaks a label too long for the key's width into lines (`lineHeight` apart) set beside its
   * swatch; without it such a label keeps one line and overruns.
   */
  wrap?: (text: string, width: number) => string[];
  lineHeight?: number;
  /** Colour of the labels; defaults to the surrounding text colour. */
  ink?: string;
}

export interface Key {
  /** The key placed at (x, y). */
  node: (x: number, y: number) => SvgNode;
  height: number;
}

const isGroup = (entry: KeyItem | KeyGroup): entry is KeyGroup => "items" in entry;

/**
 * Lays out items in rows, wrapping where the next item would cross `width`. Items may come in
 * groups, each of which starts a new row after its title. Labels keep their full text: a key that
 * cuts words would not say what it means.
 */
export function chartKey(entries: readonly (KeyItem | KeyGroup)[], options: KeyOptions): Key {
  const { width, fontSize, rowHeight = fontSize * 1.6, swatch = fontSize * 0.9, gap = fontSize * 0.4, spacing = fontSize * 1.1 } = options;
  const { middle = rowHeight / 2, baseline, measure = textWidth, wrap, lineHeight = fontSize * 1.25, ink = "currentColor" } = options;
  // Loose items between groups form untitled groups of their own.
  const groups: KeyGroup[] = [];
  for (const entry of entries) {
    if (isGroup(entry)) groups.push(entry);
    else if (groups.at(-1)?.title === undefined && groups.at(-1)) (groups.at(-1)!.items as KeyItem[]).push(entry);
    else groups.push({ items: [entry] });
  }
  // A label's baseline: a set distance below its row's middle, or a third of an em by default.
  const textY = (y: number) => (baseline === undefined ? { y, dy: "0.35em" } : { y: y + baseline });
  const parts: ((x: number, y: number) => SvgNode)[] = [];
  // Top of the current row, and of the row after it (further down when a label took several lines).
  let top = 0;
  let next = 0;
  for (const group of groups) {
    let x = 0;
    const place = (w: number, lines = 1) => {
      if (x > 0 && (x + w > width || lines > 1)) {
        top = next;
        x = 0;
      }
      const at = { x, y: top };
      next = Math.max(next, top + rowHeight + (lines - 1) * lineHeight);
      x += w + spacing;
      return at;
    };
    next = top + rowHeight;
    if (group.title) {
      const w = measure(group.title, fontSize) * 1.06;
      const at = place(w);
      parts.push((ox, oy) => h("text", { x: ox + at.x, ...textY(oy + at.y + middle), "font-weight": "bold" }, group.title!));
    }
    for (const item of group.items) {
      const sw = item.swatchWidth ?? options.swatchWidth ?? swatch;
      const w = sw + gap + measure(item.label, fontSize);
      const lines = wrap && w > width ? wrap(item.label, width - sw - gap) : [item.label];
      const at = place(w, lines.length);
      // A label on several lines has the rows beside it to itself: the next item starts below it.
      if (lines.length > 1) x = width;
      parts.push((ox, oy) => {
        const mid = oy + at.y + middle;
        const tx = ox + at.x + sw + gap;
        const text = h("text", { x: tx, ...textY(mid) }, ...lines.map((line, i) => (lines.length === 1 ? line : h("tspan", { x: tx, dy: i === 0 ? undefined : lineHeight }, line))));
        return h("g", { "data-key-item": true }, item.swatch(ox + at.x, mid - swatch / 2, sw, swatch), text);
      });
    }
    top = next;
  }
  return {
    height: top,
    node: (x, y) => h("g", { class: "chart-key", "data-key": true, "aria-hidden": "true", "font-size": fontSize, fill: ink, "text-anchor": "start" }, parts.map((p) => p(x, y))),
  };
}

/** A filled square swatch. */
export const squareSwatch = (fill: string): SwatchDraw => (x, y, width, height) => h("rect", { x, y, width, height, fill });
