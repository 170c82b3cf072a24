// The /embed/ gallery as a graphics desk uses it: every registered chart with its preview, title,
// takeaway, heights, three kinds of code with a copy button each, its downloads and a live preview;
// one set of options rewrites every code; reachable from the footer and the about page; works
// without JavaScript. And the embed options it offers, seen on a host page of another origin:
// transparent=1 lets the article's own background show through.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "../support/browser.ts";
import type { StaticSite } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { article, nextFrames, siteModel, targetOn, withSiteAndHost } from "../support/host.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { embedHeights, EMBED_WIDTHS } from "../../src/embed/embed-size.ts";
import { iframeSnippet, pymSnippet, responsiveSnippet, type EmbedSettings } from "../../src/embed/embed-snippet.ts";

const model = siteModel();
const SHOTS = join(ROOT, "test-results/embed");

const HOST_DARK = "#1d2a36";
const HOST_LIGHT = "#f3efe4";

let browser: Browser;
let site: StaticSite;
let host: StaticSite;

withSiteAndHost(
  (site) => {
    const pages: Record<string, string> = {};
    for (const [name, settings, background] of [
      ["dark-transparent", { theme: "dark", plain: false, transparent: true }, HOST_DARK],
      ["dark", { theme: "dark", plain: false }, HOST_DARK],
      ["light-transparent", { theme: "light", plain: false, transparent: true }, HOST_LIGHT],
    ] as const) {
      for (const id of ["events-by-year", "actor-network"]) {
        const code = responsiveSnippet(targetOn(site, getChart(model, id), model), settings as EmbedSettings);
        pages[`${name}-${id}.html`] = article(code, { css: `body{background:${background};color:${background === HOST_DARK ? "#eee" : "#222"}}` });
      }
    }
    return pages;
  },
  (b, s, h) => {
    browser = b;
    site = s;
    host = h;
  },
);

