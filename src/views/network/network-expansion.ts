// Expanding an actor's neighbourhood beyond the picture: when the network draws only the most
// connected actors (src/views/network/network-selection.ts), the actor's panel offers to draw its other
// linked actors around it. Where they go is decided here, at build time, and shipped in the
// actor's JSON, so the browser only adds a few ready-made marks: no layout in the reader's browser.

import type { Model } from "../../data/model.ts";
import { paths } from "../../site/paths.ts";
import type { NetworkGraph } from "./network-graph.ts";
import { countryGroup, kindOf, shapePath, shortName } from "./network-style.ts";

/** At most this many actors are drawn around one; the panel lists them all anyway. */
const MAX_EXPANSION = 24;

export interface ExpansionNode {
  id: string;
  name: string;
  href: string;
  group: string;
  /** The node's shape, and the line from the expanded actor to it, as SVG path data. */
  d: string;
  edge: string;
  x: number;
  y: number;
  r: number;
  label: string;
}

const drawnIds = new WeakMap<NetworkGraph, Set<string>>();

/** The actor's linked actors that the picture leaves out, placed on a ring around it; [] if none. */
export function expansion(model: Model, graph: NetworkGraph, actorId: string): ExpansionNode[] {
  let drawn = drawnIds.get(graph);
  if (!drawn) drawnIds.set(graph, (drawn = new Set(graph.nodes.map((n) => n.actor.id))));
  const focus = graph.nodes.find((n) => n.actor.id === actorId);
  if (!focus || drawn.size === graph.total.actors) return [];
  const others = [...new Set((model.relationsOfActor.get(actorId) ?? []).map((r) => (r.from === actorId ? r.to : r.from)))]
    .filter((id) => id !== actorId && !drawn!.has(id))
    .sort()
    .slice(0, MAX_EXPANSION);
  const r = graph.unit * 0.12;
  const reach = focus.r + graph.unit * (1.2 + others.length * 0.08);
  const round = (n: number) => Math.round(n * 10) / 10;
  return others.map((id, i) => {
    const actor = model.actorById.get(id)!;
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    const x = round(Math.min(graph.width - r, Math.max(r, focus.x + reach * Math.cos(angle))));
    const y = round(Math.min(graph.height - r, Math.max(r, focus.y + reach * Math.sin(angle))));
    return {
      id, name: actor.name, href: paths.actor(id), group: countryGroup(actor.country),
      d: shapePath(kindOf(actor.kind).shape, x, y, r),
      edge: `M${round(focus.x)} ${round(focus.y)}L${x} ${y}`,
      x, y, r: round(r), label: shortName(actor.name),
    };
  });
}
