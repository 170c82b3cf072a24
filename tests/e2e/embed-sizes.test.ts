// Heights known at build time, held against Chromium's layout on a host page of another origin:
// for every registered chart, the fixed-height iframe code for a 320, 640 and 1100 px column shows
// the whole chart (credit line and table toggle included) without a scrollbar and without much
// empty space; the responsive snippet's placeholder reserves the height the chart then reports;
// and an article with every chart embedded barely shifts while a reader scrolls through it (CLS).
// The measured and declared heights are written to test-results/embed/heights.json.
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { StaticSite } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { article, nextFrames, siteModel, targetOn, withSiteAndHost } from "../support/host.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { DEFAULT_SETTINGS, iframeSnippet, responsiveSnippet, type EmbedSettings, type EmbedWidth } from "../../src/embed/embed-snippet.ts";
import { EMBED_CSS, EMBED_WIDTHS } from "../../src/embed/embed-size.ts";

const model = siteModel();
const RESULTS = join(ROOT, "test-results/embed");
/**
 * Empty space a fixed-height iframe may leave under the chart: at most one line of the frame's
 * largest running text (the takeaway, 17 px × 1.55), the line the estimate may add where the reader's
 * system font is narrower than DejaVu Sans.
 */
const SLACK = Math.ceil(EMBED_CSS.takeaway.size * EMBED_CSS.takeaway.line);
/** The layout shift budget for an article full of embeds (Google's "good" is 0.1). */
const CLS_BUDGET = 0.05;

let browser: Browser;
let site: StaticSite;
let host: StaticSite;

const report: Record<string, unknown> = {};

const column = (width: number) => `main{width:${width}px;margin:0}`;
const PLAIN: EmbedSettings = { ...DEFAULT_SETTINGS, plain: true };

withSiteAndHost((site) => {
  const pages: Record<string, string> = {};
  const all: string[] = [];
  for (const { id } of CHARTS) {
    const target = targetOn(site, getChart(model, id), model);
    for (const width of EMBED_WIDTHS) {
      for (const [name, settings] of [["normal", DEFAULT_SETTINGS], ["plain", PLAIN]] as const) {
        pages[`fixed-${id}-${width}-${name}.html`] = article(iframeSnippet(target, settings, width), { css: column(width) });
      }
      pages[`responsive-${id}-${width}.html`] = article(responsiveSnippet(target, DEFAULT_SETTINGS), { css: column(width) });
    }
    all.push(`<h2>${id}</h2><p>A paragraph of the article between two charts, long enough to wrap at least once in a column of this width.</p>${responsiveSnippet(target, DEFAULT_SETTINGS)}`);
  }
  pages["every-chart-640.html"] = article(all.join("\n"), { css: column(640) });
  pages["every-chart-phone.html"] = article(all.join("\n"), { css: "main{margin:0 16px}" });
  mkdirSync(RESULTS, { recursive: true });
  return pages;
}, (b, s, h) => {
  browser = b;
  site = s;
  host = h;
});

afterAll(async () => {
  writeFileSync(join(RESULTS, "heights.json"), JSON.stringify(report, null, 2));
});

describe("fixed-height iframe code", () => {
  for (const { id } of CHARTS) {
    it(`${id}: at 320, 640 and 1100 px, with and without the title, the chart fits the height the code declares`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const rows: { width: EmbedWidth; variant: string; declared: number; measured: number }[] = [];
      for (const width of EMBED_WIDTHS) {
        for (const variant of ["normal", "plain"]) {
          await page.goto(host.root + `fixed-${id}-${width}-${variant}.html`);
          const frame = (await (await page.waitForSelector("iframe")).contentFrame())!;
          await frame.waitForLoadState("load");
          // The timeline's island draws the chart at the frame's width once it runs.
          if (id === "timeline") await frame.waitForSelector('[data-chart-id="timeline"][data-ready="true"]');
          await nextFrames(frame);
          const declared = Number(await page.getAttribute("iframe", "height"));
          const measured = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
          rows.push({ width, variant, declared, measured });
        }
      }
      report[`fixed ${id}`] = rows;
      for (const r of rows) {
        // Never cut: the credit line and the table toggle are inside the frame.
        expect(r.measured, `${r.width} px ${r.variant}: ${r.measured} px of chart in a ${r.declared} px frame`).toBeLessThanOrEqual(r.declared);
        expect(r.declared - r.measured, `${r.width} px ${r.variant}: ${r.declared - r.measured} px left empty`).toBeLessThanOrEqual(SLACK);
      }
      await context.close();
    });
  }
});

