// How the network encodes data: shape by actor kind, colour by country group, line style by
// relation family. Shared by the full network, the actor pages' neighbourhood graphs and legends.

import type { Attrs } from "../../charts/dom.ts";
import { LABELS, type ActorRow, type RelationRow } from "../../data/tables.generated.ts";
import { COUNTRY_GROUPS } from "../../charts/palette.ts";
import { pathRound, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from "d3";

export type ActorKind = ActorRow["kind"];
export type RelationType = RelationRow["type"];

export type Shape = "circle" | "square" | "diamond" | "triangle" | "triangle-down" | "hexagon" | "cross" | "star";

// Labels come from the schema's categories; the plural and the shape are the network's own.
const KIND_MARKS: readonly { id: ActorKind; plural: string; shape: Shape }[] = [
  { id: "person", plural: "People", shape: "circle" },
  { id: "government", plural: "Governments", shape: "square" },
  { id: "agency", plural: "Agencies", shape: "diamond" },
  { id: "legislature", plural: "Legislatures", shape: "triangle" },
  { id: "company", plural: "Companies", shape: "hexagon" },
  { id: "media", plural: "Media", shape: "triangle-down" },
  { id: "organization", plural: "Organizations", shape: "cross" },
  { id: "international-body", plural: "International bodies", shape: "star" },
];
export const KINDS: readonly { id: ActorKind; label: string; plural: string; shape: Shape }[] = KIND_MARKS.map((k) => ({ ...k, label: LABELS.actors.kind[k.id] }));

export const kindOf = (id: string) => KINDS.find((k) => k.id === id) ?? KINDS[0]!;

export { COUNTRY_GROUPS };

export type CountryGroup = (typeof COUNTRY_GROUPS)[number]["id"];

const EUROPE = new Set(
  ("EU AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE " +
    "GB NO CH IS LI MD RS ME MK AL BA XK BY GE AM").split(" "),
);

export function countryGroup(country: string): CountryGroup {
  if (country === "US") return "us";
  if (country === "RU") return "ru";
  if (country === "UA") return "ua";
  if (country === "INT" || country === "WORLD") return "int";
  if (EUROPE.has(country)) return "europe";
  return "other";
}

export const groupColor = (group: CountryGroup): string => COUNTRY_GROUPS.find((g) => g.id === group)!.color;


export type RelationFamily = "contact" | "pressure" | "deal" | "office" | "reporting";

export const FAMILIES: readonly { id: RelationFamily; label: string; types: readonly RelationType[] }[] = [
  { id: "contact", label: "Talks and meetings", types: ["met", "called", "negotiated-with", "mediated", "signed-with"] },
  { id: "pressure", label: "Pressure", types: ["sanctioned", "threatened", "demanded-from", "criticized"] },
  { id: "deal", label: "Deals and relief", types: ["eased-sanctions-on", "offered-deal-to", "invested-in"] },
  { id: "office", label: "Office and membership", types: ["heads", "appointed", "member-of"] },
  { id: "reporting", label: "Reporting", types: ["reported-on"] },
];

/**
 * How each family's line is drawn, in the drawing's units (1000 across, so one unit is a pixel in
 * the downloads). Written as presentation attributes, so the SVG and PNG downloads keep dashes and
 * weights; on the page network-chart.css draws the same, scaled for zoom.
 */
export const FAMILY_STROKES: Record<RelationFamily, { width: number; opacity: number; dash?: string; linecap?: "round" }> = {
  contact: { width: 1.6, opacity: 0.8 },
  pressure: { width: 1.6, opacity: 0.8, dash: "7 4" },
  deal: { width: 2.4, opacity: 0.8, dash: "0.1 4.5", linecap: "round" },
  office: { width: 1.1, opacity: 0.55 },
  reporting: { width: 1.6, opacity: 0.8, dash: "9 3 2 3" },
};

/** Stroke width and opacity and, where the family has them, dashes and caps, as attributes. */
export function familyStroke(family: RelationFamily): Attrs {
  const s = FAMILY_STROKES[family];
  return { "stroke-width": String(s.width), "stroke-opacity": String(s.opacity), "stroke-dasharray": s.dash || undefined, "stroke-linecap": s.linecap || undefined };
}

export function familyOf(type: string): RelationFamily {
  return FAMILIES.find((f) => (f.types as readonly string[]).includes(type))?.id ?? "contact";
}

/** "negotiated-with" -> "negotiated with": the words come from the schema's categories. */
export const typeLabel = (type: RelationRow["type"]): string => LABELS.relations.type[type];

/**
 * A label short enough to sit beside a node: an acronym in brackets stands for the name
 * ("Office of Foreign Assets Control (OFAC)" -> "OFAC"), other brackets are dropped, and what is
 * still long is cut at a word with an ellipsis. The full name stays in the node's accessible name.
 */
export function shortName(name: string, max = 28): string {
  const bracket = /\s*\(([^)]*)\)\s*$/.exec(name);
  let short = name;
  if (bracket) {
    const inner = bracket[1]!.trim();
    short = /^[A-Z][A-Za-z0-9&.-]{1,7}$/.test(inner) && /[A-Z].*[A-Z]/.test(inner) ? inner : name.slice(0, bracket.index).trim();
  }
  if (short.length <= max) return short;
  const cut = short.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}

/** d3 draws no hexagon: a symbol type of our own, drawn as d3's are (`size` square units about the origin). */
const symbolHexagon: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt((2 * size) / (3 * Math.sqrt(3)));
    context.moveTo(r, 0);
    for (let i = 1; i < 6; i++) context.lineTo(r * Math.cos((Math.PI / 3) * i), r * Math.sin((Math.PI / 3) * i));
    context.closePath();
  },
};

type SymbolContext = Parameters<SymbolType["draw"]>[0];

const SYMBOLS: Record<Shape, { type: SymbolType; upsideDown?: boolean }> = {
  circle: { type: symbolCircle },
  square: { type: symbolSquare },
  diamond: { type: symbolDiamond },
  triangle: { type: symbolTriangle },
  "triangle-down": { type: symbolTriangle, upsideDown: true },
  hexagon: { type: symbolHexagon },
  cross: { type: symbolCross },
  star: { type: symbolStar },
};

/**
 * A closed path for a node shape centred on (x, y), with the area of a circle of radius r (d3's
 * symbols are sized by area), so a kind never looks more important than another because of its shape.
 */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const { type, upsideDown = false } = SYMBOLS[shape];
  const path = pathRound(1);
  const sy = upsideDown ? -1 : 1;
  // d3 draws a symbol about the origin; this context moves it to (x, y), so the path needs no transform.
  const at: Pick<SymbolContext, "moveTo" | "lineTo" | "arc" | "rect" | "closePath"> = {
    moveTo: (px, py) => path.moveTo(x + px, y + sy * py),
    lineTo: (px, py) => path.lineTo(x + px, y + sy * py),
    arc: (cx, cy, radius, a0, a1, ccw) => path.arc(x + cx, y + sy * cy, radius, a0, a1, ccw),
    rect: (px, py, w, h) => path.rect(x + px, y + sy * py, w, sy * h),
    closePath: () => path.closePath(),
  };
  type.draw(at as SymbolContext, Math.PI * r * r);
  return path.toString();
}

// One name per country for every view (see lib/countries.ts); re-exported for the code that takes its vocabulary from here.
export { countryName } from "../../data/countries.ts";
