// The network's geometry, computed once per build: node sizes from degree, positions from the
// deterministic force layout, labels placed per zoom level, and one edge path per relation.
// No markup here, so scripts and tests can compute it without the site around it.

import type { Model } from "../../data/model.ts";
import type { ActorRow, RelationRow } from "../../data/tables.generated.ts";
import { firstDay, lastDay, parsePartialDate } from "../../data/dates.ts";
import { layoutNetwork } from "./network-layout.ts";
import { placeLabels, type LabelLevel, type PlacedLabel } from "./network-labels.ts";
import { edgePath, fanBends } from "./network-geometry.ts";
import { countryGroup, familyOf, shortName, type CountryGroup, type RelationFamily } from "./network-style.ts";
import { degrees as degreeOf, mostConnected } from "./network-selection.ts";

export const NETWORK_WIDTH = 1000;
export const NETWORK_HEIGHT = 700;

/**
 * Display widths the labels are placed for: a phone, a tablet, the desktop column, then the
 * desktop column zoomed in 2x, 4x, ... Font sizes are what a reader sees at that width.
 */
export const BASE_LEVELS: readonly LabelLevel[] = [
  // From a 320-px phone's column (288 px) up: 11 px there, never past 18 px before the next level.
  { displayWidth: 288, fontPx: 11 },
  { displayWidth: 420, fontPx: 12 },
  { displayWidth: 560, fontPx: 12 },
  { displayWidth: 800, fontPx: 12 },
];
const MAX_ZOOM_LEVELS = 6;

/** Where each country group gathers: the US above, Ukraine and Russia on either side, the rest below. */
const ANCHORS: Record<CountryGroup, readonly [number, number]> = {
  us: [0.5, 0.27],
  ua: [0.2, 0.52],
  ru: [0.8, 0.52],
  europe: [0.28, 0.84],
  int: [0.52, 0.8],
  other: [0.76, 0.85],
};

export interface NetworkNode {
  actor: ActorRow;
  degree: number;
  group: CountryGroup;
  x: number;
  y: number;
  r: number;
  label: string;
  placed: PlacedLabel;
}

export interface NetworkEdge {
  relation: RelationRow;
  family: RelationFamily;
  d: string;
  /** First and last day the relation is active ("YYYY-MM-DD"); last is null while ongoing. */
  first: string;
  last: string | null;
}

export interface NetworkGraph {
  width: number;
  height: number;
  /** Typical distance between neighbours; node sizes and spacing scale with it. */
  unit: number;
  /** In drawing order: the most connected first (painted below, reached first by Tab). */
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  levels: LabelLevel[];
  /** Actors and relations in the data; the picture draws `nodes` and `edges` of them. */
  total: { actors: number; relations: number };
}

const cache = new WeakMap<Model, NetworkGraph>();

export function networkGraph(model: Model): NetworkGraph {
  const hit = cache.get(model);
  if (hit) return hit;
  // Past NETWORK_MAX_NODES actors, only the most connected are laid out and drawn.
  const shown = mostConnected(model.tables.actors, model.tables.relations);
  const graph = { ...computeGraph(shown.actors, shown.relations), total: shown.total };
  cache.set(model, graph);
  return graph;
}

export function computeGraph(actors: readonly ActorRow[], relations: readonly RelationRow[]): NetworkGraph {
  const width = NETWORK_WIDTH;
  const height = NETWORK_HEIGHT;
  const degree = degreeOf(relations);

  // The denser the data, the smaller everything gets, so the whole network always fits the frame.
  const unit = Math.sqrt((width * height) / Math.max(actors.length, 60));
  const radius = (d: number) => unit * (0.075 + 0.03 * Math.sqrt(d));
  // The best-connected actors sit in the crowded middle; reserving room around them keeps space
  // for their labels, the ones readers look for first.
  const degrees = [...degree.values()].sort((a, b) => b - a);
  const hubDegree = Math.max(3, degrees[Math.max(4, Math.round(actors.length * 0.05)) - 1] ?? Infinity);
  const positions = layoutNetwork(
    actors.map((a) => {
      const d = degree.get(a.id) ?? 0;
      return { id: a.id, cluster: countryGroup(a.country), radius: radius(d), room: d >= hubDegree ? unit * 0.5 : 0 };
    }),
    relations.map((r) => ({ source: r.from, target: r.to })),
    { width, height, anchors: ANCHORS, spacing: unit },
  );

  const ordered = [...actors].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const base = ordered.map((actor) => {
    const p = positions.get(actor.id)!;
    const d = degree.get(actor.id) ?? 0;
    return { actor, degree: d, group: countryGroup(actor.country), x: p.x, y: p.y, r: radius(d), label: shortName(actor.name) };
  });

  // Zoom levels double the desktop width until every label has found a place (or we stop trying);
  // levels no label needs are dropped.
  const candidates = [...BASE_LEVELS];
  while (candidates.length < BASE_LEVELS.length + MAX_ZOOM_LEVELS) {
    candidates.push({ displayWidth: candidates[candidates.length - 1]!.displayWidth * 2, fontPx: 12 });
  }
  const subjects = base.map((n) => ({ id: n.actor.id, x: n.x, y: n.y, r: n.r, text: n.label }));
  const hubs = Math.min(12, base.filter((n) => n.degree >= hubDegree).length);
  const placed = placeLabels(subjects, candidates, width, height, hubs);
  const deepest = Math.max(0, ...[...placed.values()].map((p) => p.level ?? 0));
  const levels = candidates.slice(0, Math.max(BASE_LEVELS.length, deepest + 1));
  const nodes: NetworkNode[] = base.map((n) => ({ ...n, placed: placed.get(n.actor.id)! }));

  const nodeById = new Map(nodes.map((n) => [n.actor.id, n]));
  const pairKey = (r: RelationRow) => (r.from < r.to ? `${r.from} ${r.to}` : `${r.to} ${r.from}`);
  const byPair = new Map<string, RelationRow[]>();
  for (const r of [...relations].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))) {
    const list = byPair.get(pairKey(r));
    if (list) list.push(r);
    else byPair.set(pairKey(r), [r]);
  }
  const familyOrder: RelationFamily[] = ["office", "reporting", "deal", "pressure", "contact"];
  const edges: NetworkEdge[] = [];
  for (const list of byPair.values()) {
    const bends = fanBends(list.length, unit * 0.07);
    list.forEach((relation, i) => {
      const a = nodeById.get(relation.from)!;
      const b = nodeById.get(relation.to)!;
      const start = parsePartialDate(relation.start)!;
      const end = relation.end ? parsePartialDate(relation.end) : null;
      edges.push({
        relation,
        family: familyOf(relation.type),
        d: edgePath(a, b, bends[i]!, relation.directed ? arrowLength(unit) : 0, relation.from > relation.to),
        first: firstDay(start),
        last: end ? lastDay(end) : null,
      });
    });
  }
  edges.sort((e, f) => familyOrder.indexOf(e.family) - familyOrder.indexOf(f.family) || e.relation.id.localeCompare(f.relation.id));
  return { width, height, unit, nodes, edges, levels, total: { actors: actors.length, relations: relations.length } };
}

/** Length of an arrowhead: edges of directed relations stop short of the node by this much. */
export const arrowLength = (unit: number) => unit * 0.09;
