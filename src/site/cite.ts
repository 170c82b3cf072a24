// The "Cite this page" line: one format everywhere, so the footer, the about page and CITATION.cff
// agree. The access date is the reader's, filled in by the browser; the build can only leave a slot.

import { SITE_NAME } from "./identity.ts";

export { SITE_NAME };

export interface CiteParts {
  /** The page's own title; the site's name cites the site as a whole. */
  title: string;
  /** Year of the data release (last data update). */
  year: string;
  url: string;
  accessed: string;
}

/** "Site (year). “Page.” URL (accessed date)." The whole site (title = the site's name) has no page part. */
export function citation({ title, year, url, accessed }: CiteParts): string {
  const page = title === SITE_NAME ? "" : ` “${title}.”`;
  return `${SITE_NAME} (${year}).${page} ${url} (accessed ${accessed}).`;
}
