// Where a row lives on the site, so a source can link back to every row that cites it and any
// mark can link to its row's page.

import type { Model } from "../data/model.ts";
import type { TableName } from "../data/tables.generated.ts";
import { href, paths } from "./paths.ts";

export function rowHref(model: Model, table: TableName, id: string): string | null {
  switch (table) {
    case "events":
    case "event_actors":
      return paths.event(id);
    case "actors":
      return paths.actor(id);
    case "relations":
      return href(`/network/#${id}`);
    case "measures": {
      const event = model.measureById.get(id)?.event;
      return event ? paths.event(event) : null;
    }
    case "mineral_stats":
    case "deposits":
    case "figures":
    case "deal_terms":
    case "places":
      return href(`/minerals/#${id}`);
    case "claims": {
      const claim = model.tables.claims.find((c) => c.id === id);
      const dispute = claim && model.tables.disputes.find((d) => d.id === claim.dispute);
      return dispute ? rowHref(model, dispute.subject_table, dispute.subject_id) : null;
    }
    default:
      return null;
  }
}

export const TABLE_LABELS: Record<TableName, string> = {
  sources: "Source",
  actors: "Actor",
  events: "Event",
  event_actors: "Event",
  relations: "Relation",
  measures: "Measure",
  minerals: "Mineral",
  mineral_stats: "Mineral figure",
  deposits: "Deposit",
  figures: "Figure",
  deal_terms: "Deal term",
  disputes: "Dispute",
  claims: "Claim",
  eras: "Era",
  places: "Place",
};
