// ?date= across the site in Chromium: every page type shows the "as of" bar and carries the date on
// its internal links, Clear returns to now, refused dates leave a note and a working page, and the
// views read the record at the date (timeline marker and dimming, deposit control before and after a
// change of hands, figures known by then, the network's own date control).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { withBrowserAndSite, watch } from "../support/browser.ts";
import type { StaticSite } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const DAY = "2025-03-03";

let browser: Browser;
let site: StaticSite;
withBrowserAndSite((b, s) => {
  browser = b;
  site = s;
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(site.root + path);
  await page.waitForSelector("html[data-as-of-ready]", { state: "attached" });
  return page;
}

const firstActor = model.tables.actors[0]!.id;
const PAGES = ["", "timeline/", "network/", "minerals/", `actors/${firstActor}/`, `events/${model.events[0]!.id}/`, "story/", "sources/", "embed/minerals-deposits-map/"];

describe("the date parameter on every page type", () => {
  it.each(PAGES)("/%s shows the bar and carries the date on its internal page links", async (path) => {
    const page = await open(`${path}?date=${DAY}`);
    const bar = page.locator("[data-as-of-bar]");
    await expect(bar.isVisible()).resolves.toBe(true);
    await expect(bar.innerText()).resolves.toContain("Showing the record as of 3 March 2025");
    const links = await page.locator("a[href]").evaluateAll((els) =>
      els.map((a) => ({ href: a.getAttribute("href")!, keep: a.hasAttribute("data-as-of-keep") || a.hasAttribute("download") })),
    );
    const internalPages = links.filter((l) => !l.keep && l.href.startsWith("/") && !/\.[a-z]+(?:[?#]|$)/.test(l.href.split("?")[0]!.split("#")[0]!));
    expect(internalPages.length, path).toBeGreaterThan(0);
    for (const l of internalPages) expect(l.href, `${path}: ${l.href}`).toContain(`date=${DAY}`);
    // Downloads are files, not views of a moment.
    for (const l of links.filter((x) => /\.(csv|svg|png|json|xml)$/.test(x.href.split(/[?#]/)[0]!))) expect(l.href).not.toContain("date=");
    await page.close();
  });

  it("lets a reader walk the site at one moment and Clear returns every view to now", async () => {
    const page = await open(`timeline/?date=${DAY}`);
    await page.locator(".site-nav a", { hasText: "Network" }).click();
    await page.waitForSelector("[data-network][data-ready]");
    expect(new URL(page.url()).searchParams.get("date")).toBe(DAY);
    await expect(page.locator("[data-net-date]").inputValue()).resolves.toBe(DAY);
    await page.locator("[data-as-of-clear]").click();
    await page.waitForSelector("html[data-as-of-ready]", { state: "attached" });
    expect(new URL(page.url()).searchParams.has("date")).toBe(false);
    await expect(page.locator("[data-as-of-bar]").isVisible()).resolves.toBe(false);
    await expect(page.locator(".site-nav a", { hasText: "Minerals" }).getAttribute("href")).resolves.not.toContain("date=");
    await page.close();
  });

  it("keeps an older alias working: ?as_of= reads as ?date=", async () => {
    const page = await open(`timeline/?as_of=${DAY}`);
    await expect(page.locator("[data-as-of-bar]").innerText()).resolves.toContain("3 March 2025");
    await page.close();
  });
});

describe("dates that cannot be used", () => {
  it.each(["2025-02-30", "yesterday", "1999-05-01", "2099-01-01"])("?date=%s leaves a note and the record as it stands now", async (value) => {
    const page = await browser.newPage();
    const report = watch(page, new URL(site.root).origin);
    await page.goto(site.root + `timeline/?date=${value}`);
    await page.waitForSelector("[data-timeline][data-ready]");
    const note = page.locator("[data-as-of-note]");
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.innerText()).resolves.toContain(value);
    await expect(page.locator("[data-as-of-bar]").isVisible()).resolves.toBe(false);
    await expect(page.locator("svg.timeline-svg .is-after-date").count()).resolves.toBe(0);
    await expect(page.locator("svg.timeline-svg a.tl-event").count()).resolves.toBe(model.events.length);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("the timeline as of a date", () => {
  it("draws a marker at the day, dims what came later and says how much had happened", async () => {
    const page = await open(`timeline/?date=${DAY}`);
    await page.waitForSelector("[data-timeline][data-ready]");
    const later = model.events.filter((e) => e.date.slice(0, 10) > DAY && !(e.date.length < 10 && `${e.date}-01`.slice(0, 10) <= DAY));
    await expect(page.locator("svg.timeline-svg a.tl-event.is-after-date").count()).resolves.toBe(later.length);
    await expect(page.locator("[data-as-of-marker]").getAttribute("display")).resolves.toBeNull();
    await expect(page.locator("[data-as-of-marker] text").textContent()).resolves.toBe("3 March 2025");
    await expect(page.locator("[data-as-of-count]").innerText()).resolves.toContain(`${model.events.length - later.length} of ${model.events.length} events`);
    await page.close();
  });
});

describe("deposit control at dates before and after a change of hands", () => {
  const mark = (page: Page) => page.locator('[data-chart-id="minerals-deposits-map"] [data-deposit-id="dep-shevchenkivske"][data-control-history]').first();
  it.each([
    ["", "russia"],
    ["?date=2025-03-03", "ukraine"],
    ["?date=2025-07-01", "russia"],
  ])("/minerals/%s colours Shevchenkivske as %s, and the history table marks that state", async (query, control) => {
    const page = await open(`minerals/${query}`);
    if (query) await page.waitForSelector("html[data-deposits-as-of]", { state: "attached" });
    await expect(mark(page).getAttribute("data-control")).resolves.toBe(control);
    // The drawn colour follows: the mark wears the paint the chart's key gives that state.
    const paint = await page.locator("[data-control-paint]").first().getAttribute("data-control-paint");
    const token = paint!.split(";").map((p) => p.split(":")).find(([c]) => c === control)![1]!;
    await expect(mark(page).evaluate((el, t) => [el, ...el.querySelectorAll("*")].some((e) => e.classList.contains(t) || e.getAttribute("fill") === t), token)).resolves.toBe(true);
    if (query) {
      const inForce = page.locator('[data-deposit-state][data-deposit-id="dep-shevchenkivske"].is-in-force');
      await expect(inForce.count()).resolves.toBe(1);
      await expect(inForce.innerText()).resolves.toContain(control === "russia" ? "Held by Russia" : "Held by Ukraine");
    }
    await page.close();
  });

  it("dims figures not yet reported on the date and counts them", async () => {
    // Every figure behind the charts, one table row each, on the figures page.
    const page = await open("minerals/figures/?date=2025-02-01");
    const later = model.tables.figures.filter((f) => f.as_of.slice(0, 10) > "2025-02-01" && !(f.as_of.length < 10 && `${f.as_of}-01-01`.slice(0, 10) <= "2025-02-01")).length;
    expect(later).toBeGreaterThan(0);
    const summary = await page.locator("[data-as-of-summary]").innerText();
    expect(summary).toMatch(/As of 1 February 2025: \d+ items? dated after/);
    // The count a reader is told is the number of rows dimmed, and covers every later figure.
    const counted = Number(/: (\d+) items?/.exec(summary)![1]);
    await expect(page.locator(".as-of-later, .is-after-date").count()).resolves.toBe(counted);
    expect(counted).toBeGreaterThanOrEqual(later);
    await page.close();
  });
});

describe("event pages: what was known when", () => {
  it("the Oval Office page links to the record as of its day and to the events either side on its threads", async () => {
    const page = await open("events/evt-2025-02-28-oval-office-clash/");
    const section = page.locator(".event-threads");
    await expect(section.getByRole("link", { name: "timeline", exact: true }).getAttribute("href")).resolves.toContain("date=2025-02-28");
    await expect(section.locator("[data-thread]").count()).resolves.toBeGreaterThan(0);
    await section.getByRole("link", { name: "minerals", exact: true }).click();
    await page.waitForSelector("html[data-deposits-as-of]", { state: "attached" });
    await expect(page.locator("[data-as-of-bar]").innerText()).resolves.toContain("28 February 2025");
    await page.close();
  });
});
