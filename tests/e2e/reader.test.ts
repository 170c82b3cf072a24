// The reader's experience of the built site in Chromium: the home page's story, figures and entry
// cards; search (Pagefind) from the header and on /search/, with and without JavaScript; the
// events feed and sitemap; cross-links between rows; citations; print; accessibility. (JavaScript
// budgets are gates: tests/gates/site.test.ts.) Expectations come from data/.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, watch, browserAndSite } from "../support/browser.ts";
import { serveStatic } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { expectShowsQuantity } from "../support/read-quantity.ts";
import { BASE_PATH, SITE_BASE, SITE_URL, built } from "../support/builds.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { compareDates, formatPartialDate } from "../../src/data/dates.ts";
import { MARK_TABLES, rowPath } from "../../src/site/row-paths.ts";
import { KEY_FIGURES, LATEST_EVENTS, VIEW_CARDS } from "../../src/views/home/home.ts";
import { RESULT_TYPES } from "../../src/site/search/records.ts";
import { choosePreviewChart } from "../../src/views/home/previews.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const BESSENT = "act-scott-bessent";
const bessentEvents = [...new Set(tables.event_actors.filter((l) => l.actor === BESSENT).map((l) => l.event))];


const web = browserAndSite();

/**
 * The environment for a nested `astro build`: Vitest puts BASE_URL, MODE and friends into
 * process.env of test workers, and Vite would take them over the build's own config.
 */
async function open(path: string, options: { javaScriptEnabled?: boolean; colorScheme?: "light" | "dark" } = {}): Promise<Page> {
  const context = await web.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(web.site.root + path.replace(/^\//, ""));
  return page;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

/** Run a search on /search/ and collect every result (pressing "Show more" until done). */
async function searchAll(page: Page, root: string, term: string): Promise<{ href: string; type: string; date: string | null }[]> {
  await page.goto(`${root}search/?q=${encodeURIComponent(term)}`);
  const ready = page.locator('[data-page-results][data-state="ready"]');
  await ready.waitFor({ state: "attached" });
  const more = page.locator("[data-page-more]");
  while (await more.isVisible()) {
    await more.click();
    await ready.waitFor({ state: "attached" });
  }
  return page.locator("[data-page-results] > li").evaluateAll((items) =>
    items.map((li) => ({
      href: new URL(li.querySelector("a")!.href).pathname + new URL(li.querySelector("a")!.href).hash,
      type: li.querySelector(".tag")?.textContent ?? "",
      date: li.querySelector("time")?.getAttribute("datetime") ?? null,
    })),
  );
}

describe("home page", () => {
  it("tells the story in paragraphs whose every claim links to an event row", async () => {
    const page = await open("/");
    const paragraphs = await page.locator(".story p").evaluateAll((ps) =>
      ps.map((p) => [...p.querySelectorAll("a[data-event-id]")].map((a) => ({ id: a.getAttribute("data-event-id")!, href: new URL((a as HTMLAnchorElement).href).pathname }))),
    );
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    for (const links of paragraphs) {
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(model.eventById.has(link.id), link.id).toBe(true);
        expect(link.href).toBe(`/events/${link.id}/`);
      }
    }
    // The March 2025 report the site is about is the story's lead.
    const lede = await page.locator(".story p").first().locator("a[data-event-id]").first().getAttribute("data-event-id");
    expect(model.eventById.get(lede!)!.date.startsWith("2025-03")).toBe(true);
    await close(page);
  });

  it("shows each key figure as its row states it, with a link to its source", async () => {
    const page = await open("/");
    const cards = await page.locator("[data-key-figure]").evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute("data-key-figure")!,
        value: el.querySelector(".key-figure__value")!.textContent!.trim(),
        source: (el.querySelector(".key-figure__source") as HTMLAnchorElement | null)?.href ?? null,
      })),
    );
    expect(cards.map((c) => c.id)).toEqual(KEY_FIGURES.map((f) => f.id));
    for (const card of cards) {
      const row = tables.figures.find((f) => f.id === card.id) ?? tables.mineral_stats.find((s) => s.id === card.id)!;
      // The number, unit and scale the row states, read off the card (not re-formatted here).
      expectShowsQuantity(card.value, row);
      expect(card.source).toBe(new URL(model.sourceById.get(row.sources[0]!)!.url).href);
    }
    await close(page);
  });

  it("opens onto the three views, with a preview wherever a chart for the view is registered", async () => {
    const page = await open("/");
    for (const card of VIEW_CARDS) {
      const item = page.locator(".view-card").filter({ has: page.locator(`a[href="${card.path}"]`) });
      await expect(item.count()).resolves.toBe(1);
      const chart = choosePreviewChart(model, { preferred: card.preferredCharts, page: card.path });
      const preview = item.locator("[data-chart-preview]");
      if (chart) {
        await expect(preview.getAttribute("data-chart-id")).resolves.toBe(chart.id);
        await expect(preview.locator("svg").count()).resolves.toBe(1);
        // Inert: the card's link is its only focus stop.
        await expect(preview.locator("a, [tabindex]").count()).resolves.toBe(0);
      } else {
        await expect(preview.count()).resolves.toBe(0);
      }
    }
    await close(page);
  });

  it("lists the newest events, newest first", async () => {
    const page = await open("/");
    const ids = await page.locator(".home-latest li[data-event-id]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event-id")));
    expect(ids).toEqual([...model.events].reverse().slice(0, LATEST_EVENTS).map((e) => e.id));
    await close(page);
  });
});

