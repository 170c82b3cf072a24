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
// next is read, so the indexer holds one part at a time. Past RECORDS_PER_PART the records are
// written in as many parts as it takes, which the pages name for the browser (SearchForm.astro).

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

/** How much a match among the records counts against the pages (see IndexPart.weight). */
export const RECORDS_WEIGHT = 0.6;

export const INDEX_PARTS: readonly IndexPart[] = [
  { folder: "", weight: 1 },
  { folder: "records/", weight: RECORDS_WEIGHT },
];

/**
 * Records per records part at most. Pagefind's indexer holds memory in proportion to the records
 * of the part it writes: 72,400 (a hundred times today's data) took 1.95 GB, half of them 1.0 GB.
 * Today's few hundred make one part, as before.
 */
export const RECORDS_PER_PART = 40_000;

/** The records parts' folders for `count` records: "records/", then "records-2/" and on past `perPart`. */
export function recordFolders(count: number, perPart = RECORDS_PER_PART): string[] {
  const parts = Math.max(1, Math.ceil(count / perPart));
  return Array.from({ length: parts }, (_, i) => (i === 0 ? "records/" : `records-${i + 1}/`));
}

/**
 * The parts the browser merges after the first: the records parts a page names (its search form's
 * data-index-parts, written only when the records take more than one part), else INDEX_PARTS'.
 */
export function otherParts(named: string | undefined): IndexPart[] {
  if (!named) return INDEX_PARTS.slice(1);
  return named.split(" ").filter((folder) => /^records(-\d+)?\/$/.test(folder)).map((folder) => ({ folder, weight: RECORDS_WEIGHT }));
}
