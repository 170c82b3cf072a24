// The search index is written in parts, each a Pagefind index of its own in its own folder under
// <base>pagefind/: the records for rows without a page (sources and measures,
// src/site/search/records.ts) while Astro renders, then the pages (read from the built HTML once
// they exist; past a thousand event and actor pages, those go in as records made from their rows,
// row-records.ts, in parts of their own written while Astro is still rendering: rows/, rows-2/, …)
// (src/build/integration.ts). The search box loads
// the first and merges the others into it at search time (Pagefind's mergeIndex), so a reader sees
// one list of results.
//
// Why parts: at a hundred times today's data one index of 33,836 pages and 72,400 records held
// 4.7 GB in Pagefind's indexer while it wrote; each part is held, written and dropped before the
// next is read, so the indexer holds one part at a time. Past RECORDS_PER_PART the records are
// written in as many parts as it takes, and so are the event and actor records at scale
// (ROW_RECORDS_PER_PART), which the pages name for the browser (SearchForm.astro). A merged part
// costs the browser its small entry file and its share of the metadata: Pagefind's WebAssembly is
// loaded once, by the first part.

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

/**
 * How much a match among the event and actor records counts (at scale only, row-records.ts): as
 * much as a page's, as it did when those records were in the pages part; each is a page's record.
 */
export const ROW_RECORDS_WEIGHT = 1;

export const INDEX_PARTS: readonly IndexPart[] = [
  { folder: "", weight: 1 },
  { folder: "records/", weight: RECORDS_WEIGHT },
];

/**
 * Records per records part at most. Pagefind's indexer holds memory in proportion to the records
 * of the part it writes, and it writes them while the astro process renders (at a hundred times
 * today's data, about 1.5 GB), so a part must stay small for the two together to stay under 2 GB:
 * measured alone at that size, 10,000 sources and measures took 0.36-0.44 GB, 36,200 took 1.04 GB.
 * Today's few hundred make one part, as before.
 */
export const RECORDS_PER_PART = 10_000;

/**
 * The same for the event and actor records, which hold more text each: 5,000 took 0.15-0.34 GB,
 * 10,000 0.66 GB, and all 32,200 at a hundred times today's data 1.53 GB.
 */
export const ROW_RECORDS_PER_PART = 5_000;

/** `count` records' folders, `perPart` to a folder: "<stem>/", then "<stem>-2/" and on. */
export function partFolders(stem: "records" | "rows", count: number, perPart: number): string[] {
  const parts = Math.max(1, Math.ceil(count / perPart));
  return Array.from({ length: parts }, (_, i) => (i === 0 ? `${stem}/` : `${stem}-${i + 1}/`));
}

/**
 * The parts the browser merges after the first: the parts a page names (its search form's
 * data-index-parts, written only when there is more than the one records part), else
 * INDEX_PARTS'. Only folders of the two forms the build writes are taken.
 */
export function otherParts(named: string | undefined): IndexPart[] {
  if (!named) return INDEX_PARTS.slice(1);
  return named
    .split(" ")
    .filter((folder) => /^(records|rows)(-\d+)?\/$/.test(folder))
    .map((folder) => ({ folder, weight: folder.startsWith("rows") ? ROW_RECORDS_WEIGHT : RECORDS_WEIGHT }));
}
