// Which pages, charts and embeds a data change touches, for the reviewer of a pull request:
// - pages: each changed row's own page (or its anchor on a list page), the pages that list it
//   (an event's actors, a relation's two actors, a source's citing rows), and the views built from
//   its table;
// - charts: every registered chart whose drawn rows, sources, title or takeaway differ between the
//   two versions, found by building each chart from both (so a chart counts only if it changed),
//   and the embed of each at /embed/<id>/.
// When the base does not load (an older schema), charts are listed by the tables they read instead.

import { CHARTS } from "../charts/registry.ts";
import type { DataDiff, Row } from "../data/data-diff.ts";
import type { Model } from "../data/model.ts";
import type { TableName } from "../data/tables.generated.ts";
import { rowPath } from "../site/row-paths.ts";

export interface Touches {
  pages: string[];
  charts: { id: string; title: string; page: string; embed: string }[];
  /** Why charts were not compared, when they were not. */
  chartsNote?: string;
}

/** The views that draw from each table, beyond the rows' own pages. */
const VIEWS: Partial<Record<string, string[]>> = {
  events: ["/timeline/", "/"],
  event_actors: ["/timeline/"],
  eras: ["/timeline/"],
  actors: ["/network/"],
  relations: ["/network/"],
  measures: ["/timeline/"],
  mineral_stats: ["/minerals/"],
  minerals: ["/minerals/"],
  deposits: ["/minerals/"],
  places: ["/minerals/"],
  figures: ["/minerals/", "/"],
  deal_terms: ["/minerals/"],
  sources: ["/sources/"],
  changes: ["/changes/"],
  redirects: ["/changes/"],
};

/** A chart's drawn content, to tell whether a change reached it. */
function fingerprint(model: Model, build: (model: Model) => { rows: unknown; sources: unknown; title: string; takeaway: string }): string {
  try {
    const chart = build(model);
    return JSON.stringify([chart.rows, chart.sources, chart.title, chart.takeaway]);
  } catch (error) {
    return `failed: ${(error as Error).message}`;
  }
}

export function touchedBy(diff: DataDiff, head: Model, base: Model | null, baseNote?: string): Touches {
  const pages = new Set<string>();
  const add = (path: string | null | undefined) => path && pages.add(path);
  for (const table of diff.tables) {
    const rows: Row[] = [...table.added, ...table.removed, ...table.changed.flatMap((c) => [c.before, c.after])];
    if (rows.length === 0 && table.columnsAdded.length + table.columnsRemoved.length === 0) continue;
    for (const view of VIEWS[table.table] ?? []) add(view);
    for (const row of rows) {
      const id = row.id ?? "";
      // A removed event or actor keeps a page at its old address (redirects.csv).
      if (table.table === "events" || table.table === "actors") add(`/${table.table}/${id}/`);
      else if (id) add(rowPath(head, table.table as TableName, id) ?? (base ? rowPath(base, table.table as TableName, id) : null));
      if (row.event) add(`/events/${row.event}/`);
      for (const end of [row.actor, row.from, row.to, row.authority, row.claimant]) if (end && head.actorById.has(end)) add(`/actors/${end}/`);
      if (table.table === "sources") for (const c of head.citations.get(id) ?? []) add(rowPath(head, c.table, c.id));
    }
  }

  const charts: Touches["charts"] = [];
  let chartsNote: string | undefined;
  if (base) {
    for (const entry of CHARTS) {
      if (fingerprint(head, entry.build) === fingerprint(base, entry.build)) continue;
      const chart = entry.build(head);
      charts.push({ id: entry.id, title: chart.title, page: chart.page, embed: `/embed/${entry.id}/` });
    }
  } else {
    chartsNote = `charts were not compared (${baseNote ?? "the base version does not load"}); every chart on the pages above may have changed`;
  }
  for (const c of charts) add(c.page);
  return { pages: [...pages].sort(), charts, chartsNote };
}
