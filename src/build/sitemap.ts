// sitemap.xml from the built pages: every HTML page a search engine should list. Embeds and the
// search page say noindex and are left out, as is the 404 page.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { element } from "../site/markup.ts";

/** Site-relative paths ("events/x/") of the indexable pages under a built site folder. */
export function indexablePages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "_astro" && entry.name !== "pagefind") walk(path);
      } else if (entry.name === "index.html") {
        if (/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(readFileSync(path, "utf8"))) continue;
        const rel = relative(outDir, dir).split(sep).join("/");
        pages.push(rel === "" ? "" : `${rel}/`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** The sitemap document: absolute URLs, so it needs the site's origin and base path. */
export function sitemapXml(pages: readonly string[], site: string, base: string): string {
  const root = new URL(base.endsWith("/") ? base : `${base}/`, site);
  const urls = pages.map((p) => `  ${element("url", {}, element("loc", {}, new URL(p, root).href)).markup}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
