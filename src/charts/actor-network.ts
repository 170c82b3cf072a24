// The actor network: every actor a node, every relation an edge, laid out at build time and drawn
// as SVG in the HTML. The markup carries what the browser island needs (ids, kinds, countries,
// relation types and first/last days) so interaction needs no data file and no layout code.

import type { Model } from "../data/model.ts";
import { formatPartialDate } from "../data/dates.ts";
import { href, paths } from "../lib/paths.ts";
import type { Chart } from "./chart.ts";
import { arrowLength, networkGraph, type NetworkGraph, type NetworkNode } from "./network-graph.ts";
import { labelAnchor, SIDES } from "./network-labels.ts";
import { COUNTRY_GROUPS, countryName, esc, FAMILIES, familyOf, groupColor, kindOf, shapePath, typeLabel } from "./network-style.ts";

export const NETWORK_CHART_ID = "actor-network";

const num = (n: number) => String(Math.round(n * 10) / 10);
const EDGE_GREY = "#8a919c";

/** One line about an actor: its node's tooltip and, as the SVG title, its accessible name. */
export function nodeDescription(n: Pick<NetworkNode, "actor" | "degree">): string {
  return `${n.actor.name} — ${kindOf(n.actor.kind).label.toLowerCase()}, ${countryName(n.actor.country)}, ${n.degree} relation${n.degree === 1 ? "" : "s"}`;
}

export interface NetworkSvgOptions {
  /** Prefix for ids inside the SVG (markers), unique on the page. */
  idPrefix?: string;
  label: string;
}

export function networkSvg(graph: NetworkGraph, { idPrefix = NETWORK_CHART_ID, label }: NetworkSvgOptions): string {
  const { width, height, unit } = graph;
  const arrow = arrowLength(unit);
  const out: string[] = [];
  out.push(
    `<svg class="chart-svg net-svg" viewBox="0 0 ${width} ${height}" role="group" aria-label="${esc(label)}" ` +
      `data-levels="${graph.levels.map((l) => l.displayWidth).join(",")}" data-fonts="${graph.levels.map((l) => l.fontPx).join(",")}">`,
  );
  const marker = (id: string, cls: string) =>
    `<marker id="${idPrefix}-${id}" viewBox="0 0 10 10" refX="0" refY="5" markerUnits="userSpaceOnUse" markerWidth="${num(arrow)}" markerHeight="${num(arrow)}" orient="auto"><path class="${cls}" fill="${EDGE_GREY}" d="M0 0L10 5L0 10Z"/></marker>`;
  out.push(`<defs>${marker("arrow", "net-arrow")}${marker("arrow-hl", "net-arrow net-arrow--hl")}</defs>`);
  // Presentation attributes (colours, sizes, which labels show) keep the chart readable where the
  // stylesheet is missing, e.g. the SVG saved on its own; the stylesheet overrides all of them.
  out.push(`<rect class="net-bg" fill="none" width="${width}" height="${height}"/>`);

  out.push(`<g class="net-edges" aria-hidden="true" fill="none" stroke="${EDGE_GREY}" stroke-width="1.5">`);
  for (const e of graph.edges) {
    const r = e.relation;
    // Each line links to its row in the relations table (mouse only: the graph's keyboard path
    // goes through the actors, and the table itself is the accessible view).
    out.push(
      `<a href="${esc(href(`/network/#${r.id}`))}" tabindex="-1">` +
        `<path class="e f-${e.family}${r.directed ? " dir" : ""}" d="${e.d}"${r.directed ? ` marker-end="url(#${idPrefix}-arrow)"` : ""} ` +
        `data-relation-id="${esc(r.id)}" data-from="${esc(r.from)}" data-to="${esc(r.to)}" data-type="${esc(r.type)}" data-start="${e.first}"${e.last ? ` data-end="${e.last}"` : ""}/></a>`,
    );
  }
  out.push(`</g>`);

  out.push(`<g class="net-nodes">`);
  for (const n of graph.nodes) {
    const a = n.actor;
    const text = nodeDescription(n);
    out.push(
      `<a class="n g-${n.group}" href="${esc(paths.actor(a.id))}" target="_top" data-actor-id="${esc(a.id)}" data-kind="${esc(a.kind)}" data-country="${esc(a.country)}" ` +
        `data-x="${num(n.x)}" data-y="${num(n.y)}" data-r="${num(n.r)}">` +
        `<path fill="${groupColor(n.group)}" d="${shapePath(kindOf(a.kind).shape, n.x, n.y, n.r)}"/><title>${esc(text)}</title></a>`,
    );
  }
  out.push(`</g>`);

  // Labels: one per node, at its placed side; `data-lv` is the first zoom level that shows it.
  const level2 = graph.levels[2] ?? graph.levels[graph.levels.length - 1]!;
  out.push(`<g class="net-labels" aria-hidden="true" fill="currentColor" font-size="${num((level2.fontPx * width) / level2.displayWidth)}">`);
  for (const n of graph.nodes) {
    const { side, level } = n.placed;
    const at = labelAnchor(n, side);
    const em = SIDES[side];
    out.push(
      `<text data-for="${esc(n.actor.id)}"${level === null ? "" : ` data-lv="${level}"`}${level === null || level > 2 ? ` display="none"` : ""} x="${num(at.x)}" y="${num(at.y)}"` +
        `${em.dx ? ` dx="${em.dx}em"` : ""} dy="${em.dy}em"${at.anchor === "start" ? "" : ` text-anchor="${at.anchor}"`}>${esc(n.label)}</text>`,
    );
  }
  out.push(`</g></svg>`);
  return out.join("");
}

export function actorNetwork(model: Model): Chart {
  const graph = networkGraph(model);
  const { actors, relations } = model.tables;
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
  const label = `Network of ${actors.length} actors and ${relations.length} relations`;

  return {
    id: NETWORK_CHART_ID,
    title: "Who dealt with whom",
    takeaway: hubs.length > 0
      ? `${hubs.map((n) => `${n.label} (${n.degree})`).join(", ")} have the most recorded relations.`
      : "No relations recorded yet.",
    description:
      `A network of ${actors.length} actors, ${linked} of them linked by ${relations.length} dated relations. ` +
      `Shapes show the kind of actor, colours the country group: ${byGroup.map((x) => `${x.g.label} ${x.n}`).join(", ")}. ` +
      `Line styles show the kind of relation: ${byFamily.map((x) => `${x.f.label.toLowerCase()} ${x.n}`).join(", ")}; arrows point from the actor who acted. ` +
      `The table lists every relation with its dates and sources.`,
    svg: networkSvg(graph, { label }),
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
