// "What was known when": the threads an event sits on, each with what came just before and just
// after it. A thread is an actor's events in time order, or the measures one authority adopted
// (the EU Council's packages, OFAC's designations and licences). Pure, from the model.

import { compareDates } from "./dates.ts";
import type { Model } from "./model.ts";
import type { ActorRow, EventRow } from "./tables.generated.ts";

export interface Thread {
  kind: "actor" | "measures";
  /** Who the thread follows: the actor, or the authority whose measures it lists. */
  actor: ActorRow;
  before: EventRow | null;
  after: EventRow | null;
  /** How many events the thread holds in all. */
  length: number;
}

const ROLE_ORDER = ["initiator", "host", "participant", "target", "spokesperson", "reporter"];

function neighbours(list: readonly EventRow[], event: EventRow): { before: EventRow | null; after: EventRow | null } {
  const i = list.findIndex((e) => e.id === event.id);
  return { before: list[i - 1] ?? null, after: list[i + 1] ?? null };
}

const byDate = (a: EventRow, b: EventRow) => compareDates(a.date, b.date) || a.id.localeCompare(b.id);

interface ThreadLists {
  /** An actor's events in time order, made when first asked for. */
  ofActor: (id: string) => EventRow[];
  /** Each authority's measures' events in time order. */
  ofAuthority: Map<string, EventRow[]>;
}

// Every event page asks for the threads of its actors and authorities, and many pages share them:
// made once per model rather than on each page (at a hundred times today's data, filtering every
// measure on every event page grew with events × measures).
const listsByModel = new WeakMap<Model, ThreadLists>();

function threadLists(model: Model): ThreadLists {
  const known = listsByModel.get(model);
  if (known) return known;
  const byActor = new Map<string, EventRow[]>();
  const ofActor = (id: string) => {
    let list = byActor.get(id);
    if (!list) byActor.set(id, (list = (model.eventsOfActor.get(id) ?? []).map((x) => x.event).sort(byDate)));
    return list;
  };
  const ids = new Map<string, Set<string>>();
  for (const m of model.tables.measures) {
    if (!m.event) continue;
    let set = ids.get(m.authority);
    if (!set) ids.set(m.authority, (set = new Set()));
    set.add(m.event);
  }
  const ofAuthority = new Map<string, EventRow[]>();
  for (const [authority, set] of ids) {
    ofAuthority.set(authority, [...set].map((id) => model.eventById.get(id)).filter((e): e is EventRow => e !== undefined).sort(byDate));
  }
  const lists = { ofActor, ofAuthority };
  listsByModel.set(model, lists);
  return lists;
}

export function eventThreads(model: Model, eventId: string, { maxActors = 4 } = {}): Thread[] {
  const event = model.eventById.get(eventId);
  if (!event) return [];
  const { ofActor, ofAuthority } = threadLists(model);
  const threads: Thread[] = [];
  const actors = [...(model.actorsOfEvent.get(eventId) ?? [])].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  for (const { actor } of actors.slice(0, maxActors)) {
    const list = ofActor(actor.id);
    if (list.length < 2) continue;
    threads.push({ kind: "actor", actor, ...neighbours(list, event), length: list.length });
  }
  const seen = new Set<string>();
  for (const m of model.measuresOfEvent.get(eventId) ?? []) {
    const authority = model.actorById.get(m.authority);
    if (seen.has(m.authority) || !authority) continue;
    seen.add(m.authority);
    const list = ofAuthority.get(m.authority) ?? [];
    if (list.length < 2) continue;
    threads.push({ kind: "measures", actor: authority, ...neighbours(list, event), length: list.length });
  }
  return threads;
}
