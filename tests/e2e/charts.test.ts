// Every registered chart as an article meets it, in real Chromium: its embed fits an article column
// (at most 1,200 px tall at 640 px wide), and its drawing keeps text readable and never oversized
// (11 to 18 px as rendered) in a 320-px phone column, at 640 and at 1,100 px. These loop over the
// registry, so a chart is covered the moment it is registered. Mineral drawings are also checked
// for text that runs off the drawing or over other text (how a cut or overlapping label shows).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserAndSite } from "../support/browser.ts";
import { CHARTS } from "../../src/charts/registry.ts";

const web = browserAndSite();

const WIDTHS = [320, 640, 1100] as const;
const MAX_EMBED_HEIGHT = 1200;

interface TextBox {
  text: string;
  size: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Index of the drawing (root svg) the text belongs to. */
  drawing: number;
  /** The drawing's box on screen. */
  frame: { x: number; y: number; w: number; h: number };
}

/** The visible text of the chart's drawing(s), with its rendered font size and its box on screen. */
function visibleText(page: Page, id: string): Promise<TextBox[]> {
  return page.evaluate((chartId) => {
    const frame = document.querySelector(`[data-chart-id="${chartId}"]`)!;
    const roots = [...frame.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg") && s.getClientRects().length > 0);
    const out: TextBox[] = [];
    roots.forEach((root, drawing) => {
      const r = root.getBoundingClientRect();
      // A drawing cut to part of itself (the network's in a narrow frame, its key below the cut)
      // hides what lies outside its box.
      const clips = getComputedStyle(root).overflow !== "visible";
      for (const el of root.querySelectorAll("text")) {
        const text = el.textContent?.trim() ?? "";
        if (!text || el.getClientRects().length === 0 || getComputedStyle(el).visibility === "hidden") continue;
        const m = el.getScreenCTM();
        if (!m) continue;
        const b = el.getBoundingClientRect();
        if (b.width === 0) continue;
        if (clips && (b.y >= r.bottom || b.bottom <= r.y || b.x >= r.right || b.right <= r.x)) continue;
        out.push({ text, size: parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b), x: b.x, y: b.y, w: b.width, h: b.height, drawing, frame: { x: r.x, y: r.y, w: r.width, h: r.height } });
      }
    });
    return out;
  }, id);
}

for (const { id } of CHARTS) {
  describe(`chart ${id}`, () => {
    it("embeds at 640 px wide in at most 1,200 px of height", async () => {
      const page = await web.browser.newPage({ viewport: { width: 640, height: 900 } });
      await page.goto(`${web.site.root}embed/${id}/`);
      // What the embed reports to its host: the height of its body.
      const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      expect(height).toBeGreaterThan(100);
      expect(height).toBeLessThanOrEqual(MAX_EMBED_HEIGHT);
      await page.close();
    });

    it("keeps rendered text between 11 and 18 px in narrow and wide columns", async () => {
      const page = await web.browser.newPage({ viewport: { width: WIDTHS[0], height: 900 } });
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${web.site.root}embed/${id}/`);
        const texts = await visibleText(page, id);
        expect(texts.length, `text drawn at ${width} px`).toBeGreaterThan(0);
        for (const t of texts) if (t.size < 10.95 || t.size > 18.05) found.push(`${width} px: "${t.text.slice(0, 40)}" at ${t.size.toFixed(1)} px`);
      }
      expect(found).toEqual([]);
      await page.close();
    });

    if (id.startsWith("minerals-")) {
      it("keeps every label inside its drawing and clear of every other label", async () => {
        const page = await web.browser.newPage({ viewport: { width: WIDTHS[0], height: 900 } });
        const problems: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${web.site.root}embed/${id}/`);
          const texts = await visibleText(page, id);
          for (const t of texts) {
            if (t.x < t.frame.x - 1 || t.x + t.w > t.frame.x + t.frame.w + 1) problems.push(`${width} px: "${t.text.slice(0, 40)}" runs off the drawing`);
          }
          for (let i = 0; i < texts.length; i++) {
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i]!;
              const b = texts[j]!;
              if (a.drawing !== b.drawing) continue;
              // A pixel of touching (font ascent boxes) is not a collision; real overlap is.
              const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
              const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
              if (ox > 1 && oy > 3) problems.push(`${width} px: "${a.text.slice(0, 30)}" overlaps "${b.text.slice(0, 30)}"`);
            }
          }
        }
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });
}

describe("the network without JavaScript", () => {
  // The labels were placed at build time for a few column widths; the stylesheet picks the level and
  // its font size by container width. Were the two out of step, labels would run into each other.
  it("draws no actor's name over another's at any column width from a phone to a desktop", async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const width of [320, 360, 420, 452, 560, 600, 640, 800, 840, 1100]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${web.site.root}embed/actor-network/`);
      const labels = (await visibleText(page, "actor-network")).filter((t) => t.drawing === 0 && t.y < t.frame.y + t.frame.h);
      expect(labels.length, `${width} px`).toBeGreaterThan(5);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i]!;
          const b = labels[j]!;
          const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
          const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
          if (ox > 1 && oy > 3) problems.push(`${width} px: "${a.text}" overlaps "${b.text}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
