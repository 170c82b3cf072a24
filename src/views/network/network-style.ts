// How the network encodes data: shape by actor kind, colour by country group, line style by
// relation family. Shared by the full network, the actor pages' neighbourhood graphs and legends.

import type { Attrs } from "../../charts/dom.ts";
import { LABELS, type ActorRow, type RelationRow } from "../../data/tables.generated.ts";
import { COUNTRY_GROUPS } from "../../charts/palette.ts";

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

/**
 * A closed path for a node shape of about the same area as a circle of radius r, centred on (x, y),
 * so a kind never looks more important than another because of its shape.
 */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  const poly = (points: [number, number][]) => `M${points.map(([px, py]) => `${f(x + px)} ${f(y + py)}`).join("L")}Z`;
  switch (shape) {
    case "circle":
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case "square": {
      const h = r * 0.886;
      return poly([[-h, -h], [h, -h], [h, h], [-h, h]]);
    }
    case "diamond": {
      const h = r * 1.253;
      return poly([[0, -h], [h, 0], [0, h], [-h, 0]]);
    }
    case "triangle":
    case "triangle-down": {
      const s = shape === "triangle" ? 1 : -1;
      const h = r * 1.555;
      return poly([[0, -s * h], [h * 0.866, s * h * 0.5], [-h * 0.866, s * h * 0.5]]);
    }
    case "hexagon": {
      const h = r * 1.1;
      return poly(Array.from({ length: 6 }, (_, i) => [h * Math.cos((Math.PI / 3) * i), h * Math.sin((Math.PI / 3) * i)] as [number, number]));
    }
    case "cross": {
      const a = r * 1.2;
      const b = r * 0.42;
      return poly([[-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b], [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b]]);
    }
    case "star": {
      const outer = r * 1.45;
      const inner = outer * 0.5;
      return poly(Array.from({ length: 10 }, (_, i) => {
        const rad = i % 2 === 0 ? outer : inner;
        const a = -Math.PI / 2 + (Math.PI / 5) * i;
        return [rad * Math.cos(a), rad * Math.sin(a)] as [number, number];
      }));
    }
  }
}

// One name per country for every view (see lib/countries.ts); re-exported for the code that takes its vocabulary from here.
export { countryName } from "../../data/countries.ts";
