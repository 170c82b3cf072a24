// What the change log says about a row it names: its label and where it lives now. Live rows link
// to their page, old ids to the page at their old address (which says why it went); a renamed
// row's old address only forwards, so it links to the new page. Lookups are built once per model:
// /changes/ and each page of old ids resolve thousands of ids at a hundred times today's data.

import type { Model } from "../../data/model.ts";
import { resolveOldId } from "../../data/change-history.ts";
import type { TableName } from "../../data/tables.generated.ts";
import { paths } from "../../site/paths.ts";
import { rowHref } from "../../site/row-links.ts";

const SEARCHED: TableName[] = ["events", "actors", "sources", "relations", "measures", "figures", "mineral_stats", "deposits", "deal_terms", "disputes", "claims", "places", "eras", "minerals"];

interface Lookups {
  tableOf: Map<string, TableName>;
  labelOf: Map<string, string>;
}
const cache = new WeakMap<Model, Lookups>();

function lookups(model: Model): Lookups {
  let l = cache.get(model);
  if (l) return l;
  const tableOf = new Map<string, TableName>();
  const labelOf = new Map<string, string>();
  for (const name of SEARCHED) {
    for (const row of model.tables[name] as unknown as { id: string; label?: string; name?: string; headline?: string; title?: string }[]) {
      if (!tableOf.has(row.id)) tableOf.set(row.id, name);
      labelOf.set(row.id, row.headline ?? row.name ?? row.title ?? row.label ?? row.id);
    }
  }
  // published_ids says which table an id was published in; it wins over the scan above.
  for (const p of model.tables.published_ids) tableOf.set(p.id, p.table as TableName);
  l = { tableOf, labelOf };
  cache.set(model, l);
  return l;
}

/** The old address of a renamed or removed event or actor, which says where it went. */
export function oldAddress(table: string, id: string): string | null {
  return table === "events" ? paths.event(id) : table === "actors" ? paths.actor(id) : null;
}

/** A row's label and link: live rows link to their page, old ids to the page at their old address. */
export function changeRowRef(model: Model, id: string): { label: string; href: string | null } {
  const history = model.history;
  const redirect = history.redirectById.get(id);
  if (redirect) {
    const old = oldAddress(redirect.table, id);
    const target = resolveOldId(history, id);
    const live = target && "id" in target ? rowHref(model, redirect.table as TableName, target.id) : null;
    return { label: redirect.label, href: old ?? live };
  }
  const { tableOf, labelOf } = lookups(model);
  const table = tableOf.get(id);
  if (!table) return { label: id, href: null };
  const label = model.eventById.get(id)?.headline ?? model.actorById.get(id)?.name ?? model.measureById.get(id)?.name ?? model.sourceById.get(id)?.title ?? labelOf.get(id) ?? id;
  return { label, href: rowHref(model, table, id) };
}
