// Long lists at scale, in Chromium without JavaScript: today's data built with every list cut into
// pages of PAGED_ROWS (dist-paged/, see tests/support/builds.ts), as a hundred times today's data is with
// the usual page sizes. A reader reaches every source, mineral row and old id by following links
// from the summary pages, links to a row land on the page that holds it, every page is in the
// sitemap and passes axe. The root build (dist/) keeps today's one-page lists.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { axeViolations, browserAndSite } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";
import { PAGED_ROWS, PAGED_SITE, SCENARIOS } from "../support/builds.ts";

const { tables } = loadData(join(ROOT, "data"));

const web = browserAndSite({ scenario: "paged" });

async function open(path: string, { javaScript = false } = {}): Promise<Page> {
  const context = await web.browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const response = await page.goto(web.site.root + path.replace(/^\//, ""));
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Follow each link of a list of pages and collect what `collect` finds on each. */
async function walk(page: Page, linkSelector: string, collect: (p: Page) => Promise<string[]>): Promise<{ pages: string[]; found: string[] }> {
  const hrefs = await page.locator(linkSelector).evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))]);
  const found: string[] = [];
  for (const href of hrefs) {
    const p = await open(href);
    found.push(...(await collect(p)));
    await p.context().close();
  }
  return { pages: hrefs, found };
}

