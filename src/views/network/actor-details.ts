// What the network's side panel shows about one actor, as plain data: role, relations (typed, dated,
// sourced) and events. Written at build time to /network/actors/<id>.json and fetched on select,
// so the network page does not carry every actor's details up front.

import type { Model } from "../../data/model.ts";
import { formatPartialDate } from "../../data/dates.ts";
import { countryName, kindOf, typeLabel } from "./network-style.ts";
import { paths } from "../../site/paths.ts";
import { sourceHref } from "../../site/row-links.ts";
import { networkGraph } from "./network-graph.ts";
import { expansion, type ExpansionNode } from "./network-expansion.ts";

export interface ActorDetails {
  id: string;
  name: string;
  kind: string;
  country: string;
  role: string | null;
  href: string;
  parent: { id: string; name: string; href: string } | null;
  relations: {
    id: string;
    type: string;
    /** "out": this actor acted; "in": acted upon; "mutual": undirected. */
    direction: "out" | "in" | "mutual";
    other: { id: string; name: string; href: string };
    dates: string;
    summary: string;
    sources: { id: string; publisher: string; href: string }[];
  }[];
  /** `day` is the ISO (partial) date, for comparing with the network's date; `date` is for reading. */
  events: { id: string; date: string; day: string; role: string; headline: string; href: string }[];
  /** Linked actors the network picture leaves out, placed around this one (only at scale). */
  expand?: ExpansionNode[];
}

export function actorDetails(model: Model, id: string): ActorDetails {
  const actor = model.actorById.get(id);
  if (!actor) throw new Error(`unknown actor ${id}`);
  const ref = (actorId: string) => ({ id: actorId, name: model.actorById.get(actorId)?.name ?? actorId, href: paths.actor(actorId) });
  const parent = actor.parent ? ref(actor.parent) : null;
  return {
    id,
    name: actor.name,
    kind: kindOf(actor.kind).label,
    country: countryName(actor.country),
    role: actor.role,
    href: paths.actor(id),
    parent,
    relations: (model.relationsOfActor.get(id) ?? []).map((r) => ({
      id: r.id,
      type: typeLabel(r.type),
      direction: !r.directed ? "mutual" : r.from === id ? "out" : "in",
      other: ref(r.from === id ? r.to : r.from),
      dates: `${formatPartialDate(r.start)} – ${r.end ? formatPartialDate(r.end) : "ongoing or unknown"}`,
      summary: r.summary,
      sources: r.sources.map((s) => ({ id: s, publisher: model.sourceById.get(s)?.publisher ?? s, href: sourceHref(model, s) })),
    })),
    events: (model.eventsOfActor.get(id) ?? []).map(({ event, role }) => ({
      id: event.id,
      date: formatPartialDate(event.date),
      day: event.date,
      role,
      headline: event.headline,
      href: paths.event(event.id),
    })),
    ...expandField(model, id),
  };
}

/** Only when the picture leaves some of this actor's links out, so today's files stay as they were. */
function expandField(model: Model, id: string): { expand?: ExpansionNode[] } {
  const graph = networkGraph(model);
  if (graph.total.actors === graph.nodes.length) return {};
  const expand = expansion(model, graph, id);
  return expand.length > 0 ? { expand } : {};
}
