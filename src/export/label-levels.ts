// Some drawings show more or fewer labels depending on the width they are shown at: the network's
// root carries data-levels (display widths) and data-fonts (label sizes in px at each), and each
// label its data-lv, the first level that shows it. On a page network-chart.css picks the level by
// container width; a file has no stylesheet, so the export picks it here for the width it draws at.
// Without this the download kept the presentation attributes' level (set for a 560-px column): at
// 1,000 px its labels came out 21 px tall and ran into each other and into the marks.

import { labelLevel } from "../views/network/network-scale.ts";

/**
 * Shows the labels of the level that fits `displayWidth`, at that level's size, with the halo the
 * page's stylesheet gives them (a stroke in the background colour under each glyph), so a label
 * crossing an edge stays readable. Leaves drawings without data-levels as they are.
 */
export function showLabelsFor(svg: Element, displayWidth: number): void {
  const levels = (svg.getAttribute("data-levels") ?? "").split(",").filter(Boolean).map(Number);
  const fonts = (svg.getAttribute("data-fonts") ?? "").split(",").filter(Boolean).map(Number);
  const viewWidth = Number((svg.getAttribute("viewBox") ?? "").split(/[\s,]+/)[2]);
  if (!levels.length || levels.length !== fonts.length || !(viewWidth > 0)) return;
  const level = labelLevel(levels, displayWidth);
  const size = Math.round(((fonts[level]! * viewWidth) / levels[level]!) * 100) / 100;
  const groups = new Set<Element>();
  for (const label of svg.querySelectorAll("text[data-lv], text[data-for]")) {
    const lv = label.getAttribute("data-lv");
    if (lv !== null && Number(lv) <= level) label.removeAttribute("display");
    else label.setAttribute("display", "none");
    if (label.parentElement) groups.add(label.parentElement);
  }
  for (const g of groups) {
    g.setAttribute("font-size", String(size));
    g.setAttribute("stroke", "var(--bg)");
    g.setAttribute("stroke-width", String(Math.round(size * 0.25 * 100) / 100));
    g.setAttribute("stroke-linejoin", "round");
    g.setAttribute("paint-order", "stroke");
  }
}