describe("search", () => {
  // Built in a hook (which may take minutes on a busy machine), not inside a test's two minutes.
  beforeAll(() => void built("base-path"));
  it(`finds Bessent's actor page and all ${bessentEvents.length} events he took part in`, async () => {
    const page = await open("/");
    const results = await searchAll(page, web.site.root, "Bessent");
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toContain(`/actors/${BESSENT}/`);
    for (const id of bessentEvents) expect(hrefs, id).toContain(`/events/${id}/`);
    await close(page);
  });

  it("labels every result with its type, and events with their date", async () => {
    const page = await open("/");
    const results = await searchAll(page, web.site.root, "Bessent");
    for (const r of results) expect(RESULT_TYPES as readonly string[]).toContain(r.type);
    for (const r of results.filter((x) => x.type === "Event")) {
      const id = r.href.split("/")[2]!;
      expect(r.date, id).toBe(model.eventById.get(id)!.date);
    }
    expect(results.find((r) => r.href === `/actors/${BESSENT}/`)?.type).toBe("Actor");
    await close(page);
  });

  it("finds sources and measures, which have no page of their own, at their anchors", async () => {
    const page = await open("/");
    const source = model.sources.find((s) => s.publisher_id === "pub-reuters")!;
    const sources = await searchAll(page, web.site.root, "Reuters");
    expect(sources.filter((r) => r.type === "Source").map((r) => r.href)).toContain(`/sources/#${source.id}`);
    const measure = tables.measures.find((m) => m.id === "msr-us-gl-125-alaska-summit") ?? tables.measures[0]!;
    const measures = await searchAll(page, web.site.root, measure.name);
    expect(measures.filter((r) => r.type === "Measure").map((r) => r.href)).toContain(rowPath(model, "measures", measure.id));
    await close(page);
  });

  it("filters by type and keeps the query and type in the address", async () => {
    const page = await open("/");
    await searchAll(page, web.site.root, "Bessent");
    await page.getByRole("radio", { name: /^Events/ }).check();
    await page.waitForURL(/type=Event/);
    await page.locator("[data-page-status]").filter({ hasText: /events only/ }).waitFor();
    const types = await page.locator("[data-page-results] .tag").allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(["Event"]));
    expect(new URL(page.url()).searchParams.get("q")).toBe("Bessent");
    await close(page);
  });

  it("announces how many results there are once they are listed, not before", async () => {
    const context = await web.browser.newContext();
    const page = await context.newPage();
    // What a screen reader hears from the status (a live region), with how many results the list
    // held at that moment.
    await page.addInitScript(() => {
      const heard: { text: string; listed: number }[] = ((window as unknown as { heard: typeof heard }).heard = []);
      addEventListener("DOMContentLoaded", () => {
        const status = document.querySelector("[data-page-status]");
        const list = document.querySelector("[data-page-results]");
        if (!status || !list) return;
        new MutationObserver(() => heard.push({ text: status.textContent ?? "", listed: list.children.length })).observe(status, { childList: true, characterData: true, subtree: true });
      });
    });
    await page.goto(`${web.site.root}search/?q=Bessent`);
    const count = page.locator("[data-page-status]").filter({ hasText: /\d+ results? for/ });
    await count.waitFor();
    const heard = await page.evaluate(() => (window as unknown as { heard: { text: string; listed: number }[] }).heard);
    const counts = heard.filter((h) => /\d+ results? for/.test(h.text));
    expect(counts.length).toBeGreaterThan(0);
    for (const h of counts) expect(h.listed, h.text).toBeGreaterThan(0);
    await context.close();
  });

  it("loads the search library only when the reader starts a search", async () => {
    const context = await web.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(web.site.root, { waitUntil: "networkidle" });
    expect(requests.filter((u) => u.includes("/pagefind/"))).toEqual([]);
    const loaded = page.waitForRequest((r) => r.url().endsWith("/pagefind/pagefind.js"));
    await page.locator("#site-search-q").focus();
    await loaded;
    await context.close();
  });

  it("downloads the code that lists results, shows the as-of bar or makes embed code live only when a reader needs it", async () => {
    const context = await web.browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    const lazy = /\/_astro\/(header-results|as-of-bar|deposits-as-of|chart-embed)\./;
    await page.goto(web.site.root + "minerals/", { waitUntil: "networkidle" });
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => lazy.test(u))).toEqual([]);
    // Focus on the search box fetches the result list's code with Pagefind; typing lists results.
    const listing = page.waitForRequest((r) => /\/_astro\/header-results\./.test(r.url()));
    await page.locator("#site-search-q").focus();
    await listing;
    await page.locator("#site-search-q").fill("lithium");
    await page.locator("#site-search-panel a.search-result__title").first().waitFor();
    await page.keyboard.press("Escape");
    // Opening a chart's embed panel shows its options, which only the live code reveals.
    const panel = page.locator("details[data-chart-embed]").first();
    const live = page.waitForRequest((r) => /\/_astro\/chart-embed\./.test(r.url()));
    await panel.locator("summary").first().click();
    await live;
    await panel.locator("[data-embed-options]").waitFor();
    // A date in the address loads the bar, which shows it.
    await page.goto(web.site.root + "minerals/?date=2025-03-03", { waitUntil: "networkidle" });
    expect(scripts.filter((u) => /\/_astro\/as-of-bar\./.test(u))).toHaveLength(1);
    await expect(page.locator("[data-as-of-bar]").innerText()).resolves.toContain("3 March 2025");
    await context.close();
  });

  it("answers in the header as you type, reachable by keyboard, and opens all results on Enter", async () => {
    const page = await open("/");
    const report = watch(page, web.site.origin);
    const input = page.locator("#site-search-q");
    await input.fill("Bessent");
    const panel = page.locator("#site-search-panel");
    await panel.locator("a.search-result__title").first().waitFor();
    await expect(panel.locator("[data-search-status]").textContent()).resolves.toMatch(/\d+ results? for “Bessent”/);
    await input.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.classList.contains("search-result__title"))).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(panel.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("site-search-q");
    await input.press("Enter");
    await page.waitForURL(/\/search\/\?q=Bessent/);
    await page.locator("[data-page-results] > li").first().waitFor();
    expect(report.consoleErrors).toEqual([]);
    await close(page);
  });

  it("works on a phone-sized screen", async () => {
    const context = await web.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(web.site.root);
    // The phone header keeps the box behind its search button (issue 21): one tap opens it.
    await page.locator("[data-search-toggle]").tap();
    const box = await page.locator("#site-search-q").boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await page.locator("#site-search-q").tap();
    await page.keyboard.type("lithium");
    const first = page.locator("#site-search-panel a.search-result__title").first();
    await first.waitFor();
    const panel = await page.locator("#site-search-panel").boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it("without JavaScript, leads from the header box to lists that cover every row", async () => {
    const page = await open("/", { javaScriptEnabled: false });
    await page.locator("#site-search-q").fill("Bessent");
    await page.locator("#site-search-q").press("Enter");
    await page.waitForURL(/\/search\/\?q=Bessent/);
    await expect(page.getByText("needs JavaScript").isVisible()).resolves.toBe(true);
    for (const path of ["/timeline/", "/network/", "/sources/"]) {
      await expect(page.locator(`[data-page-browse] a[href="${path}"]`).isVisible()).resolves.toBe(true);
    }
    await close(page);
  });

  it(`works under BASE_PATH=${BASE_PATH}, with every result inside it`, async () => {
    const tracker = await serveStatic(join(ROOT, built("base-path").dist), BASE_PATH);
    const page = await web.browser.newPage();
    const results = await searchAll(page, tracker.root, "Bessent");
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.href.startsWith(BASE_PATH)).toBe(true);
    expect(results.map((r) => r.href)).toContain(`${BASE_PATH}actors/${BESSENT}/`);
    await page.close();
    await tracker.close();
  });
});

