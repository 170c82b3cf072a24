// The same site built with BASE_PATH=/tracker/ (tests/support/builds.ts) and served from that sub-folder:
// every page, link, asset and download must stay under /tracker/ and resolve.
import { describe, expect, it } from "vitest";
import { crawl, type CrawlResult, withBrowserAndSite } from "../support/browser.ts";
import { BASE_PATH } from "../support/builds.ts";

let crawled: CrawlResult;

withBrowserAndSite(
  () => {},
  {
    scenario: "base-path",
    base: BASE_PATH,
    prepare: async (browser, site) => {
      const context = await browser.newContext();
      crawled = await crawl(context, site.root);
      await context.close();
    },
  },
);

describe(`built under BASE_PATH=${BASE_PATH}`, () => {
  it("reaches every section and a page per event from the home page", () => {
    const paths = crawled.pages.map((p) => new URL(p.url).pathname);
    for (const section of ["", "timeline/", "network/", "minerals/", "sources/", "data/", "about/"]) expect(paths).toContain(BASE_PATH + section);
    expect(paths.some((p) => p.startsWith(`${BASE_PATH}events/`))).toBe(true);
  });

  it("loads every page and asset without an error", () => {
    const bad = crawled.pages.filter((p) => p.status !== 200 || p.consoleErrors.length > 0 || p.failedRequests.length > 0);
    expect(bad.map((p) => ({ url: p.url, console: p.consoleErrors, failed: p.failedRequests }))).toEqual([]);
    expect(crawled.files.filter((f) => f.status !== 200)).toEqual([]);
    expect(crawled.brokenAnchors).toEqual([]);
  });

  it("never requests anything outside the base path", () => {
    const outside = crawled.pages.flatMap((p) => p.requests).filter((url) => !new URL(url).pathname.startsWith(BASE_PATH));
    expect(outside).toEqual([]);
  });

  it("keeps every link in the HTML under the base path", () => {
    expect(crawled.escapedLinks).toEqual([]);
  });
});
