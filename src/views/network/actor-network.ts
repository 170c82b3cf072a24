// The actor network: every actor a node, every relation an edge, laid out at build time and drawn
// as SVG in the HTML. The markup carries what the browser island needs (ids, kinds, countries,
// relation types and first/last days) so interaction needs no data file and no layout code.

import type { Model } from "../../data/model.ts";
import { formatPartialDate } from "../../data/dates.ts";
import { href, paths } from "../../site/paths.ts";
import { PAIR_MAX_WIDTH, type Chart, type Drawing } from "../../charts/chart.ts";
import { h as svg, render, type RawSvg } from "../../charts/dom.ts";
import { arrowLength, networkGraph, type NetworkGraph, type NetworkNode } from "./network-graph.ts";
import { labelAnchor, SIDES } from "./network-labels.ts";
import { COUNTRY_GROUPS, countryName, FAMILIES, familyOf, familyStroke, groupColor, KINDS, kindOf, shapePath, typeLabel } from "./network-style.ts";
import { chartKey, type Key } from "../../charts/chart-key.ts";
import { inSentence, plural } from "../../data/words.ts";

export const NETWORK_CHART_ID = "actor-network";

const num = (n: number) => String(Math.round(n * 10) / 10);
const EDGE_GREY = "#8a919c";

/** One line about an actor: its node's tooltip and, as the SVG title, its accessible name. */
export function nodeDescription(n: Pick<NetworkNode, "actor" | "degree">): string {
  return `${n.actor.name} — ${inSentence(kindOf(n.actor.kind).label)}, ${countryName(n.actor.country)}, ${plural(n.degree, "relation")}`;
}

export interface NetworkSvgOptions {
  /** Prefix for ids inside the SVG (markers), unique on the page. */
  idPrefix?: string;
  label: string;
  /**
   * Draw the key below the graph, with text of this size in the drawing's units (the graph is 1000
   * across). The network page leaves it out: its side panel has a fuller legend in HTML.
   */
  keyFontSize?: number;
}

/**
 * What the marks mean, for the drawing itself: shapes (kind of actor), colours (country group),
 * line styles (kind of relation), arrows and sizes. Only what the data has. Swatches use the same
 * attributes (and classes) as the marks they stand for.
 */
function networkKey(graph: NetworkGraph, { width, fontSize }: { width: number; fontSize: number }): Key {
  const kinds = KINDS.filter((k) => graph.nodes.some((n) => n.actor.kind === k.id));
  const groups = COUNTRY_GROUPS.filter((g) => graph.nodes.some((n) => n.group === g.id));
  const families = FAMILIES.filter((f) => graph.edges.some((e) => e.family === f.id));
  const line = fontSize * 2.2;
  const strokeWidth = num(fontSize / 12);
  const shape = (s: Parameters<typeof shapePath>[0], fill: string, stroke: string) => (x: number, y: number, w: number, h: number) =>
    svg("path", { d: shapePath(s, x + w / 2, y + h / 2, h * 0.42), fill, stroke, "stroke-width": strokeWidth });
  return chartKey(
    [
      { title: "Actors:", items: kinds.map((k) => ({ label: k.label, swatch: shape(k.shape, "none", "currentColor") })) },
      { title: "Country:", items: groups.map((g) => ({ label: g.label, swatch: shape("circle", g.color, "var(--mark-edge)") })) },
      {
        title: "Relations:",
        items: [
          ...families.map((f) => ({
            label: f.label,
            swatchWidth: line,
            swatch: (x: number, y: number, w: number, h: number) =>
              svg("path", { class: `e f-${f.id}`, d: `M${num(x)} ${num(y + h / 2)}H${num(x + w)}`, fill: "none", stroke: EDGE_GREY, ...familyStroke(f.id) }),
          })),
          {
            label: "from the actor who acted",
            swatchWidth: line,
            swatch: (x: number, y: number, w: number, h: number) => [
              svg("path", { d: `M${num(x)} ${num(y + h / 2)}H${num(x + w - h * 0.6)}`, stroke: EDGE_GREY, "stroke-width": "1.6" }),
              svg("path", { d: `M${num(x + w - h * 0.6)} ${num(y + h * 0.2)}L${num(x + w)} ${num(y + h / 2)}L${num(x + w - h * 0.6)} ${num(y + h * 0.8)}Z`, fill: EDGE_GREY }),
            ],
          },
        ],
      },
      {
        items: [
          {
            label: "Bigger marks: more relations",
            swatchWidth: fontSize * 1.6,
            swatch: (x: number, y: number, _w: number, h: number) => [
              svg("path", { d: shapePath("circle", x + h * 0.3, y + h * 0.65, h * 0.25), fill: "none", stroke: "currentColor", "stroke-width": strokeWidth }),
              svg("path", { d: shapePath("circle", x + h * 1.15, y + h / 2, h * 0.5), fill: "none", stroke: "currentColor", "stroke-width": strokeWidth }),
            ],
          },
        ],
      },
    ],
    { width, fontSize },
  );
}

