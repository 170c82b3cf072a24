// Loads Pagefind's browser library on demand (first focus or submit), never on page load: the
// index is a few hundred kilobytes that most readers never need. The bundle is built into
// <base>pagefind/ after `astro build`, so it is imported by URL, outside Vite's module graph; the
// index comes in parts (index-parts.ts), merged here into one search.

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string | string[]> }) => Promise<PagefindSearch | null>;
  preload: (term: string) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

import { ENTITY_TYPES, leadWith, namesTitle } from "./entity-first.ts";
import { INDEX_PARTS, otherParts } from "./index-parts.ts";

let loading: Promise<PagefindModule> | undefined;

export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const root = `${import.meta.env.BASE_URL}pagefind/`;
    const [first] = INDEX_PARTS;
    const others = otherParts(document.querySelector<HTMLElement>("[data-index-parts]")?.dataset.indexParts);
    const pagefind = (await import(/* @vite-ignore */ `${root}${first!.folder}pagefind.js`)) as PagefindModule;
    const options = { excerptLength: 22 };
    await pagefind.options(options);
    await pagefind.init();
    // The other parts of the index (src/site/search/index-parts.ts); results link under the base
    // path like the first part's.
    await Promise.all(others.map((part) => pagefind.mergeIndex(`${root}${part.folder}`, { ...options, indexWeight: part.weight, baseUrl: import.meta.env.BASE_URL })));
    return pagefind;
  })();
  // A failed load (offline, index missing in `astro dev`) may be retried on the next attempt.
  loading.catch(() => (loading = undefined));
  return loading;
}

export interface Found {
  total: number;
  /** Counts per result type, for the filter buttons. */
  types: Record<string, number>;
  results: PagefindResult[];
}

/**
 * Search, optionally within one result type. With `counts`, the per-type counts are filled in:
 * Pagefind only reports them once its filter index is loaded, which costs one small request.
 */
export async function search(term: string, type?: string | null, { counts = false } = {}): Promise<Found | null> {
  const pagefind = await loadPagefind();
  if (counts) await pagefind.filters();
  const found = await pagefind.search(term, type ? { filters: { type } } : {});
  if (!found) return null; // superseded by a newer search
  return {
    total: found.results.length,
    types: found.totalFilters?.type ?? found.filters?.type ?? {},
    results: leadWith(found.results, await namedEntities(pagefind, term, type)),
  };
}

/** Actor and deposit pages whose title the term names (src/site/search/entity-first.ts). */
async function namedEntities(pagefind: PagefindModule, term: string, type?: string | null): Promise<string[]> {
  const kinds = ENTITY_TYPES.filter((t) => !type || t === type);
  const named: string[] = [];
  for (const kind of kinds) {
    const hits = await pagefind.search(term, { filters: { type: kind } });
    // The best few by Pagefind's own score are enough: a name that matches ranks near the top.
    for (const hit of hits?.results.slice(0, 5) ?? []) {
      const data = await hit.data();
      if (namesTitle(term, data.meta.title ?? "")) named.push(hit.id);
    }
  }
  return named;
}
