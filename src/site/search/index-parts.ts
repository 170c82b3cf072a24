// The search index is written in parts, each a Pagefind index of its own in its own folder under
// <base>pagefind/: the records for rows without a page (sources and measures,
// src/site/search/records.ts) while Astro renders, then the pages (read from the built HTML once
// they exist; past a thousand event and actor pages, those go in as records made from their rows,
// row-records.ts, added while Astro is still rendering) (src/build/integration.ts). The search box loads
// the first and merges the others into it at search time (Pagefind's mergeIndex), so a reader sees
// one list of results.
//
// Why parts: at a hundred times today's data one index of 33,836 pages and 72,400 records held
// 4.7 GB in Pagefind's indexer while it wrote; each part is held, written and dropped before the
// next is read, so the indexer holds one part at a time.

export interface IndexPart {
  /** Folder below <base>pagefind/; the first part's ("") pagefind.js is the one the browser loads. */
  folder: string;
  /**
   * How much a match in this part counts against the others (Pagefind's indexWeight). Each part
   * scores its matches against its own documents, and short records outscore whole pages there: at
   * 1 a search for "lithium" led with eight sources before the lithium page. At 0.6, 103 of the top
   * ten results for twelve everyday searches are the ones one undivided index gave (69 at 1).
   */
  weight: number;
}

export const INDEX_PARTS: readonly IndexPart[] = [
  { folder: "", weight: 1 },
  { folder: "records/", weight: 0.6 },
];
