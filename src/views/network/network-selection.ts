// What the network picture shows when the data outgrows one readable picture: the most connected
// actors and the relations among them. Past a few hundred nodes a force layout is a hairball on a
// phone, the page grows by megabytes and the build-time layout by minutes; tools that handle large
// graphs show the hubs first and let the reader expand from there. Every actor keeps its own page
// (with its neighbourhood) and every relation its row on the paged relation lists.
// Pure and cheap (degrees only, no layout), so links to a relation can be resolved without drawing.

import type { ActorRow, RelationRow } from "../../data/tables.generated.ts";

/** At most this many actors in the picture; today's data (about 140) is drawn whole. */
export const NETWORK_MAX_NODES = 250;

export interface NetworkSelection {
  actors: ActorRow[];
  relations: RelationRow[];
  /** All actors and relations in the data. */
  total: { actors: number; relations: number };
}

export function degrees(relations: readonly RelationRow[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of relations) for (const end of new Set([r.from, r.to])) degree.set(end, (degree.get(end) ?? 0) + 1);
  return degree;
}

/** The `max` most connected actors (ties by id, so the choice is stable) and the relations among them. */
export function mostConnected(actors: readonly ActorRow[], relations: readonly RelationRow[], max = NETWORK_MAX_NODES): NetworkSelection {
  const total = { actors: actors.length, relations: relations.length };
  if (actors.length <= max) return { actors: [...actors], relations: [...relations], total };
  const degree = degrees(relations);
  const chosen = [...actors].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, max);
  const ids = new Set(chosen.map((a) => a.id));
  return { actors: chosen, relations: relations.filter((r) => ids.has(r.from) && ids.has(r.to)), total };
}

/** Actors per page of the list of all actors, once the network draws only some of them. */
export const ACTORS_PER_PAGE = 500;

/** Pages of the list of all actors; 0 while the network page lists (and draws) every actor. */
export function actorPageCount(count: number): number {
  return count > NETWORK_MAX_NODES ? Math.ceil(count / ACTORS_PER_PAGE) : 0;
}
