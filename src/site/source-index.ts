// The bibliography's order, worked out once per model: publishers A–Z, each publisher's sources
// newest first. Past SOURCES_PER_PAGE sources it is split into pages (/sources/<n>/, a publisher
// never split across two), and /sources/ becomes their summary; links to a source or a publisher
// then go to the page that lists it (row-paths.ts asks sourcePageOf).

import type { Model, SourceView } from "../data/model.ts";
import { groupBy } from "../data/model.ts";
import { compareDates } from "../data/dates.ts";
import type { PublisherRow } from "../data/tables.generated.ts";
import { indexLetter } from "./slug.ts";
import { pageRows, pagesOf } from "./list-pages.ts";

/** Sources per page once the bibliography is paged; today's ~700 stay on /sources/ itself. */
export const SOURCES_PER_PAGE = 1000;

export interface PublisherGroup {
  id: string;
  publisher: PublisherRow;
  letter: string;
  /** Newest first; undated pages last. */
  sources: SourceView[];
}

export interface SourceIndex {
  publishers: PublisherGroup[];
  /** Publisher groups per page; empty while every source is on /sources/. */
  pages: PublisherGroup[][];
  /** Page (1-based) of each source and publisher id; empty while unpaged. */
  pageOf: Map<string, number>;
}

const collator = new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: true });
const cache = new WeakMap<Model, SourceIndex>();

export function sourceIndex(model: Model): SourceIndex {
  let index = cache.get(model);
  if (index) return index;
  const publishers = [...groupBy(model.sources, (s) => s.publisher_id)]
    .map(([id, list]) => ({ id, publisher: model.publisherById.get(id)!, list }))
    .sort((a, b) => collator.compare(a.publisher.name, b.publisher.name))
    .map(({ id, publisher, list }) => ({
      id,
      publisher,
      letter: indexLetter(publisher.name),
      sources: [...list].sort((a, b) => (a.published && b.published ? compareDates(b.published, a.published) : a.published ? -1 : b.published ? 1 : 0)),
    }));
  const size = pageRows(SOURCES_PER_PAGE);
  const pages: PublisherGroup[][] = [];
  const pageOf = new Map<string, number>();
  if (model.sources.length > size) {
    // Pages of sources, cut between publishers.
    const rows = publishers.flatMap((p) => p.sources.map((s) => ({ p, s })));
    for (const page of pagesOf(rows, size, (r) => r.p)) {
      pages.push([...new Set(page.map((r) => r.p))]);
      for (const r of page) {
        pageOf.set(r.s.id, pages.length);
        pageOf.set(r.p.id, pages.length);
      }
    }
  }
  index = { publishers, pages, pageOf };
  cache.set(model, index);
  return index;
}

/** "/sources/#id" or, once paged, "/sources/<n>/#id", for a source or publisher id. */
export function sourcePath(model: Model, id: string): string {
  const page = sourceIndex(model).pageOf.get(id);
  return page ? `/sources/${page}/#${id}` : `/sources/#${id}`;
}

/** The anchor of a letter's heading: "letter-a", or "letter-other" for names not starting A–Z. */
export function letterId(letter: string): string {
  return `letter-${letter === "#" ? "other" : letter.toLowerCase()}`;
}
