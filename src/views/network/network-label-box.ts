// Where a highlighted label lies, computed from its attributes and the shared width estimate
// rather than measured: measuring (getBBox) after adding each copy forced a layout per label, the
// slowest part of answering a tap. Labels are drawn bold in the highlight, hence the extra width.

import { textWidth } from "../../charts/text-width.ts";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Geometry {
  x: number;
  y: number;
  /** Offsets in em. */
  dx: number;
  dy: number;
  anchor: string;
  /** Width at a font size of 1. */
  width: number;
}

/** Bold runs about 8% wider than the regular weight the estimate is calibrated for. */
const BOLD = 1.08;
/** Ascent and descent around the baseline, in em (as the build's label placement assumes). */
const ASCENT = 0.93;
const DESCENT = 0.24;

const cache = new WeakMap<SVGTextElement, Geometry>();

function geometry(label: SVGTextElement): Geometry {
  let g = cache.get(label);
  if (!g) {
    const em = (name: string) => parseFloat(label.getAttribute(name) ?? "0") || 0;
    g = {
      x: em("x"),
      y: em("y"),
      dx: em("dx"),
      dy: em("dy"),
      anchor: label.getAttribute("text-anchor") ?? "start",
      width: textWidth(label.textContent ?? "", 1) * BOLD,
    };
    cache.set(label, g);
  }
  return g;
}

/** The box `label` takes at font size `fs` (chart units). */
export function labelBox(label: SVGTextElement, fs: number): Box {
  const g = geometry(label);
  const w = g.width * fs;
  const x = g.x + g.dx * fs;
  const x0 = g.anchor === "end" ? x - w : g.anchor === "middle" ? x - w / 2 : x;
  const baseline = g.y + g.dy * fs;
  return { x0, x1: x0 + w, y0: baseline - ASCENT * fs, y1: baseline + DESCENT * fs };
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How far to slide `box` sideways so it lies between `left` and `right` (its left edge wins when it is wider). */
export function insideShift(box: Box, left: number, right: number): number {
  const w = box.x1 - box.x0;
  if (w > right - left || box.x0 < left) return left - box.x0;
  if (box.x1 > right) return right - box.x1;
  return 0;
}