describe("events feed", () => {
  const feedEntries = async (page: Page, url: string) => {
    const xml = await (await page.request.get(url)).text();
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? null;
      return {
        error,
        root: doc.documentElement.namespaceURI + " " + doc.documentElement.localName,
        entries: [...doc.getElementsByTagName("entry")].map((e) => ({
          id: e.getElementsByTagName("id")[0]?.textContent ?? "",
          title: e.getElementsByTagName("title")[0]?.textContent ?? "",
          link: e.getElementsByTagName("link")[0]?.getAttribute("href") ?? "",
          published: e.getElementsByTagName("published")[0]?.textContent ?? "",
        })),
      };
    }, xml);
  };

  it("is well-formed Atom with one entry per event in data/events.csv, newest first", async () => {
    const page = await open("/");
    const feed = await feedEntries(page, `${web.site.root}feed.xml`);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.entries).toHaveLength(tables.events.length);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(tables.events.length);
    expect(feed.entries.map((e) => e.link).sort()).toEqual(tables.events.map((e) => `/events/${e.id}/`).sort());
    for (const entry of feed.entries) {
      const event = model.eventById.get(entry.link.split("/")[2]!)!;
      expect(entry.title).toBe(event.headline);
    }
    const dates = feed.entries.map((e) => model.eventById.get(e.link.split("/")[2]!)!.date);
    for (let i = 1; i < dates.length; i++) expect(compareDates(dates[i - 1]!, dates[i]!), `${dates[i - 1]} before ${dates[i]}`).toBeGreaterThanOrEqual(0);
    await close(page);
  });

  it("is announced on every page and its entries lead to the event pages", async () => {
    const page = await open(`/events/${tables.events[0]!.id}/`);
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    expect(href).toBe("/feed.xml");
    const feed = await feedEntries(page, new URL(href!, web.site.origin).href);
    for (const entry of feed.entries.slice(0, 5)) {
      expect((await page.request.get(new URL(entry.link, web.site.origin).href)).status(), entry.link).toBe(200);
    }
    await close(page);
  });
});

