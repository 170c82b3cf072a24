// "What was known when": the threads an event sits on, each with what came just before and just
// after it. A thread is an actor's events in time order, or the measures one authority adopted
// (the EU Council's packages, OFAC's designations and licences). Pure, from the model.

import { compareDates } from "./dates.ts";
import { rowsBy } from "./rows-by.ts";
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

// Every event page asks for its actors' and authorities' threads, and many pages share them, so
// each sorted list is made once per model (built per page, the authority's filtered every measure
// on every event page: events × measures at a hundred times today's data).
const sortedLists = new WeakMap<Model, Map<string, EventRow[]>>();

function once(model: Model, key: string, make: () => EventRow[]): EventRow[] {
  let lists = sortedLists.get(model);
  if (!lists) sortedLists.set(model, (lists = new Map()));
  let list = lists.get(key);
  if (!list) lists.set(key, (list = make()));
  return list;
}

export function eventThreads(model: Model, eventId: string, { maxActors = 4 } = {}): Thread[] {
  const event = model.eventById.get(eventId);
  if (!event) return [];
  const threads: Thread[] = [];
  const actors = [...(model.actorsOfEvent.get(eventId) ?? [])].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  for (const { actor } of actors.slice(0, maxActors)) {
    const list = once(model, `actor ${actor.id}`, () => (model.eventsOfActor.get(actor.id) ?? []).map((x) => x.event).sort(byDate));
    if (list.length < 2) continue;
    threads.push({ kind: "actor", actor, ...neighbours(list, event), length: list.length });
  }
  const seen = new Set<string>();
  for (const m of model.measuresOfEvent.get(eventId) ?? []) {
    const authority = model.actorById.get(m.authority);
    if (seen.has(m.authority) || !authority) continue;
    seen.add(m.authority);
    const list = once(model, `authority ${m.authority}`, () =>
      [...new Set(rowsBy(model.tables.measures, "authority", m.authority).filter((x) => x.event).map((x) => x.event!))]
        .map((id) => model.eventById.get(id))
        .filter((e): e is EventRow => e !== undefined)
        .sort(byDate));
    if (list.length < 2) continue;
    threads.push({ kind: "measures", actor: authority, ...neighbours(list, event), length: list.length });
  }
  return threads;
}