/**
 * The graph's marks (edges, nodes, labels) as markup, serialized once per graph and marker prefix:
 * the network page and the chart's wide drawing share it.
 */
const bodies = new WeakMap<NetworkGraph, Map<string, RawSvg>>();
function networkBody(graph: NetworkGraph, idPrefix: string): RawSvg {
  let byPrefix = bodies.get(graph);
  if (!byPrefix) bodies.set(graph, (byPrefix = new Map()));
  const hit = byPrefix.get(idPrefix);
  if (hit) return hit;
  const { width, height, unit } = graph;
  const arrow = num(arrowLength(unit));
  const marker = (id: string, cls: string) =>
    svg(
      "marker",
      { id: `${idPrefix}-${id}`, viewBox: "0 0 10 10", refX: "0", refY: "5", markerUnits: "userSpaceOnUse", markerWidth: arrow, markerHeight: arrow, orient: "auto" },
      svg("path", { class: cls, fill: EDGE_GREY, d: "M0 0L10 5L0 10Z" }),
    );
  // Labels: one per node, at its placed side; `data-lv` is the first zoom level that shows it.
  const level2 = graph.levels[2] ?? graph.levels[graph.levels.length - 1]!;
  const body = render([
    svg("defs", {}, marker("arrow", "net-arrow"), marker("arrow-hl", "net-arrow net-arrow--hl")),
    // Presentation attributes (colours, sizes, which labels show) keep the chart readable where the
    // stylesheet is missing, e.g. the SVG saved on its own; the stylesheet overrides all of them.
    svg("rect", { class: "net-bg", fill: "none", width: String(width), height: String(height) }),
    svg(
      "g",
      { class: "net-edges", "aria-hidden": "true", fill: "none", stroke: EDGE_GREY, "stroke-width": "1.5" },
      graph.edges.map((e) => {
        const r = e.relation;
        // Each line links to its row in the relations table (mouse only: the graph's keyboard path
        // goes through the actors, and the table itself is the accessible view).
        return svg(
          "a",
          { href: href(`/network/#${r.id}`), tabindex: "-1" },
          svg("path", {
            class: `e f-${e.family}${r.directed ? " dir" : ""}`,
            d: e.d,
            ...familyStroke(e.family),
            "marker-end": r.directed ? `url(#${idPrefix}-arrow)` : undefined,
            "data-relation-id": r.id,
            "data-from": r.from,
            "data-to": r.to,
            "data-type": r.type,
            "data-start": e.first,
            "data-end": e.last || undefined,
          }),
        );
      }),
    ),
    svg(
      "g",
      { class: "net-nodes" },
      graph.nodes.map((n) => {
        const a = n.actor;
        return svg(
          "a",
          { class: `n g-${n.group}`, href: paths.actor(a.id), target: "_top", "data-actor-id": a.id, "data-kind": a.kind, "data-country": a.country },
          svg("path", { fill: groupColor(n.group), stroke: "var(--mark-edge)", "stroke-width": "1.5", d: shapePath(kindOf(a.kind).shape, n.x, n.y, n.r) }),
          svg("title", {}, nodeDescription(n)),
        );
      }),
    ),
    svg(
      "g",
      { class: "net-labels", "aria-hidden": "true", fill: "currentColor", "font-size": num((level2.fontPx * width) / level2.displayWidth) },
      graph.nodes.map((n) => {
        const { side, level } = n.placed;
        const at = labelAnchor(n, side);
        const em = SIDES[side];
        return svg(
          "text",
          {
            "data-for": n.actor.id,
            "data-lv": level === null ? undefined : String(level),
            display: level === null || level > 2 ? "none" : undefined,
            x: num(at.x),
            y: num(at.y),
            dx: em.dx ? `${em.dx}em` : undefined,
            dy: `${em.dy}em`,
            "text-anchor": at.anchor === "start" ? undefined : at.anchor,
          },
          n.label,
        );
      }),
    ),
  ]);
  const raw = { raw: body };
  byPrefix.set(idPrefix, raw);
  return raw;
}