describe("sources past a page", () => {
  it("/sources/ is a summary linking every page, and the pages list every source once", async () => {
    const page = await open("/sources/");
    await expect(page.locator("li.source").count()).resolves.toBe(0);
    const { pages, found } = await walk(page, "[data-source-pages] a", (p) => p.locator("li.source").evaluateAll((els) => els.map((e) => e.id)));
    expect(pages.length).toBeGreaterThanOrEqual(Math.floor(tables.sources.length / PAGED_ROWS));
    expect(found.sort()).toEqual(tables.sources.map((s) => s.id).sort());
    await page.context().close();
  });

  it("an event's 'all rows citing it' opens the page that lists the source, at its entry", async () => {
    const event = tables.events[tables.events.length - 1]!;
    const page = await open(`/events/${event.id}/`);
    const link = page.getByRole("link", { name: "all rows citing it" }).first();
    const target = new URL((await link.getAttribute("href"))!, web.site.root);
    expect(target.pathname).toMatch(/^\/sources\/\d+\/$/);
    await link.click();
    await page.waitForURL(target.href);
    await expect(page.locator(`li.source[id="${target.hash.slice(1)}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });

  it("the A–Z index on /sources/ leads to the page where each letter starts", async () => {
    const page = await open("/sources/");
    const letters = await page.locator(".letters a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(letters.length).toBeGreaterThan(5);
    const last = await open(new URL(letters[letters.length - 1]!).pathname);
    await expect(last.locator(`[id="${new URL(letters[letters.length - 1]!).hash.slice(1)}"]`).count()).resolves.toBe(1);
    await last.context().close();
    await page.context().close();
  });
});

describe("mineral tables past a page", () => {
  it("/minerals/figures/ summarises a long table, and its pages hold every row with its id", async () => {
    const page = await open("/minerals/figures/");
    const section = page.locator('[data-mineral-table="mineral-stats"]');
    await expect(section.locator("tbody tr").count()).resolves.toBe(0);
    const { pages, found } = await walk(page, '[data-mineral-table="mineral-stats"] nav a', (p) => p.locator("tbody tr[id]").evaluateAll((rows) => rows.map((r) => r.id)));
    expect(pages).toHaveLength(Math.ceil(tables.mineral_stats.length / PAGED_ROWS));
    expect(found).toEqual(tables.mineral_stats.map((r) => r.id));
    // A short table stays whole on the page.
    await expect(page.locator('[data-mineral-table="places"] tbody tr').count()).resolves.toBe(tables.places.length);
    await page.context().close();
  });

  it("with ?date=, a page of the figures table marks its rows reported after the date", async () => {
    const day = "2025-02-01";
    // A partial date is known from its first day: "2025-03" from 1 March.
    const later = new Set(tables.figures.filter((f) => `${f.as_of}-01-01`.slice(0, 10) > day).map((f) => f.id));
    let marked = 0;
    for (let n = 1; n <= Math.ceil(tables.figures.length / PAGED_ROWS); n++) {
      const page = await open(`/minerals/figures/figures/${n}/?date=${day}`, { javaScript: true });
      await page.waitForSelector("html[data-as-of-ready]", { state: "attached" });
      const rows = await page.locator("tbody tr[id]").evaluateAll((trs) => trs.map((tr) => ({ id: tr.id, later: tr.classList.contains("as-of-later") })));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.later, r.id).toBe(later.has(r.id));
      marked += rows.filter((r) => r.later).length;
      await page.context().close();
    }
    expect(marked).toBe(later.size);
  });
});

describe("renamed and removed ids past a page", () => {
  it("each version on /changes/ says which pages list its old ids, and the pages list every one", async () => {
    const page = await open("/changes/");
    await expect(page.locator("[data-redirect]").count()).resolves.toBe(0);
    const { found } = await walk(page, "[data-old-id-pages] a", (p) => p.locator("[data-redirect]").evaluateAll((els) => els.map((e) => e.getAttribute("data-redirect")!)));
    // The links name the first and last page of each version; every page between is reached from those.
    const all = new Set(found);
    const pageCount = Math.ceil(tables.redirects.length / PAGED_ROWS);
    for (let n = 1; n <= pageCount; n++) {
      const p = await open(`/changes/old-ids/${n}/`);
      for (const id of await p.locator("[data-redirect]").evaluateAll((els) => els.map((e) => e.getAttribute("data-redirect")!))) all.add(id);
      await p.context().close();
    }
    expect([...all].sort()).toEqual(tables.redirects.map((r) => r.id).sort());
    await page.context().close();
  });
});

describe("paged lists as pages", () => {
  it("are in the sitemap", () => {
    const xml = readFileSync(join(ROOT, SCENARIOS.paged.out, "sitemap.xml"), "utf8");
    for (const path of ["/sources/1/", "/sources/2/", "/minerals/figures/mineral-stats/2/", "/changes/old-ids/1/"]) {
      expect(xml, path).toContain(`<loc>${PAGED_SITE}${path}</loc>`);
    }
  });

  for (const path of ["/sources/", "/sources/2/", "/minerals/figures/", "/minerals/figures/mineral-stats/2/", "/changes/", "/changes/old-ids/1/"]) {
    it(`pass axe: ${path}`, async () => {
      // axe runs as script in the page, so this one page load has JavaScript on.
      const page = await open(path, { javaScript: true });
      expect(await axeViolations(page), path).toEqual([]);
      await page.context().close();
    });
  }
});

describe("search past one records part", () => {
  it("names every part of the index and finds rows from the first part and the last of each kind", async () => {
    // Today's 700-odd sources and measures indexed in parts of PAGED_PART_RECORDS, as a hundred
    // times today's data is in parts of RECORDS_PER_PART: sources come first, measures last. The
    // event and actor pages go in as records, events first, in parts of their own.
    const page = await open("/search/", { javaScript: true });
    const parts = (await page.locator("form[data-index-parts]").first().getAttribute("data-index-parts"))!.split(" ");
    expect(parts).toEqual(["records/", "records-2/", "records-3/", "rows/", "rows-2/"]);
    const find = async (term: string, type: string): Promise<string[]> => {
      await page.goto(`${web.site.root}search/?q=${encodeURIComponent(term)}&type=${type}`);
      await page.locator('[data-page-results][data-state="ready"]').waitFor({ state: "attached" });
      return page.locator("[data-page-results] > li a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    };
    const source = tables.sources[0]!;
    expect(await find(source.title, "Source")).toContain(`#${source.id}`);
    const measure = tables.measures.at(-1)!;
    expect(await find(measure.name, "Measure")).toContain(`#${measure.id}`);
    const paths = (term: string, type: string) =>
      find(term, type).then(() => page.locator("[data-page-results] > li a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    const event = tables.events[0]!;
    expect(await paths(event.headline, "Event")).toContain(`${new URL(web.site.root).pathname}events/${event.id}/`);
    const actor = tables.actors.at(-1)!;
    expect(await paths(actor.name, "Actor")).toContain(`${new URL(web.site.root).pathname}actors/${actor.id}/`);
    await page.context().close();
  });
});
