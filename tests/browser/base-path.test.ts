// The same site built with BASE_PATH=/tracker/ (global setup) and served from that sub-folder:
// every page, link, asset and download must stay under /tracker/ and resolve.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { crawl, launch, type CrawlResult } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { BASE_PATH, BASE_PATH_DIST } from "./global-setup.ts";

let browser: Browser;
let site: StaticSite;
let crawled: CrawlResult;

beforeAll(async () => {
  browser = await launch(inject("chromiumPath"));
  site = await serveStatic(join(ROOT, BASE_PATH_DIST), BASE_PATH);
  const context = await browser.newContext();
  crawled = await crawl(context, site.root);
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

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
