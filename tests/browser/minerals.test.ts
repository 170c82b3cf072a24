// The mineral-stakes page and its embeds in real Chromium, as a reader meets them: every chart is in
// the HTML without JavaScript; hovering or focusing a mark shows its exact figure, unit and source;
// each chart's CSV download holds exactly the rows its marks draw; no axe violation; small scripts.
import { describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { axeViolations, withBrowserAndSite } from "../support/browser.ts";
import type { StaticSite } from "../support/server.ts";
import { scriptBytes } from "../support/weight.ts";
import { MINERAL_CHARTS } from "../../src/charts/minerals/index.ts";
import { parseCsv } from "../../src/data/csv.ts";

let browser: Browser;
let site: StaticSite;
const IDS = MINERAL_CHARTS.map((c) => c.id);

withBrowserAndSite((b, s) => {
  browser = b;
  site = s;
});

const chart = (page: Page, id: string): Locator => page.locator(`[data-chart-id="${id}"]`).first();

describe("without JavaScript", () => {
  it("every mineral chart is in the page and in its embed, marks and all", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.root + "minerals/");
    const onPage = await page.locator("[data-chart-id]").evaluateAll((els) => els.map((e) => ({ id: e.getAttribute("data-chart-id"), marks: e.querySelectorAll("[data-mark]").length, svgs: e.querySelectorAll("svg").length })));
    expect(onPage.map((c) => c.id)).toEqual(IDS);
    for (const c of onPage) {
      expect(c.marks, c.id!).toBeGreaterThan(0);
      expect(c.svgs, c.id!).toBeGreaterThan(0);
    }
    for (const id of IDS) {
      await page.goto(site.root + `embed/${id}/`);
      await expect(chart(page, id).locator("[data-mark]").count()).resolves.toBeGreaterThan(0);
    }
    await context.close();
  });
});

describe("tooltips", () => {
  async function tipText(page: Page): Promise<string> {
    const tip = page.locator(".mx-tip");
    await tip.waitFor({ state: "visible" });
    return (await tip.textContent()) ?? "";
  }

  it("show the exact value, unit, date and source on hover", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.root + "minerals/");
    for (const id of IDS) {
      const mark = chart(page, id).locator("[data-mark]").first();
      await mark.scrollIntoViewIfNeeded();
      // Point at something the mark draws (its text or shape), as a reader's pointer would.
      const shape = mark.locator("text, rect, circle");
      await ((await shape.count()) > 0 ? shape.first() : mark).hover();
      const d = await mark.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
      const text = await tipText(page);
      expect(text, id).toContain(d.display!);
      if (d.value) expect(d.display!.replace(/[^A-Za-z%]/g, ""), id).toMatch(new RegExp((d.unit ?? "").split(" ")[0]!.replace(/[^A-Za-z%]/g, "")));
      expect(text, id).toContain(d.date!);
      expect(text, id).toContain(`Source: ${d.source}`);
      await page.mouse.move(0, 0);
    }
    await page.close();
  });

  it("show the same on keyboard focus, and arrow keys move between marks", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.root + "minerals/");
    // Tab from the chart's title area into its marks: the first mark is the chart's one tab stop.
    const first = chart(page, IDS[0]!).locator("[data-mark]").first();
    await page.locator("nav[aria-label='On this page'] a").last().focus();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await first.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    const firstDisplay = await first.getAttribute("data-display");
    expect(await tipText(page)).toContain(firstDisplay!);
    await page.keyboard.press("ArrowRight");
    const second = chart(page, IDS[0]!).locator("[data-mark]").nth(1);
    await expect(second.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await tipText(page)).toContain((await second.getAttribute("data-source"))!);
    await page.keyboard.press("Escape");
    await expect(page.locator(".mx-tip").isHidden()).resolves.toBe(true);
    // Every other chart's marks answer focus too.
    for (const id of IDS.slice(1)) {
      const mark = chart(page, id).locator("[data-mark]").first();
      await mark.focus();
      expect(await tipText(page), id).toContain((await mark.getAttribute("data-display"))!);
    }
    await page.close();
  });
});

describe("downloads", () => {
  it("each chart's CSV holds exactly the rows and values its marks draw", async () => {
    const page = await browser.newPage();
    await page.goto(site.root + "minerals/");
    for (const id of IDS) {
      const drawn = await chart(page, id).locator("[data-mark]").evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.rowId!, value: (e as HTMLElement).dataset.value!, deposit: (e as HTMLElement).dataset.depositId ?? null })));
      const csv = await (await page.request.get(site.root + `charts/${id}.csv`)).text();
      const [header, ...records] = parseCsv(csv).records.map((r) => r.cells.map((c) => c.value));
      const col = (name: string) => header!.indexOf(name);
      const rows = records.filter((r) => col("placed_at") === -1 || r[col("placed_at")] !== "not drawn");
      expect(drawn.map((d) => d.id).sort(), id).toEqual(rows.map((r) => r[col("id")]).sort());
      if (col("value") !== -1) {
        const csvValue = new Map(rows.map((r) => [r[col("id")], r[col("value")]]));
        for (const d of drawn) expect(d.value, `${id} ${d.id}`).toBe(csvValue.get(d.id));
      }
      if (id === "minerals-deposits-map") for (const d of drawn) expect(d.deposit).toBe(d.id);
    }
    await page.close();
  });
});

describe("accessibility and weight", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`finds no axe-core violation on the page and the embeds (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of ["minerals/", ...IDS.map((id) => `embed/${id}/`)]) {
        await page.goto(site.root + path);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      await context.close();
      expect(found).toEqual({});
    });
  }

  it("keeps JavaScript within budget: page under 50 KB gzip, embeds under 25 KB, no Plot or d3", async () => {
    const page = await browser.newPage();
    const onPage = await scriptBytes(page, site.root + "minerals/");
    expect(onPage.gzip).toBeLessThan(50 * 1024);
    expect(onPage.gzip).toBeGreaterThan(0);
    const embed = await scriptBytes(page, site.root + `embed/${IDS[0]}/`);
    expect(embed.gzip).toBeLessThan(25 * 1024);
    for (const f of [...onPage.files, ...embed.files]) expect(f).not.toMatch(/plot|d3/i);
    await page.close();
  });
});
