// Every link inside every embed leaves the iframe when a reader clicks it: the article's window goes
// to the link (the chart stays a chart, never the whole site squeezed into the frame), or, with
// ?target=blank, a new tab opens and the article and its embed stay as they were. Each kind of link
// is clicked with the mouse where a reader would click it: a mark in the drawing (SVG links
// included), a source, the credit line, a row of the table. The credit line and the fallback link
// lead to the chart's own anchor on its page.
import { describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import type { StaticSite } from "../support/server.ts";
import { article, embedFrame, nextFrames, siteModel, targetOn, withSiteAndHost } from "../support/host.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { DEFAULT_SETTINGS, responsiveSnippet } from "../../src/embed/embed-snippet.ts";

const model = siteModel();

let browser: Browser;
let site: StaticSite;
let host: StaticSite;

withSiteAndHost(
  (site) => {
    const pages: Record<string, string> = {};
    for (const { id } of CHARTS) {
      const target = targetOn(site, getChart(model, id), model);
      pages[`top-${id}.html`] = article(responsiveSnippet(target, DEFAULT_SETTINGS));
      pages[`blank-${id}.html`] = article(responsiveSnippet(target, { ...DEFAULT_SETTINGS, target: "blank" }));
      // A CMS that strips scripts keeps only the placeholder and its link.
      pages[`stripped-${id}.html`] = article(responsiveSnippet(target, DEFAULT_SETTINGS).replace(/<script[^>]*><\/script>/, ""));
    }
    return pages;
  },
  (b, s, h) => {
    browser = b;
    site = s;
    host = h;
  },
);

type Kind = "drawing" | "source" | "credit" | "table";

/**
 * Picks a link of `kind` in the embed and a point on it that a click would really hit (for a line
 * or a dot in a drawing, a point on its stroke or fill, not the middle of its bounding box): its
 * absolute address and that point in the frame.
 */
async function pick(frame: Frame, kind: Kind): Promise<{ href: string; x: number; y: number } | null> {
  if (kind === "table") {
    await frame.getByText("Show the data as a table").click();
    // The loader has given the frame the table's height once the frame no longer scrolls.
    await frame.waitForFunction(() => document.documentElement.scrollHeight <= innerHeight + 1);
  }
  return frame.evaluate((kind) => {
    const selector = {
      drawing: ".chart-frame svg a[href]",
      source: ".chart-frame__meta:not(.chart-frame__credit) a[href]",
      credit: ".chart-frame__credit a[href]:not([download])",
      table: ".chart-frame details table a[href]",
    }[kind];
    for (const a of document.querySelectorAll<Element>(selector)) {
      const box = a.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const shapes = [a, ...a.querySelectorAll("path, circle, rect, text")];
      // A text link that wraps has a box per line; the middle of the whole can fall between them.
      const points: [number, number][] = [...a.getClientRects()].map((r) => [r.left + r.width / 2, r.top + r.height / 2]);
      for (const shape of shapes) {
        if (shape instanceof SVGPathElement && shape.getTotalLength() > 0) {
          const p = shape.getPointAtLength(shape.getTotalLength() / 2);
          const m = shape.getScreenCTM()!;
          points.push([p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f]);
        }
        const b = shape.getBoundingClientRect();
        points.push([b.left + b.width / 2, b.top + b.height / 2], [b.left + 2, b.top + b.height / 2]);
      }
      // The frame is as tall as its content, so its viewport holds every point of the embed.
      for (const [x, y] of points) {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        if (document.elementFromPoint(x, y)?.closest("a") === a) {
          return { href: new URL(a.getAttribute("href")!, document.baseURI).href, x, y };
        }
      }
    }
    return null;
  }, kind);
}

/** A reader's click at (x, y) of the embed: the article scrolled to it, then the mouse. */
async function clickAt(page: Page, frame: Frame, { x, y }: { x: number; y: number }): Promise<void> {
  const iframe = await frame.frameElement();
  await iframe.evaluate((el, at) => scrollTo(0, (el as Element).getBoundingClientRect().top + scrollY + at - innerHeight / 2), y);
  // Hit testing in a frame from another origin follows a scroll once the page has drawn it.
  await nextFrames(page);
  await nextFrames(frame);
  const box = (await iframe.boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

async function open(context: BrowserContext, file: string): Promise<{ page: Page; frame: Frame }> {
  const page = await context.newPage();
  await page.goto(host.root + file);
  await page.waitForSelector('[data-smt-embed][data-smt-state="shown"]');
  return { page, frame: await embedFrame(page, site) };
}

const KINDS: Kind[] = ["drawing", "source", "credit", "table"];

describe("every link in every embed leaves the frame", () => {
  for (const { id } of CHARTS) {
    const chart = getChart(model, id);
    it(`${id}: clicking each kind of link opens it in the article's window`, async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      const clicked: string[] = [];
      for (const kind of KINDS) {
        const { page, frame } = await open(context, `top-${id}.html`);
        const link = await pick(frame, kind);
        if (!link) {
          await page.close();
          continue;
        }
        await clickAt(page, frame, link);
        await page.waitForURL(link.href);
        clicked.push(kind);
        if (kind === "credit") {
          // The credit line goes to the chart where it lives, scrolled to it.
          expect(link.href).toBe(`${site.root}${chart.page.slice(1)}#${id}`);
          await expect(page.evaluate((anchor) => {
            const box = document.getElementById(anchor)!.getBoundingClientRect();
            return box.top >= -1 && box.top < innerHeight;
          }, id)).resolves.toBe(true);
        }
        await page.close();
      }
      // Every embed has sources, a credit line and a table; drawings with marks that link have them tried too.
      expect(clicked).toEqual(expect.arrayContaining(["source", "credit"]));
      if (/<a\b/.test(chart.drawing.svg)) expect(clicked).toContain("drawing");
      if (chart.rowLinks?.some(Boolean)) expect(clicked).toContain("table");
      await context.close();
    });

    it(`${id}: with target=blank, a click opens a new tab and the article keeps its chart`, async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      const { page, frame } = await open(context, `blank-${id}.html`);
      const embedUrl = frame.url();
      for (const kind of KINDS) {
        const link = await pick(frame, kind);
        if (!link) continue;
        const [tab] = await Promise.all([context.waitForEvent("page"), clickAt(page, frame, link)]);
        await tab.waitForURL(link.href);
        await tab.close();
        expect(page.url(), kind).toBe(`${host.root}blank-${id}.html`);
        expect(frame.url(), kind).toBe(embedUrl);
      }
      await context.close();
    });

    it(`${id}: where scripts are stripped, the fallback link opens the chart on its page, at its anchor`, async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      const page = await context.newPage();
      await page.goto(host.root + `stripped-${id}.html`);
      await page.getByRole("link", { name: chart.title }).click();
      await page.waitForURL(`${site.root}${chart.page.slice(1)}#${id}`);
      await expect(page.evaluate((anchor) => document.getElementById(anchor)!.getBoundingClientRect().top, id)).resolves.toBeLessThan(900);
      await context.close();
    });
  }

  it("timeline: choosing an event by keyboard opens it in the article's window", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const { page, frame } = await open(context, "top-timeline.html");
    await frame.waitForSelector('[data-chart-id="timeline"][data-ready="true"]');
    const mark = frame.locator('a.tl-event[tabindex="0"]');
    const href = await mark.evaluate((a) => new URL(a.getAttribute("href")!, document.baseURI).href);
    await mark.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(href);
    await context.close();
  });
});
