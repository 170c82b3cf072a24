// The ids renamed or removed in each version, which /changes/ lists under the version. Past
// OLD_IDS_PER_PAGE of them (a hundred times today's data has over twenty thousand) they move to
// pages of their own, /changes/old-ids/<n>/, newest version first like the log, and each version
// on /changes/ says how many it renamed or removed and links to the pages that list them.

import type { Model } from "../../data/model.ts";
import type { RedirectRow } from "../../data/tables.generated.ts";
import { pageRows } from "../../site/list-pages.ts";

export const OLD_IDS_PER_PAGE = 500;

export interface OldIdPages {
  /** Old ids per page, in the log's order; empty while /changes/ lists them all. */
  pages: RedirectRow[][];
  /** First and last page (1-based) holding each version's old ids. */
  pagesOfVersion: Map<string, [number, number]>;
}

const cache = new WeakMap<Model, OldIdPages>();

export function oldIdPages(model: Model): OldIdPages {
  let result = cache.get(model);
  if (result) return result;
  const all = model.history.versions.flatMap((v) => v.redirects);
  const size = pageRows(OLD_IDS_PER_PAGE);
  const pages: RedirectRow[][] = [];
  const pagesOfVersion = new Map<string, [number, number]>();
  if (all.length > size) {
    for (let i = 0; i < all.length; i += size) pages.push(all.slice(i, i + size));
    pages.forEach((page, i) => {
      for (const r of page) {
        const span = pagesOfVersion.get(r.version);
        pagesOfVersion.set(r.version, span ? [span[0], i + 1] : [i + 1, i + 1]);
      }
    });
  }
  result = { pages, pagesOfVersion };
  cache.set(model, result);
  return result;
}
