// Where a row lives on the site, as a path from the site root ("/events/x/#msr-y"), without the
// base path. Kept free of import.meta.env so the build's search indexer (plain Node) can share it;
// pages use rowHref() in row-links.ts, which adds the base.

import type { Model } from "../data/model.ts";
import type { TableName } from "../data/tables.generated.ts";
import { mineralRowPage, relationPageOf } from "./row-pages.ts";
import { sourcePath } from "./source-index.ts";

// Rows by id, once per table: a scan per link made the bibliography's back-links quadratic.
const indexes = new WeakMap<readonly { id: string }[], Map<string, unknown>>();
function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = new Map(rows.map((r) => [r.id, r]))));
  return index as Map<string, T>;
}

export function rowPath(model: Model, table: TableName, id: string): string | null {
  switch (table) {
    case "events":
    case "event_actors":
      return `/events/${id}/`;
    case "actors":
      return `/actors/${id}/`;
    case "relations": {
      // Past one page, the full list is paged (the network page lists what its picture draws).
      const page = relationPageOf(model.tables.relations).get(id);
      return page ? `/network/relations/${page}/#${id}` : `/network/#${id}`;
    }
    case "measures": {
      // A measure is listed on its event's page, else on the page of the actor that imposed it.
      const measure = model.measureById.get(id);
      if (!measure) return null;
      if (measure.event) return `/events/${measure.event}/#${id}`;
      return model.actorById.has(measure.authority) ? `/actors/${measure.authority}/#${id}` : null;
    }
    case "mineral_stats":
    case "deposits":
    case "deposit_control":
    case "figures":
    case "deal_terms":
    case "places":
      // Every row behind the mineral charts, in the tables of one page (until 2026 these tables
      // were on /minerals/ itself, which forwards such fragments here).
      return `${mineralRowPage(model, id) ?? "/minerals/figures/"}#${id}`;
    case "story_steps":
      return `/story/#${id}`;
    case "sources":
    case "publishers":
      return sourcePath(model, id);
    case "disputes": {
      const dispute = byId(model.tables.disputes).get(id);
      return dispute ? rowPath(model, dispute.subject_table, dispute.subject_id) : null;
    }
    case "claims": {
      const claim = byId(model.tables.claims).get(id);
      return claim ? rowPath(model, "disputes", claim.dispute) : null;
    }
    default:
      return null;
  }
}

/** The row a chart mark stands for, from its data attribute (DESIGN.md: marks carry their row's id). */
export const MARK_TABLES = {
  "data-event-id": "events",
  "data-actor-id": "actors",
  "data-relation-id": "relations",
  "data-deposit-id": "deposits",
} as const satisfies Record<string, TableName>;
