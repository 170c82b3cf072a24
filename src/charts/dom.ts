// The mineral charts build their drawings as a tree of SVG elements, never by pasting strings:
// every attribute value and every text node from data goes through one escaper on the way out, and
// only SVG element names can be created, so no HTML can slip into a drawing (DESIGN.md: a chart is
// SVG all the way through).

import { escapeMarkup } from "../site/markup.ts";

/** The SVG elements the mineral charts draw with. Anything else is a programming error. */
const SVG_TAGS = new Set(["svg", "g", "a", "rect", "circle", "line", "path", "polygon", "polyline", "text", "tspan", "title", "defs", "clipPath", "pattern", "marker", "desc"]);

export type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = SvgNode | RawSvg | string | null | undefined | false | readonly Child[];

/** Markup another SVG builder made (Observable Plot, through a DOM): inserted as it is. */
export interface RawSvg {
  raw: string;
}

export interface SvgNode {
  tag: string;
  attrs: Attrs;
  children: Child[];
}

/** An SVG element: `h("rect", { x: 0, width: 10 })`, `h("text", { x: 4 }, "Ukraine")`. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): SvgNode {
  if (!SVG_TAGS.has(tag)) throw new Error(`not an SVG element the charts draw with: <${tag}>`);
  return { tag, attrs, children };
}

/** Numbers to at most two decimals: smaller files, and drawings that compare byte for byte. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite coordinate: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function attrText(attrs: Attrs): string {
  let out = "";
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${key}=""` : ` ${key}="${escapeMarkup(typeof value === "number" ? num(value) : value)}"`;
  }
  return out;
}

/** Serialize a tree as markup that is both valid HTML (inline SVG) and well-formed XML. */
export function render(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  if (typeof child === "string") return escapeMarkup(child);
  if (Array.isArray(child)) return (child as readonly Child[]).map(render).join("");
  if ("raw" in (child as object)) return (child as RawSvg).raw;
  const node = child as SvgNode;
  const inner = node.children.map(render).join("");
  return inner ? `<${node.tag}${attrText(node.attrs)}>${inner}</${node.tag}>` : `<${node.tag}${attrText(node.attrs)}/>`;
}