describe("the responsive snippet", () => {
  for (const { id } of CHARTS) {
    it(`${id}: reserves the height the chart then reports, at 320, 640 and 1100 px`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      // The height the loader gives the frame when it makes it, before the chart has said anything.
      await page.addInitScript(() => {
        new MutationObserver((records) => {
          for (const r of records) {
            for (const node of r.addedNodes) {
              if (node instanceof HTMLIFrameElement) (window as unknown as { reserved: string }).reserved = node.style.height;
            }
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const rows: { width: EmbedWidth; reserved: number; reported: number }[] = [];
      for (const width of EMBED_WIDTHS) {
        await page.goto(host.root + `responsive-${id}-${width}.html`);
        const iframe = page.locator("[data-smt-embed] iframe");
        await iframe.waitFor();
        const reserved = parseFloat(await page.evaluate(() => (window as unknown as { reserved: string }).reserved));
        await page.waitForSelector('[data-smt-embed][data-smt-state="shown"]');
        const frame = (await (await iframe.elementHandle())!.contentFrame())!;
        if (id === "timeline") await frame.waitForSelector('[data-chart-id="timeline"][data-ready="true"]');
        await nextFrames(frame);
        const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(content);
        rows.push({ width, reserved, reported: content });
      }
      report[`responsive ${id}`] = rows;
      for (const r of rows) expect(Math.abs(r.reserved - r.reported), `${r.width} px: reserved ${r.reserved}, reported ${r.reported}`).toBeLessThanOrEqual(SLACK);
      await context.close();
    });
  }
});

describe("an article with every chart embedded", () => {
  for (const [name, viewport] of [["640", { width: 1000, height: 800 }], ["phone", { width: 390, height: 844 }]] as const) {
    it(`shifts by less than ${CLS_BUDGET} (cumulative layout shift) while the reader scrolls to its end (${name === "640" ? "a 640 px column" : "a phone"})`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number; shifts: { value: number; at: number }[] };
        w.cls = 0;
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (entry.hadRecentInput) continue;
            w.cls += entry.value;
            w.shifts.push({ value: entry.value, at: Math.round(entry.startTime) });
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(host.root + `every-chart-${name}.html`, { waitUntil: "load" });
      // Scroll a screen at a time, as a reader would, letting every frame in view report in.
      for (;;) {
        await nextFrames(page);
        const done = await page.evaluate(() => {
          const inView = [...document.querySelectorAll<HTMLElement>("[data-smt-embed]")].filter((el) => {
            const box = el.getBoundingClientRect();
            return box.bottom > 0 && box.top < innerHeight;
          });
          return { waiting: inView.filter((el) => el.dataset.smtState !== "shown").length, end: scrollY + innerHeight >= document.documentElement.scrollHeight - 1 };
        });
        if (done.waiting > 0) {
          await page.waitForFunction(() =>
            [...document.querySelectorAll<HTMLElement>("[data-smt-embed]")].every((el) => {
              const box = el.getBoundingClientRect();
              return box.bottom <= 0 || box.top >= innerHeight || el.dataset.smtState === "shown";
            }),
          );
          continue;
        }
        if (done.end) break;
        await page.evaluate(() => scrollBy(0, 600));
      }
      await nextFrames(page);
      const result = await page.evaluate(() => {
        const w = window as unknown as { cls: number; shifts: unknown[] };
        return { cls: w.cls, shifts: w.shifts };
      });
      report[`cls every chart, ${name}`] = result;
      expect(await page.locator('[data-smt-state="shown"]').count()).toBe(CHARTS.length);
      expect(result.cls).toBeLessThan(CLS_BUDGET);
      await context.close();
    });
  }
});
