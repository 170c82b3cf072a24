// The mineral-stakes pages and embeds in real Chromium, as a reader meets them: every chart is in the
// HTML without JavaScript; hovering or focusing a mark shows its exact figure, unit and source; each
// chart's CSV opens in a spreadsheet (byte-order mark) and holds exactly the rows its marks draw;
// /minerals/ reads in minutes yet reaches every chart; the map's leader lines cross no label; no
// axe violation; small scripts.
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations, browserAndSite } from "../support/browser.ts";
import { MINERAL_CHARTS, MINERAL_PAGES } from "../../src/views/minerals/index.ts";
import { MINERAL_TOPICS } from "../../src/views/minerals/topics.ts";
import { parseCsv } from "../../src/data/csv.ts";

const IDS = MINERAL_CHARTS.map((c) => c.id);
const PAGES = ["minerals/", ...Object.values(MINERAL_TOPICS).map((t) => `minerals/${t.slug}/`), "minerals/figures/", ...MINERAL_PAGES.map((m) => `minerals/${m.slug}/`)];

const web = browserAndSite();

const chart = (page: Page, id: string): Locator => page.locator(`[data-chart-id="${id}"]`).first();
/** What a mark's tooltip must say: its own data, or (narrow drawings) that of its wide twin. */
const tipOf = (mark: Locator) =>
  mark.evaluate((el) => {
    const own = (el as SVGElement).dataset;
    const twin = own.display === undefined ? el.closest("[data-chart-id]")!.querySelector(`[data-mark][data-row-id="${CSS.escape(own.rowId!)}"][data-display]`) : el;
    return { ...(twin as SVGElement).dataset };
  });
/** Marks of the drawing the reader sees (a chart holds a wide and a narrow one). */
const visibleMarks = (page: Page, id: string): Locator => chart(page, id).locator("[data-mark]:visible");

describe("without JavaScript", () => {
  it("every mineral chart is drawn, marks and all, on a page and in its embed", async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const onPages = new Set<string>();
    for (const path of PAGES) {
      await page.goto(web.site.root + path);
      const charts = await page.locator("[data-chart-id]").evaluateAll((els) => els.map((e) => ({ id: e.getAttribute("data-chart-id")!, marks: e.querySelectorAll("[data-mark]").length, svgs: e.querySelectorAll("svg").length })));
      for (const c of charts) {
        expect(c.marks, `${path} ${c.id}`).toBeGreaterThan(0);
        expect(c.svgs, `${path} ${c.id}`).toBeGreaterThan(0);
        onPages.add(c.id);
      }
    }
    expect([...onPages].sort()).toEqual([...IDS].sort());
    for (const id of IDS) {
      await page.goto(web.site.root + `embed/${id}/`);
      await expect(chart(page, id).locator("[data-mark]").count()).resolves.toBeGreaterThan(0);
    }
    await context.close();
  });
});