describe("the embed gallery", () => {
  it("shows every registered chart with its preview, title, takeaway, heights, code, copy buttons and downloads", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.root}embed/`);
    const items = page.locator(".gallery__item");
    expect(await items.count()).toBe(CHARTS.length);
    for (const { id } of CHARTS) {
      const chart = getChart(model, id);
      const item = page.locator(`.gallery__item#${id}`);
      await expect(item.getByRole("heading", { level: 2 }).textContent()).resolves.toBe(chart.title);
      await expect(item.locator(".gallery__takeaway").textContent()).resolves.toBe(chart.takeaway);
      // The preview image is the chart's share card, loaded.
      const image = item.locator("img.gallery__image");
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBe(1200);
      const heights = embedHeights(chart, model).fixed.normal;
      const sizes = await item.locator(".gallery__sizes").textContent();
      for (const w of EMBED_WIDTHS) expect(sizes).toContain(`${w} px wide: ${heights[w]} px`);
      // The three codes, with the site's addresses completed, each with its own copy button.
      const target = targetOn(site, chart, model);
      const settings: EmbedSettings = { theme: "auto", plain: false, transparent: false, target: "top" };
      const expected = { responsive: responsiveSnippet(target, settings), iframe: iframeSnippet(target, settings, 640), pym: pymSnippet(target, settings) };
      for (const [kind, code] of Object.entries(expected)) {
        const textarea = item.locator(`[data-embed-code="${kind}"]`);
        expect(await textarea.inputValue(), `${id} ${kind}`).toBe(code);
        const button = item.locator(`[data-embed-copy="${await textarea.getAttribute("id")}"]`);
        await button.click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: `${id} ${kind}` }).toBe(code);
      }
      // Downloads: what they say they are.
      for (const [name, type] of [["Image (PNG)", "image/png"], ["Image (SVG)", "image/svg+xml"], ["Data (CSV)", "text/csv; charset=utf-8"], ["Share card (PNG, 1200 × 630)", "image/png"]]) {
        const href = await item.getByRole("link", { name }).getAttribute("href");
        const response = await page.request.get(new URL(href!, site.root).href);
        expect([response.status(), response.headers()["content-type"]], `${id} ${name}`).toEqual([200, type]);
      }
      expect(await item.getByRole("link", { name: "On its page" }).getAttribute("href")).toBe(`${chart.page}#${id}`);
      expect(await item.getByRole("link", { name: "Embeddable version" }).getAttribute("href")).toBe(`/embed/${id}/`);
    }
    await context.close();
  });

  it("rewrites every code on the page from one set of options, and previews a chart live on request", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.root}embed/`);
    const options = page.locator("[data-embed-options]");
    await options.getByLabel("Dark", { exact: true }).check();
    await options.getByLabel("Leave out the title").check();
    await options.getByLabel("No background of its own").check();
    await options.getByLabel("Open the chart's links in a new tab").check();
    for (const { id } of CHARTS) {
      const chart = getChart(model, id);
      const item = page.locator(`.gallery__item#${id}`);
      const heights = embedHeights(chart, model);
      const responsive = await item.locator('[data-embed-code="responsive"]').inputValue();
      expect(responsive).toContain(`embed/${id}/?theme=dark&amp;plain=1&amp;transparent=1&amp;target=blank"`);
      expect(responsive).toContain(`data-smt-heights="${heights.samples.plain}"`);
      expect(await item.locator('[data-embed-code="iframe"]').inputValue()).toContain(`height="${heights.fixed.plain[640]}"`);
      expect(await item.locator('[data-embed-code="pym"]').inputValue()).toContain("?theme=dark&amp;plain=1&amp;transparent=1&amp;target=blank");
    }
    const item = page.locator(`.gallery__item#${CHARTS[0]!.id}`);
    await item.getByText("Live preview").click();
    await item.locator('[data-embed-preview-frame] [data-smt-embed][data-smt-state="shown"]').waitFor();
    expect(await item.locator("[data-embed-preview-frame] iframe").getAttribute("src")).toContain("theme=dark&plain=1&transparent=1&target=blank");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await page.screenshot({ path: join(SHOTS, "gallery-1280.png") });
    await page.close();
  });

  it("without JavaScript shows the code and the options as address parameters", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.root}embed/`);
    const first = page.locator(".gallery__item").first();
    await expect(first.locator('[data-embed-code="responsive"]').isVisible()).resolves.toBe(true);
    await expect(first.locator('[data-embed-code="iframe"]').isVisible()).resolves.toBe(true);
    await expect(first.locator('[data-embed-code="pym"]').isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-embed-options]").isVisible()).resolves.toBe(false);
    for (const option of ["theme=dark", "plain=1", "transparent=1", "target=blank"]) await expect(page.getByText(option, { exact: true }).first().isVisible(), option).resolves.toBe(true);
    await context.close();
  });

  it("is linked from every page's footer and from the about page", async () => {
    const page = await browser.newPage();
    for (const path of ["", "timeline/", "sources/", "about/"]) {
      await page.goto(site.root + path);
      expect(await page.locator(".site-footer").getByRole("link", { name: "Embed a chart" }).getAttribute("href"), path).toBe("/embed/");
    }
    expect(await page.locator("main").getByRole("link", { name: "embed gallery" }).getAttribute("href")).toBe("/embed/");
    await page.close();
  });
});

/** The colour of one pixel of the page as drawn (a screenshot, read back in the browser). */
async function pixel(page: Page, x: number, y: number): Promise<string> {
  const shot = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  const reader = await browser.newPage();
  const rgb = await reader.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = Object.assign(document.createElement("canvas"), { width: 1, height: 1 });
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, shot.toString("base64"));
  await reader.close();
  return `#${rgb.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

describe("transparent=1 on another site's coloured page", () => {
  for (const id of ["events-by-year", "actor-network"]) {
    for (const width of EMBED_WIDTHS) {
      it(`${id} at ${width} px: the page's background shows through; without it, the embed's own`, async () => {
        const seen: Record<string, string> = {};
        for (const name of ["dark-transparent", "dark", "light-transparent"]) {
          const page = await browser.newPage({ viewport: { width, height: 1400 }, colorScheme: name.startsWith("dark") ? "dark" : "light" });
          await page.goto(`${host.root}${name}-${id}.html`);
          await page.waitForSelector('[data-smt-state="shown"]');
          const frame = (await (await page.waitForSelector("[data-smt-embed] iframe")).contentFrame())!;
          await nextFrames(frame);
          const box = (await page.locator("[data-smt-embed] iframe").boundingBox())!;
          // The frame's top-right corner: padding, no ink.
          seen[name] = await pixel(page, Math.floor(box.x + box.width - 3), Math.floor(box.y + 3));
          await page.screenshot({ path: join(SHOTS, `host-${name}-${id}-${width}.png`) });
          await page.close();
        }
        expect(seen).toEqual({ "dark-transparent": HOST_DARK, dark: "#111418", "light-transparent": HOST_LIGHT });
      });
    }
  }
});
