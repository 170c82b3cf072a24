// sitemap.xml lists the indexable pages of a built site with absolute URLs under the base path.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indexablePages, sitemapXml } from "../../src/build/sitemap.ts";

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), "smt-sitemap-"));
  const page = (path: string, html = "<html><head></head><body></body></html>") => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, "index.html"), html);
  };
  page("");
  page("events/evt-a");
  page("embed/chart", '<html><head><meta name="robots" content="noindex"></head></html>');
  page("_astro");
  writeFileSync(join(dir, "404.html"), "<html></html>");
  return dir;
}

describe("indexablePages", () => {
  it("lists every page but embeds (noindex), the 404 page and asset folders", () => {
    expect(indexablePages(site())).toEqual(["", "events/evt-a/"]);
  });
});

describe("sitemapXml", () => {
  it("gives absolute URLs under the site's origin and base path", () => {
    const xml = sitemapXml(["", "events/evt-a/", "sources/?a=1&b=2"], "https://example.org", "/tracker/");
    expect(xml).toContain("<loc>https://example.org/tracker/</loc>");
    expect(xml).toContain("<loc>https://example.org/tracker/events/evt-a/</loc>");
    expect(xml).toContain("<loc>https://example.org/tracker/sources/?a=1&amp;b=2</loc>");
    expect(xml.match(/<url>/g)).toHaveLength(3);
  });

  it("works with a base path written without its trailing slash", () => {
    expect(sitemapXml(["a/"], "https://example.org/", "/tracker")).toContain("<loc>https://example.org/tracker/a/</loc>");
  });
});
