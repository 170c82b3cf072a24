// The charts and the frame around them as a reader with a phone (touch emulation, 320–390 px) or
// with the keyboard alone meets them (issue 21): a header that leaves the screen to the page, search
// that opens on the person searched for, focus that can be seen, and marks big enough to tap.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { withBrowserAndSite } from "../support/browser.ts";
import type { StaticSite } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";

const { tables } = loadData(join(ROOT, "data"));

let browser: Browser;
let site: StaticSite;
withBrowserAndSite((b, s) => {
  browser = b;
  site = s;
});

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

async function phone(path: string, options: Partial<Parameters<Browser["newContext"]>[0]> = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  await page.goto(site.root + path.replace(/^\//, ""));
  return { context, page };
}

/** Actors whose surname appears in the most event headlines: the hardest names to rank first. */
const crowdedNames = (() => {
  const surname = (name: string) => name.split(" ").pop()!;
  return tables.actors
    .filter((a) => a.kind === "person")
    .map((a) => ({ id: a.id, name: surname(a.name), n: tables.events.filter((e) => e.headline.includes(surname(a.name))).length }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 3);
})();

describe("phone header", () => {
  for (const width of [320, 390]) {
    it(`is at most 120 px tall at ${width} px on every page type, with every section reachable`, async () => {
      const { context, page } = await phone("/", { viewport: { width, height: 844 } });
      for (const path of ["/", "/timeline/", "/network/", "/minerals/", `/events/${tables.events[0]!.id}/`, "/search/"]) {
        await page.goto(site.root + path.slice(1));
        const height = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().height);
        expect(height, path).toBeLessThanOrEqual(120);
      }
      // The sections scroll within their row: the last one can be scrolled to and tapped.
      const about = page.locator(".site-nav a", { hasText: "About" });
      await about.scrollIntoViewIfNeeded();
      await about.tap();
      await page.waitForURL(/\/about\/$/);
      await context.close();
    });
  }

  it("opens search with one tap, cursor in the box, and finds results", async () => {
    const { context, page } = await phone("/");
    const toggle = page.locator("[data-search-toggle]");
    const box = page.locator("#site-search-q");
    await expect(box.isVisible()).resolves.toBe(false);
    const size = await toggle.boundingBox();
    expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(44);
    await toggle.tap();
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("site-search-q");
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    await box.fill("Witkoff");
    await page.locator("#site-search-panel a.search-result__title").first().waitFor();
    await context.close();
  });

  it("without JavaScript, the search button is a link to the search page", async () => {
    const { context, page } = await phone("/", { javaScriptEnabled: false });
    await page.locator("[data-search-toggle]").tap();
    await page.waitForURL(/\/search\/$/);
    await expect(page.locator("main input[type=search]").isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe("search ranks people and places first", () => {
  for (const { id, name, n } of crowdedNames) {
    it(`puts the page on ${name} first, ahead of the ${n} events naming them, in the header and on /search/`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.root}search/?q=${encodeURIComponent(name)}`);
      await page.locator('[data-page-results][data-state="ready"]').waitFor({ state: "attached" });
      const first = await page.locator("[data-page-results] > li a").first().getAttribute("href");
      expect(first).toContain(`/actors/${id}/`);

      await page.goto(site.root);
      await page.locator("#site-search-q").fill(name);
      const top = page.locator("#site-search-panel a.search-result__title").first();
      await top.waitFor();
      await expect(top.getAttribute("href")).resolves.toContain(`/actors/${id}/`);
      await context.close();
    });
  }
});