/**
 * The key under a rule, from `top` down, with space around it: the band below the graph in a
 * drawing, or the whole of the narrow key. `height` is the band's, rule and space included.
 */
function keyBand(graph: NetworkGraph, fontSize: number, top: number) {
  const pad = 12;
  const { width } = graph;
  const key = networkKey(graph, { width: width - 2 * pad, fontSize });
  const rule = String(top + 0.5);
  return {
    parts: [svg("line", { x1: String(pad), x2: String(width - pad), y1: rule, y2: rule, stroke: "var(--border)" }), key.node(pad, top + pad)],
    height: pad + key.height + pad,
  };
}

export function networkSvg(graph: NetworkGraph, { idPrefix = NETWORK_CHART_ID, label, keyFontSize }: NetworkSvgOptions, maxWidth?: number): Drawing {
  const { width, height } = graph;
  const band = keyFontSize ? keyBand(graph, keyFontSize, height) : null;
  const totalHeight = band ? Math.ceil(height + band.height) : height;
  const root = svg(
    "svg",
    {
      class: "chart-svg net-svg",
      viewBox: `0 0 ${width} ${totalHeight}`,
      "data-drawing-height": band ? String(height) : undefined,
      // Below 34rem a keyed drawing is shown cut to the graph, over a larger key of its own
      // (networkKeySvg): the stylesheet gives it the graph's shape, and this keeps the top of the
      // drawing in that box at full width rather than shrinking all of it to fit.
      preserveAspectRatio: band ? "xMidYMin slice" : undefined,
      role: "group",
      "aria-label": label,
      "data-levels": graph.levels.map((l) => l.displayWidth).join(","),
      "data-fonts": graph.levels.map((l) => l.fontPx).join(","),
    },
    networkBody(graph, idPrefix),
    // The key's band comes last, below the graph (previews.ts leaves it out of home-page cards).
    band && svg("g", { "data-key-band": true }, ...band.parts),
  );
  return { svg: render(root), width, height: totalHeight, maxWidth };
}

/**
 * The key alone, for narrow frames: the drawing is shown there cut to its graph, and this key, in
 * larger text, under it (Chart.narrowKey). Hidden from screen readers: the drawing above holds the
 * same key, only cut from sight.
 */
export function networkKeySvg(graph: NetworkGraph, keyFontSize: number, maxWidth?: number): Drawing & { cut: number } {
  const { width, height } = graph;
  const band = keyBand(graph, keyFontSize, 0);
  const keyHeight = Math.ceil(band.height);
  const root = svg("svg", { class: "chart-svg net-narrow-key", viewBox: `0 0 ${width} ${keyHeight}`, "aria-hidden": "true" }, ...band.parts);
  return { svg: render(root), width, height: keyHeight, maxWidth, cut: height };
}

/** The drawing's accessible name; at scale it says the picture holds only the most connected. */
export const networkLabel = (graph: NetworkGraph) =>
  graph.total.actors > graph.nodes.length
    ? `Network of the ${graph.nodes.length} most connected of ${graph.total.actors} actors and the ${graph.edges.length} relations among them`
    : `Network of ${graph.nodes.length} actors and ${graph.edges.length} relations`;

