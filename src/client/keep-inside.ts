// Slides an SVG text sideways so it lies wholly inside the visible area (the SVG's viewBox): a name
// shown bold next to a node near the edge is wider than the label placed for it at build time, and
// would otherwise be cut off at the edge of a phone's screen.

export function keepInside(text: SVGTextElement, margin = 2): DOMRect {
  const svg = text.ownerSVGElement;
  const view = svg?.viewBox.baseVal;
  let box = text.getBBox();
  if (!svg || !view || view.width === 0) return box;
  // The margin is in screen pixels; the SVG may be scaled.
  const m = margin * (view.width / (svg.getBoundingClientRect().width || view.width));
  const left = view.x + m;
  const right = view.x + view.width - m;
  const shift = box.width > right - left ? left - box.x : box.x < left ? left - box.x : box.x + box.width > right ? right - (box.x + box.width) : 0;
  if (shift !== 0) {
    text.setAttribute("x", String(Number(text.getAttribute("x") ?? 0) + shift));
    box = text.getBBox();
  }
  return box;
}
