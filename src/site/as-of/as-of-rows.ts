// Which rows a page's ?date= handling needs dates for, and those dates. The browser dims a mark or
// table row whose row was not yet known on the date (as-of-bar.ts); marks name their row only by id,
// so the build lists "id@date" for them. Only the rows the page shows are listed: with every figure
// and deal term on every minerals page, a topic page at a hundred times today's data carried 458 KB
// of dates for rows it never draws.

import type { Chart } from "../../charts/chart.ts";
import type { Model } from "../../data/model.ts";

/** The row ids a chart's drawings mark (data-row-id), in both its wide and narrow drawing. */
export function markedRows(charts: readonly Chart[]): Set<string> {
  const ids = new Set<string>();
  for (const chart of charts) {
    for (const drawing of [chart.drawing, chart.narrow]) {
      // Ids are slugs (the schema's pattern), so they appear in the markup as written.
      for (const m of drawing?.svg.matchAll(/\bdata-row-id="([^"]+)"/g) ?? []) ids.add(m[1]!);
    }
  }
  return ids;
}

/**
 * "id@date" for each figure (as of when it was reported) and deal term (its version's date) among
 * `shown` (all of them when omitted). A mineral figure's year is the year it describes, not when it
 * was published, so mineral_stats rows are left out.
 */
export function asOfPairs(model: Model, shown?: ReadonlySet<string>): string[] {
  const { figures, deal_terms } = model.tables;
  const keep = (id: string) => shown === undefined || shown.has(id);
  return [
    ...figures.filter((f) => keep(f.id)).map((f) => `${f.id}@${f.as_of}`),
    ...deal_terms.filter((t) => keep(t.id)).map((t) => `${t.id}@${t.version_date}`),
  ];
}