describe("/minerals/", () => {
  it("lists who held each deposit on a phone without sideways scrolling: every cell in view, still a table to screen readers", async () => {
    const context = await web.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(web.site.root + "minerals/");
    const wrap = page.getByRole("region", { name: "Deposit control history" });
    await wrap.scrollIntoViewIfNeeded();
    const box = await wrap.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(box.scroll, "the table's box scrolls sideways").toBeLessThanOrEqual(box.client);
    const rows = await wrap.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].filter((td) => td.textContent!.trim() !== "").map((td) => {
        const r = td.getBoundingClientRect();
        return { text: td.textContent!.trim(), left: r.left, right: r.right };
      })),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const cells of rows) {
      // The deposit, the date, the state and its sources at least.
      expect(cells.length).toBeGreaterThanOrEqual(4);
      for (const c of cells) {
        expect(c.left, `"${c.text.slice(0, 40)}" starts off screen`).toBeGreaterThanOrEqual(0);
        expect(c.right, `"${c.text.slice(0, 40)}" ends off screen`).toBeLessThanOrEqual(390);
      }
    }
    expect(await page.getByRole("table", { name: /Deposit control/ }).getByRole("columnheader").count()).toBe(5);
    await context.close();
  });

  it("leads with the side-by-side chart and reads in minutes: at most 9,000 px at 1280, 15,000 px at 390", async () => {
    for (const [width, limit] of [[1280, 9000], [390, 15000]] as const) {
      const page = await web.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(web.site.root + "minerals/");
      const first = await page.locator("main [data-chart-id]").first().getAttribute("data-chart-id");
      expect(first).toBe("minerals-side-by-side");
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${width} px`).toBeLessThanOrEqual(limit);
      await page.close();
    }
  });

  it("reaches every mineral chart within one link, and every figure in the tables one link away", async () => {
    const page = await web.browser.newPage();
    await page.goto(web.site.root + "minerals/");
    const links = new Set(await page.locator("main a[href]").evaluateAll((as) => as.map((a) => new URL(a.getAttribute("href")!, document.baseURI).pathname)));
    for (const path of PAGES.slice(1)) expect(links.has(new URL(web.site.root + path).pathname), path).toBe(true);
    // An address from when the tables were on /minerals/ still leads to its row.
    await page.goto("about:blank");
    await page.goto(web.site.root + "minerals/#ms-ru-ree-reserves-2025-mcs2026");
    await page.waitForURL(/\/minerals\/figures\/#ms-ru-ree-reserves-2025-mcs2026$/);
    await expect(page.locator("#ms-ru-ree-reserves-2025-mcs2026").count()).resolves.toBe(1);
    const captions = await page.locator("main table caption").allTextContents();
    for (const table of ["Mineral figures", "Deposits", "Figures and claims around the deal", "Terms by version of the agreement", "Places"]) expect(captions, table).toContain(table);
    // The home page's minerals card shows the same comparison.
    await page.goto(web.site.root);
    await expect(page.locator('[data-chart-preview][data-chart-id="minerals-side-by-side"] svg').count()).resolves.toBe(1);
    await page.close();
  });
});

describe("tooltips", () => {
  async function tipText(page: Page): Promise<string> {
    const tip = page.locator(".mx-tip");
    await tip.waitFor({ state: "visible" });
    return (await tip.textContent()) ?? "";
  }

  it("show the exact value, unit, date and source on hover", async () => {
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of ["minerals/", "minerals/money/"]) {
      await page.goto(web.site.root + path);
      for (const id of await page.locator("main [data-chart-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-id")!))) {
        const mark = visibleMarks(page, id).first();
        // Mid-screen, clear of the sticky header; then point at what the mark draws, as a reader would.
        await mark.evaluate((el) => el.scrollIntoView({ block: "center" }));
        const shapes = mark.locator("rect, circle, path");
        await ((await shapes.count()) > 0 ? shapes.first() : mark.locator("text").first()).hover();
        const d = await tipOf(mark);
        const text = await tipText(page);
        expect(text, id).toContain(d.display!);
        expect(text, id).toContain(d.date!);
        expect(text, id).toContain(`Source: ${d.source}`);
        await page.mouse.move(0, 0);
      }
    }
    await page.close();
  });

  it("show the same on keyboard focus, and arrow keys move between the marks of the drawing shown", async () => {
    const page = await web.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(web.site.root + "minerals/");
    const id = "minerals-side-by-side";
    // Tab from the contents into the chart: its first visible mark is the drawing's one tab stop.
    const first = visibleMarks(page, id).first();
    await page.locator("nav[aria-label='On this page'] a").last().focus();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await first.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    expect(await tipText(page)).toContain((await tipOf(first)).display!);
    await page.keyboard.press("ArrowRight");
    const second = visibleMarks(page, id).nth(1);
    await expect(second.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await tipText(page)).toContain((await tipOf(second)).source!);
    await page.keyboard.press("Escape");
    await expect(page.locator(".mx-tip").isHidden()).resolves.toBe(true);
    for (const other of await page.locator("main [data-chart-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-id")!))) {
      const mark = visibleMarks(page, other).first();
      await mark.focus();
      expect(await tipText(page), other).toContain((await tipOf(mark)).display!);
    }
    await page.close();
  });
});

describe("downloads", () => {
  it("each chart's CSV opens in a spreadsheet and holds exactly the rows and values its marks draw", async () => {
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const id of IDS) {
      await page.goto(web.site.root + `embed/${id}/`);
      const drawn = await visibleMarks(page, id).evaluateAll((els) => els.map((e) => ({ id: (e as SVGElement).dataset.rowId!, value: (e as SVGElement).dataset.value! })));
      const response = await page.request.get(web.site.root + `charts/${id}.csv`);
      const bytes = await response.body();
      expect([...bytes.subarray(0, 3)], `${id}: UTF-8 byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...records] = parseCsv(bytes.toString("utf8")).records.map((r) => r.cells.map((c) => c.value));
      const col = (name: string) => header!.indexOf(name);
      const rows = records.filter((r) => r[col("id")] !== "" && (col("placed_at") === -1 || r[col("placed_at")] !== "not drawn"));
      expect(drawn.map((d) => d.id).sort(), id).toEqual(rows.map((r) => r[col("id")]).sort());
      const valueCol = id === "minerals-in-the-ground" ? col("share_of_world_pct") : col("value");
      if (valueCol !== -1) {
        const csvValue = new Map(rows.map((r) => [r[col("id")], r[valueCol]]));
        for (const d of drawn) expect(d.value, `${id} ${d.id}`).toBe(csvValue.get(d.id));
      }
    }
    await page.close();
  });
});

describe("the deposits map", () => {
  it("draws no leader line through a label at 320, 640 and 1,100 px", async () => {
    const page = await web.browser.newPage({ viewport: { width: 320, height: 900 } });
    for (const width of [320, 640, 1100]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(web.site.root + "embed/minerals-deposits-map/");
      const crossings = await page.evaluate(() => {
        const svg = [...document.querySelectorAll("[data-chart-id] svg[role='group']")].find((s) => s.getClientRects().length > 0)!;
        const labels = [...svg.querySelectorAll("text")].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
        const out: string[] = [];
        for (const line of svg.querySelectorAll("line")) {
          const a = line.getBoundingClientRect();
          const m = line.getScreenCTM()!;
          const p = (x: number, y: number) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
          const s = p(Number(line.getAttribute("x1")), Number(line.getAttribute("y1")));
          const e = p(Number(line.getAttribute("x2")), Number(line.getAttribute("y2")));
          if (a.width + a.height < 2) continue;
          for (const { text, box } of labels) {
            // Sample the segment: any point well inside a label's box is a crossing.
            for (let i = 1; i < 40; i++) {
              const x = s.x + ((e.x - s.x) * i) / 40;
              const y = s.y + ((e.y - s.y) * i) / 40;
              if (x > box.left + 1 && x < box.right - 1 && y > box.top + 2 && y < box.bottom - 2) {
                out.push(`${text}`);
                break;
              }
            }
          }
        }
        return out;
      });
      expect(crossings, `${width} px`).toEqual([]);
    }
    await page.close();
  });
});

describe("accessibility and weight", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`finds no axe-core violation on the mineral pages and embeds (${scheme})`, async () => {
      const context = await web.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of [...PAGES.slice(0, 7), ...IDS.map((id) => `embed/${id}/`)]) {
        await page.goto(web.site.root + path);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      await context.close();
      expect(found).toEqual({});
    });
  }
});
