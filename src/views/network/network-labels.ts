// Label placement at build time: for each zoom level (a display width the chart may be shown at),
// labels are placed greedily in order of priority beside their node, on the first side where they
// overlap no other label, no node and stay inside the chart. A label that fits nowhere waits for a
// closer zoom level; each label keeps the side and level where it first fitted, so zooming in only
// ever adds labels. The reader's browser does no placement: it only shows the levels that fit.

import { textWidth } from "../../charts/text-width.ts";

export type Side = "right" | "left" | "below" | "above" | "ne" | "se" | "nw" | "sw";

export interface LabelSubject {
  id: string;
  x: number;
  y: number;
  /** Node radius: the label sits beside the node, not on it. */
  r: number;
  text: string;
}

export interface LabelLevel {
  /** Width in CSS pixels at which the whole chart (width `chartWidth` units) is displayed. */
  displayWidth: number;
  /** Font size in CSS pixels at that width. */
  fontPx: number;
}

export interface PlacedLabel {
  side: Side;
  /** Index of the first level at which the label is shown; null: only when its node is highlighted. */
  level: number | null;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const D = Math.SQRT1_2;

/**
 * Each side: where on the node's rim the label is anchored (unit vector times the radius), the
 * text anchor, the offsets in em from there, and the vertical extent of its box in em (the glyphs'
 * ascent and descent around the baseline, about 0.93 and 0.24 em in common sans-serif fonts).
 */
export const SIDES: Record<Side, { ux: number; uy: number; anchor: "start" | "end" | "middle"; dx: number; dy: number; box: [number, number] }> = {
  right: { ux: 1, uy: 0, anchor: "start", dx: 0.3, dy: 0.35, box: [-0.62, 0.62] },
  left: { ux: -1, uy: 0, anchor: "end", dx: -0.3, dy: 0.35, box: [-0.62, 0.62] },
  above: { ux: 0, uy: -1, anchor: "middle", dx: 0, dy: -0.4, box: [-1.35, -0.12] },
  below: { ux: 0, uy: 1, anchor: "middle", dx: 0, dy: 1.05, box: [0.12, 1.35] },
  ne: { ux: D, uy: -D, anchor: "start", dx: 0.15, dy: -0.2, box: [-1.15, 0.06] },
  se: { ux: D, uy: D, anchor: "start", dx: 0.15, dy: 0.9, box: [-0.05, 1.15] },
  nw: { ux: -D, uy: -D, anchor: "end", dx: -0.15, dy: -0.2, box: [-1.15, 0.06] },
  sw: { ux: -D, uy: D, anchor: "end", dx: -0.15, dy: 0.9, box: [-0.05, 1.15] },
};

/** Where a label on `side` is anchored: the node's rim on that side. */
export function labelAnchor(s: Pick<LabelSubject, "x" | "y" | "r">, side: Side): { x: number; y: number; anchor: "start" | "end" | "middle" } {
  const { ux, uy, anchor } = SIDES[side];
  return { x: s.x + ux * s.r, y: s.y + uy * s.r, anchor };
}

/** The box a label occupies at font size `fs` (layout units). */
export function labelBox(s: LabelSubject, side: Side, fs: number): Box {
  const a = labelAnchor(s, side);
  const w = textWidth(s.text, fs);
  const { dx, box } = SIDES[side];
  const x0 = a.anchor === "start" ? a.x + dx * fs : a.anchor === "end" ? a.x + dx * fs - w : a.x - w / 2;
  return { x0, x1: x0 + w, y0: a.y + box[0] * fs, y1: a.y + box[1] * fs };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A uniform grid of boxes, so each test looks at a few neighbours rather than every label. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  private size: number;
  constructor(size: number) {
    this.size = size;
  }
  private keys(b: Box): number[] {
    const keys: number[] = [];
    for (let i = Math.floor(b.x0 / this.size); i <= Math.floor(b.x1 / this.size); i++) {
      for (let j = Math.floor(b.y0 / this.size); j <= Math.floor(b.y1 / this.size); j++) keys.push(i * 100003 + j);
    }
    return keys;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, ignore?: Box): boolean {
    for (const k of this.keys(b)) for (const other of this.cells.get(k) ?? []) if (other !== ignore && overlaps(b, other)) return true;
    return false;
  }
}

/**
 * Place labels for `subjects`, given in priority order (most important first), inside a chart of
 * `width` x `height` units. Returns each label's side and first level. The first `mustShow`
 * labels (the hubs readers look for first) may, when nothing else is free, cover other nodes (never
 * other labels): their halo keeps them legible, and a picture without its hubs named is no use.
 */
export function placeLabels(
  subjects: readonly LabelSubject[],
  levels: readonly LabelLevel[],
  width: number,
  height: number,
  mustShow = 0,
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>(subjects.map((s) => [s.id, { side: preferredSides(s, width)[0]!, level: null }]));
  let waiting = subjects.length;
  levels.forEach((level, index) => {
    // Once every label has a place, closer levels have nothing to add.
    if (waiting === 0) return;
    const fs = (level.fontPx * width) / level.displayWidth;
    // Cells about the size of a line of text: big enough that a label spans few, small enough
    // that dense data puts few boxes in each.
    const cell = Math.max(fs * 2.5, 1);
    const grid = new BoxGrid(cell);
    const labelGrid = new BoxGrid(cell);
    const nodeBoxes = new Map<string, Box>();
    for (const s of subjects) {
      const box = { x0: s.x - s.r, y0: s.y - s.r, x1: s.x + s.r, y1: s.y + s.r };
      nodeBoxes.set(s.id, box);
      grid.add(box);
    }
    const take = (box: Box) => {
      grid.add(box);
      labelGrid.add(box);
    };
    const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
    // Labels shown at a wider level keep their place: they are drawn first.
    for (const s of subjects) {
      const p = placed.get(s.id)!;
      if (p.level !== null) take(labelBox(s, p.side, fs));
    }
    subjects.forEach((s, rank) => {
      if (placed.get(s.id)!.level !== null) return;
      const sides = preferredSides(s, width);
      const fits = (side: Side, against: BoxGrid) => {
        const box = labelBox(s, side, fs);
        return inside(box) && !against.hits(box, nodeBoxes.get(s.id)) ? box : null;
      };
      for (const against of rank < mustShow ? [grid, labelGrid] : [grid]) {
        for (const side of sides) {
          const box = fits(side, against);
          if (box) {
            take(box);
            placed.set(s.id, { side, level: index });
            waiting--;
            return;
          }
        }
      }
    });
  });
  return placed;
}

/** Labels point away from the centre, where the picture is densest. */
function preferredSides(s: LabelSubject, width: number): Side[] {
  return s.x < width / 2
    ? ["left", "nw", "sw", "below", "above", "right", "ne", "se"]
    : ["right", "ne", "se", "below", "above", "left", "nw", "sw"];
}
