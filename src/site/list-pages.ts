// Long lists become pages once they pass a size a phone can open quickly (400 KB of gzip at most
// per page): the sources, the relation list, the change log's old ids, the mineral tables. Today's
// data stays below every threshold and keeps its one-page lists.
//
// LIST_PAGE_ROWS (an environment variable, for tests and trials) sets every list's page size at
// once, so a small fixture can be built in its paged form without a hundred times the data.

import { wholeSetting } from "./whole-setting.ts";

/** Rows per page for a list whose usual page holds `usual` rows. */
export function pageRows(usual: number, env: Record<string, string | undefined> = process.env): number {
  return wholeSetting(env.LIST_PAGE_ROWS) ?? usual;
}

/** Split `items` into pages of about `size`, never splitting a group (`groupOf`) across two pages. */
export function pagesOf<T>(items: readonly T[], size: number, groupOf: (item: T) => unknown = (item) => item): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let group: unknown = Symbol("none");
  for (const item of items) {
    const g = groupOf(item);
    if (page.length >= size && g !== group) {
      pages.push(page);
      page = [];
    }
    page.push(item);
    group = g;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
