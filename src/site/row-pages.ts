// Which page of a paged list holds a row. Past a few hundred rows (ten or a hundred times today's
// data) the full lists of relations and of mineral figures are split into numbered pages; links
// to a row (rowPath, the search index) and the list pages themselves must agree on where it is, so
// both ask here. Cheap and free of drawing code, so a link can be resolved without building a view.

import type { Model } from "../data/model.ts";
import type { RelationRow } from "../data/tables.generated.ts";
import { pageRows } from "./list-pages.ts";

/** Rows per page of the full relation list once there are more than this. */
export const RELATIONS_PER_PAGE = 500;

/** Relations in list order: by start date, then id. */
export function relationOrder(relations: readonly RelationRow[]): RelationRow[] {
  return [...relations].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** Number of pages of the full relation list; 0 when the list fits on /network/ itself. */
export function relationPageCount(count: number): number {
  return count > RELATIONS_PER_PAGE ? Math.ceil(count / RELATIONS_PER_PAGE) : 0;
}

const relationPages = new WeakMap<readonly RelationRow[], Map<string, number>>();

/** Which page of the full list (1-based) holds each relation; empty when there are no pages. */
export function relationPageOf(relations: readonly RelationRow[]): Map<string, number> {
  let pages = relationPages.get(relations);
  if (!pages) {
    pages = new Map();
    if (relationPageCount(relations.length) > 0) relationOrder(relations).forEach((r, i) => pages!.set(r.id, Math.floor(i / RELATIONS_PER_PAGE) + 1));
    relationPages.set(relations, pages);
  }
  return pages;
}

export const MINERAL_ROWS_PER_PAGE = 500;

/** The tables /minerals/figures/ lists, by slug, in its order: the rows each lists, in file order. */
export function mineralListed(model: Model) {
  const { mineral_stats, figures, deal_terms, places } = model.tables;
  return { "mineral-stats": mineral_stats, deposits: model.deposits, figures, "deal-terms": deal_terms, places } as const;
}

/** Rows per page of a mineral table, and its pages: 0 while /minerals/figures/ lists it whole. */
export function mineralPaging(count: number): { pageSize: number; pageCount: number } {
  const pageSize = pageRows(MINERAL_ROWS_PER_PAGE);
  return { pageSize, pageCount: count > pageSize ? Math.ceil(count / pageSize) : 0 };
}

const mineralPages = new WeakMap<Model, Map<string, string>>();

/** "/minerals/figures/<slug>/<n>/" for a row of a paged table; null while its table is unpaged. */
export function mineralRowPage(model: Model, id: string): string | null {
  let pages = mineralPages.get(model);
  if (!pages) {
    pages = new Map();
    for (const [slug, rows] of Object.entries(mineralListed(model))) {
      const { pageSize, pageCount } = mineralPaging(rows.length);
      if (pageCount === 0) continue;
      rows.forEach((r, i) => pages!.set(r.id, `/minerals/figures/${slug}/${Math.floor(i / pageSize) + 1}/`));
    }
    mineralPages.set(model, pages);
  }
  return pages.get(id) ?? null;
}
