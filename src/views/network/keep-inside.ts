// Slides SVG texts sideways so each lies wholly inside the visible area (the SVG's viewBox): a name
// shown bold next to a node near the edge is wider than the label placed for it at build time, and
// would otherwise be cut off at the edge of a phone's screen. Every box is read first and every
// shift written after, so a batch costs one layout however many names it moves.

import { insideShift } from "./network-label-box.ts";

export function keepAllInside(texts: readonly SVGTextElement[], margin = 2): void {
  const svg = texts[0]?.ownerSVGElement;
  const view = svg?.viewBox.baseVal;
  if (!svg || !view || view.width === 0) return;
  // The margin is in screen pixels; the SVG may be scaled.
  const m = margin * (view.width / (svg.getBoundingClientRect().width || view.width));
  const left = view.x + m;
  const right = view.x + view.width - m;
  const shifts = texts.map((text) => {
    const box = text.getBBox();
    return insideShift({ x0: box.x, x1: box.x + box.width, y0: box.y, y1: box.y + box.height }, left, right);
  });
  texts.forEach((text, i) => {
    if (shifts[i]) text.setAttribute("x", String(Number(text.getAttribute("x") ?? 0) + shifts[i]!));
  });
}
