// The timeline at scale, in Chromium: past its threshold it draws counts per month (bars linking to
// each month's page); zoomed in far enough, it fetches the months in view and draws their events one
// by one in place of the bars, and zooming out brings the bars back. Built from today's data with
// the threshold lowered (TIMELINE_MAX_MARKS in the "paged" scenario, tests/support/builds.ts), so
// no ten-times build is needed.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { withBrowserAndSite } from "../support/browser.ts";
import type { StaticSite } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";

const { tables } = loadData(join(ROOT, "data"));
/** Events that began in these months ("YYYY-MM"), in the table's (time) order. */
const eventsOf = (...months: string[]) => tables.events.filter((e) => months.includes(e.date.slice(0, 7))).map((e) => e.id);

let browser: Browser;
let site: StaticSite;
withBrowserAndSite(
  (b, s) => {
    browser = b;
    site = s;
  },
  { scenario: "paged" },
);

/** The timeline page with JavaScript, recording every request it makes. */
async function open(query = "", width = 1280): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${site.root}timeline/${query}`);
  await page.waitForSelector("[data-timeline][data-ready]");
  return { page, requests };
}

const drawnEvents = (page: Page) => page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")!));
const barsShown = (page: Page) => page.locator("svg.timeline-svg g.tl-bins").evaluate((g) => getComputedStyle(g).display !== "none");
const monthFiles = (requests: string[]) => requests.filter((u) => u.endsWith(".json")).map((u) => new URL(u).pathname).sort();

describe("a dense timeline", () => {
  it("draws bars per month at full view and fetches no month", async () => {
    const { page, requests } = await open();
    await expect(page.locator("svg.timeline-svg a.tl-bin").count()).resolves.toBeGreaterThan(20);
    expect(await drawnEvents(page)).toEqual([]);
    expect(await barsShown(page)).toBe(true);
    expect(monthFiles(requests)).toEqual([]);
    await page.close();
  });

  it("zoomed into two months, fetches those months and their neighbours from its own site and draws their events", async () => {
    // April and May 2025 hold 12 events, under the limit a third of the lowered threshold (13) sets.
    const { page, requests } = await open("?from=2025-04-01&to=2025-05-31");
    await page.waitForSelector("svg.timeline-svg a.tl-event");
    const drawn = await drawnEvents(page);
    // The window's months, and the quarter of its width either side (the end of March, the start of June).
    expect(drawn.sort()).toEqual(eventsOf("2025-03", "2025-04", "2025-05", "2025-06").sort());
    expect(await barsShown(page)).toBe(false);
    expect(monthFiles(requests)).toEqual(["/timeline/2025-03.json", "/timeline/2025-04.json", "/timeline/2025-05.json", "/timeline/2025-06.json"]);
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(site.root).origin);
    // Each mark is where its date is: an April event lies inside the window, a March one left of it.
    const x = (id: string) => page.locator(`a.tl-event[data-event-id="${id}"] circle`).evaluate((c) => c.getBoundingClientRect().x);
    const frame = await page.locator("svg.timeline-svg").boundingBox();
    const april = eventsOf("2025-04")[0]!;
    const march = eventsOf("2025-03")[0]!;
    expect(await x(april)).toBeGreaterThan(frame!.x);
    expect(await x(april)).toBeLessThan(frame!.x + frame!.width);
    expect(await x(march)).toBeLessThan(frame!.x);
    await page.close();
  });

  it("opens a drawn event's details in the panel, its text as text", async () => {
    const { page } = await open("?from=2025-04-01&to=2025-05-31");
    const id = eventsOf("2025-05")[0]!;
    const event = tables.events.find((e) => e.id === id)!;
    await page.locator(`a.tl-event[data-event-id="${id}"] circle`).click();
    const panel = page.locator("[data-panel]");
    await panel.waitFor({ state: "visible" });
    await expect(panel.locator("[data-panel-title]").textContent()).resolves.toBe(event.headline);
    await expect(panel.locator("[data-panel-link]").getAttribute("href")).resolves.toMatch(new RegExp(`/events/${id}/$`));
    expect(new URL(page.url()).searchParams.get("event")).toBe(id);
    await page.close();
  });

  it("moves between drawn events with the arrow keys", async () => {
    const { page } = await open("?from=2025-04-01&to=2025-05-31");
    await page.waitForSelector("svg.timeline-svg a.tl-event[tabindex='0']");
    await page.locator("svg.timeline-svg a.tl-event[tabindex='0']").focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"));
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"));
    const order = tables.events.map((e) => e.id);
    expect(order.indexOf(second!)).toBeGreaterThan(order.indexOf(first!));
    await page.close();
  });

  it("zoomed back out, shows the bars again", async () => {
    const { page } = await open("?from=2025-04-01&to=2025-05-31");
    await page.waitForSelector("svg.timeline-svg a.tl-event");
    await page.locator("[data-zoom-all]").click();
    await page.waitForFunction(() => document.querySelectorAll("svg.timeline-svg a.tl-event").length === 0);
    expect(await barsShown(page)).toBe(true);
    await page.close();
  });

  it("without JavaScript, each bar links to its month's page, which lists that month's events", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.root}timeline/`);
    const href = await page.locator('svg.timeline-svg a.tl-bin[data-month="2025-04"]').first().getAttribute("href");
    expect(href).toBe("/timeline/2025-04/");
    await page.goto(new URL(href!, site.root).href);
    const listed = await page.locator("li[data-event-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
    expect(listed.sort()).toEqual(eventsOf("2025-04").sort());
    await context.close();
  });
});
