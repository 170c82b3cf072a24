// Where a row lives on the site, so a source can link back to every row that cites it and any
// mark can link to its row's page. Paths come from row-paths.ts; this adds the base path.

import type { Model } from "../data/model.ts";
import type { TableName } from "../data/tables.generated.ts";
import { href } from "./paths.ts";
import { rowPath } from "./row-paths.ts";
import { sourcePath } from "./source-index.ts";

export function rowHref(model: Model, table: TableName, id: string): string | null {
  const path = rowPath(model, table, id);
  return path === null ? null : href(path);
}

export const TABLE_LABELS: Record<TableName, string> = {
  publishers: "Publisher",
  sources: "Source",
  actors: "Actor",
  events: "Event",
  event_actors: "Event",
  relations: "Relation",
  measures: "Measure",
  minerals: "Mineral",
  mineral_stats: "Mineral figure",
  deposits: "Deposit",
  deposit_control: "Deposit control",
  figures: "Figure",
  deal_terms: "Deal term",
  disputes: "Dispute",
  claims: "Claim",
  eras: "Era",
  story_steps: "Story step",
  places: "Place",
  changes: "Change",
  redirects: "Renamed or removed id",
  published_ids: "Published id",
};

/** A source's or publisher's entry in the bibliography, on whichever page lists it. */
export function sourceHref(model: Model, id: string): string {
  return href(sourcePath(model, id));
}