export function actorNetwork(model: Model): Chart {
  const graph = networkGraph(model);
  // What the picture draws: every actor and relation, or past NETWORK_MAX_NODES the most connected.
  const partial = graph.total.actors > graph.nodes.length;
  const actors = partial ? graph.nodes.map((n) => n.actor) : model.tables.actors;
  const relations = partial ? graph.edges.map((e) => e.relation) : model.tables.relations;
  const name = (id: string) => model.actorById.get(id)?.name ?? id;
  const hubs = graph.nodes.slice(0, 5).filter((n) => n.degree > 0);
  const linked = graph.nodes.filter((n) => n.degree > 0).length;
  const byFamily = FAMILIES.map((f) => ({ f, n: relations.filter((r) => familyOf(r.type) === f.id).length })).filter((x) => x.n > 0);
  const byGroup = COUNTRY_GROUPS.map((g) => ({ g, n: graph.nodes.filter((n) => n.group === g.id).length })).filter((x) => x.n > 0);
  const rows = [...relations]
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      from: name(r.from),
      type: typeLabel(r.type),
      to: name(r.to),
      directed: r.directed ? "yes" : "no",
      start: r.start,
      end: r.end ?? "",
      sources: r.sources.map((s) => model.sourceById.get(s)?.publisher ?? s).join("; "),
    }));
  const label = networkLabel(graph);

  return {
    id: NETWORK_CHART_ID,
    title: "Who dealt with whom",
    takeaway:
      (partial ? `Drawn: the ${actors.length} most connected of ${graph.total.actors.toLocaleString("en")} actors. ` : "") +
      (hubs.length > 0 ? `${hubs.map((n) => `${n.label} (${n.degree})`).join(", ")} have the most recorded relations.` : "No relations recorded yet."),
    description:
      (partial
        ? `The ${actors.length} most connected of ${graph.total.actors} actors, ${linked} of them linked by ${relations.length} of the ${graph.total.relations} dated relations; every actor has a page of its own and every relation a row in the full list. `
        : `A network of ${actors.length} actors, ${linked} of them linked by ${relations.length} dated relations. `) +
      `Shapes show the kind of actor, colours the country group: ${byGroup.map((x) => `${x.g.label} ${x.n}`).join(", ")}. ` +
      `Line styles show the kind of relation: ${byFamily.map((x) => `${x.f.label.toLowerCase()} ${x.n}`).join(", ")}; arrows point from the actor who acted. ` +
      (partial ? `The table lists the relations drawn, with their dates and sources.` : `The table lists every relation with its dates and sources.`),
    // Downloads and embeds carry the key in the drawing; a phone-sized embed gets larger key text,
    // in a key of its own under the same drawing cut to its graph (not a second copy of the graph,
    // which was 23 KB of the embed's 55 KB of gzipped HTML). Both are 1000 units across and shown at
    // most 760 and 460 px wide (src/charts/chart.css), so the key's text renders at 11.4-15.2 px (20 units,
    // from 569 px) and 11.2-17.5 px (38 units, from 296 px).
    drawing: networkSvg(graph, { label, keyFontSize: 20 }, PAIR_MAX_WIDTH.wide),
    narrowKey: networkKeySvg(graph, 38, PAIR_MAX_WIDTH.narrow),
    columns: [
      { key: "from", label: "Actor" },
      { key: "type", label: "Relation" },
      { key: "to", label: "Other actor" },
      { key: "directed", label: "Directed" },
      { key: "start", label: "From" },
      { key: "end", label: "Until" },
      { key: "sources", label: "Sources" },
      { key: "id", label: "Relation id" },
    ],
    rows,
    rowLinks: rows.map((r) => href(`/network/#${r.id}`)),
    sources: [...new Set(relations.flatMap((r) => r.sources))],
    notes: `An empty "until" means the relation is ongoing or its end is not known. Dates are as precise as the sources: ${formatPartialDate("2025-03")} means some day that month.`,
    page: "/network/",
  };
}