describe("with SITE_URL set", () => {
  const ORIGIN = SITE_URL;
  let OUT: string;
  beforeAll(() => {
    OUT = built("site").dist;
  });

  it("writes a sitemap of every page with absolute URLs under the base path, without embeds or search", () => {
    const xml = readFileSync(join(ROOT, OUT, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const loc of locs) expect(loc.startsWith(`${ORIGIN}${SITE_BASE}`), loc).toBe(true);
    expect(locs).toContain(`${ORIGIN}${SITE_BASE}`);
    for (const section of ["timeline/", "network/", "minerals/", "sources/", "data/", "about/"]) expect(locs).toContain(`${ORIGIN}${SITE_BASE}${section}`);
    for (const e of tables.events) expect(locs).toContain(`${ORIGIN}${SITE_BASE}events/${e.id}/`);
    for (const a of tables.actors) expect(locs).toContain(`${ORIGIN}${SITE_BASE}actors/${a.id}/`);
    // Embeds are not pages of their own; the embed gallery (/embed/) is.
    expect(locs).toContain(`${ORIGIN}${SITE_BASE}embed/`);
    expect(locs.filter((l) => /\/embed\/[^/]+\//.test(l) || l.includes("/search/"))).toEqual([]);
  });

  it("gives the feed absolute links", () => {
    const xml = readFileSync(join(ROOT, OUT, "feed.xml"), "utf8");
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${ORIGIN}${SITE_BASE}feed.xml"/>`);
    const links = [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(tables.events.length);
    for (const link of links) expect(link.startsWith(`${ORIGIN}${SITE_BASE}events/`)).toBe(true);
  });

  it("and without it, writes no sitemap rather than one with wrong addresses", () => {
    expect(existsSync(join(ROOT, "dist/sitemap.xml"))).toBe(false);
  });
});

describe("cross-links", () => {
  it("an actor's page lists every event and relation of the actor", async () => {
    const page = await open(`/actors/${BESSENT}/`);
    const events = await page.locator("article li[data-event-id]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event-id")));
    expect(new Set(events)).toEqual(new Set(bessentEvents));
    const relations = await page.locator("li[data-relation-id]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-relation-id")));
    expect(new Set(relations)).toEqual(new Set(tables.relations.filter((r) => r.from === BESSENT || r.to === BESSENT).map((r) => r.id)));
    await close(page);
  });

  it("an event's page links to each of its actors and lists each of its measures", async () => {
    const event = tables.events.find((e) => tables.measures.some((m) => m.event === e.id) && tables.event_actors.some((l) => l.event === e.id))!;
    const page = await open(`/events/${event.id}/`);
    const actors = await page.locator("li[data-actor-id] a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(actors)).toEqual(new Set(tables.event_actors.filter((l) => l.event === event.id).map((l) => `/actors/${l.actor}/`)));
    for (const m of tables.measures.filter((x) => x.event === event.id)) {
      await expect(page.locator(`li#${m.id}`).textContent()).resolves.toContain(m.name);
    }
    await close(page);
  });

  it("a measure without an event is listed, at its anchor, on the page of who imposed it", async () => {
    for (const m of tables.measures.filter((x) => !x.event).slice(0, 3)) {
      const page = await open(`/actors/${m.authority}/`);
      await expect(page.locator(`li#${m.id}`).textContent()).resolves.toContain(m.name);
      await close(page);
    }
  });

  it("every source on /sources/ links back to every row that cites it", async () => {
    const page = await open("/sources/");
    const listed = await page.locator("li.source").evaluateAll((lis) =>
      Object.fromEntries(lis.map((li) => [li.id, [...li.querySelectorAll(".source__cited li a")].map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)])),
    );
    expect(Object.keys(listed).sort()).toEqual(tables.sources.map((s) => s.id).sort());
    for (const s of tables.sources) {
      const expected = new Set((model.citations.get(s.id) ?? []).map((c) => rowPath(model, c.table, c.id)).filter((p) => p !== null));
      expect(new Set(listed[s.id]), s.id).toEqual(expected);
    }
    await close(page);
  });

  it("every chart mark that stands for a row links to the row's page", async () => {
    const chartPages = ["timeline/", "network/", "minerals/", ...readdirSync(join(ROOT, "dist/embed"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `embed/${d.name}/`)];
    const page = await web.browser.newPage();
    const missing: string[] = [];
    for (const path of chartPages) {
      await page.goto(web.site.root + path);
      const marks = await page.evaluate((attrs) => {
        const out: { attr: string; id: string; links: string[] }[] = [];
        for (const frame of document.querySelectorAll("[data-chart-id]:not([data-chart-preview])")) {
          const links = [...frame.querySelectorAll("a[href]")].map((a) => {
            // SVG links too: their href is not a string property, so resolve the attribute.
            const url = new URL(a.getAttribute("href")!, location.href);
            return url.pathname + url.hash;
          });
          for (const attr of attrs) for (const el of frame.querySelectorAll(`[${attr}]`)) out.push({ attr, id: el.getAttribute(attr)!, links });
        }
        return out;
      }, Object.keys(MARK_TABLES));
      for (const mark of marks) {
        const target = rowPath(model, MARK_TABLES[mark.attr as keyof typeof MARK_TABLES], mark.id);
        if (target && !mark.links.includes(target)) missing.push(`${path}: ${mark.attr}=${mark.id} has no link to ${target}`);
      }
    }
    expect(missing).toEqual([]);
    await page.close();
  });
});

describe("sources page", () => {
  it("filters as you type, keeping the filter in the address", async () => {
    const page = await open("/sources/");
    await page.locator("#sources-q").fill("Reuters");
    await page.locator("[data-sources-status]").filter({ hasText: /Showing/ }).waitFor();
    const shown = await page.locator("li.source:visible").evaluateAll((lis) => lis.map((li) => li.id));
    const expected = model.sources.filter((s) => `${s.publisher} ${s.title} ${s.id} ${s.reprint_of ?? ""}`.toLowerCase().includes("reuters")).map((s) => s.id);
    expect(shown.sort()).toEqual(expected.sort());
    expect(new URL(page.url()).searchParams.get("q")).toBe("Reuters");
    await close(page);
  });

  it("indexes publishers A to Z, each letter leading to its publishers", async () => {
    const page = await open("/sources/");
    const letters = await page.locator(".letters a").allTextContents();
    const firstLetters = new Set(model.sources.map((s) => s.publisher.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").charAt(0).toUpperCase()).map((c) => (/[A-Z]/.test(c) ? c : "#")));
    expect(new Set(letters)).toEqual(firstLetters);
    await close(page);
  });
});

describe("citation", () => {
  it("every page ends with a citation giving its title, address and today's date", async () => {
    const event = tables.events[0]!;
    const page = await open(`/events/${event.id}/?from=test`);
    const text = (await page.locator("[data-cite-text]").textContent())!.replace(/\s+/g, " ").trim();
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    expect(text).toContain(`“${event.headline}.”`);
    expect(text).toContain(`${web.site.root}events/${event.id}/?from=test`);
    expect(text).toContain(`(accessed ${formatPartialDate(today)})`);
    await close(page);
  });
});

describe("print", () => {
  const pages = () => ["/", "/timeline/", `/events/${bessentEvents[0]}/`, "/sources/", "/about/", "/search/?q=Bessent"];

  it("leaves off navigation, search, buttons and other interactive chrome", async () => {
    const page = await web.browser.newPage();
    await page.emulateMedia({ media: "print" });
    for (const path of pages()) {
      await page.goto(web.site.root + path.replace(/^\//, ""));
      const visible = await page.evaluate(() =>
        [...document.querySelectorAll(".skip-link, .site-header, .site-nav, .site-search, button, input, select, textarea, .chart-frame__actions, [data-sources-filter]")]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(visible, path).toEqual([]);
    }
    await page.close();
  });

  it("shows the charts, their tables and the full source list", async () => {
    const page = await web.browser.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(web.site.root + "timeline/");
    const frame = page.locator("[data-chart-id]").first();
    await expect(frame.locator("svg").first().isVisible()).resolves.toBe(true);
    await expect(frame.locator("details table tbody tr").first().isVisible()).resolves.toBe(true);

    const event = model.eventById.get(bessentEvents[0]!)!;
    await page.goto(web.site.root + `events/${event.id}/`);
    const sources = page.locator("section.sources li");
    await expect(sources.count()).resolves.toBe(event.sources.length);
    for (let i = 0; i < event.sources.length; i++) await expect(sources.nth(i).isVisible()).resolves.toBe(true);

    await page.goto(web.site.root + "sources/");
    const hidden = await page.locator("li.source").evaluateAll((lis) =>
      lis.filter((li) => li.getClientRects().length === 0 || [...li.querySelectorAll(".source__cited li")].some((x) => x.getClientRects().length === 0)).map((li) => li.id),
    );
    expect(hidden).toEqual([]);
    await expect(page.locator("li.source").count()).resolves.toBe(tables.sources.length);
    // The citation line still prints.
    await expect(page.locator("[data-cite-text]").isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe("accessibility of the reader pages", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`finds no axe-core violation with search results, filters and disputes open (${scheme} theme)`, async () => {
      const context = await web.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      const check = async (label: string) => {
        const violations = await axeViolations(page);
        if (violations.length > 0) found[label] = violations;
      };
      await searchAll(page, web.site.root, "Bessent");
      await check("/search/?q=Bessent");
      await page.goto(web.site.root);
      await page.locator(".key-figure__dispute summary").first().click();
      await page.locator("#site-search-q").fill("price cap");
      await page.locator("#site-search-panel a.search-result__title").first().waitFor();
      await check("/ with the header results and a dispute open");
      await page.goto(web.site.root + "sources/?q=reuters");
      await page.locator("[data-sources-status]").filter({ hasText: /Showing/ }).waitFor();
      await page.locator(".source__cited summary >> visible=true").first().click();
      await check("/sources/?q=reuters");
      for (const path of ["about/", `actors/${BESSENT}/`, `events/${tables.measures.find((m) => m.event)!.event}/`, `actors/${tables.measures.find((m) => !m.event)!.authority}/`, "search/"]) {
        await page.goto(web.site.root + path);
        await check(path);
      }
      await context.close();
      expect(found).toEqual({});
    });
  }
});

