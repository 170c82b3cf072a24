// Embed heights computed at build time: the drawing from its viewBox, the frame's text by estimated
// line breaks. The browser tests (embed-sizes.test.ts) hold these numbers against Chromium's layout.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { drawingHeight, EMBED_CSS, embedHeight, embedHeights, frameText, lineCount, SAMPLE_WIDTHS } from "../../src/embed/embed-size.ts";
import { FIXTURES, makeProject, ROOT } from "../support/data-copy.ts";
import { readFileSync } from "node:fs";
import { MAX_SHOWN } from "../../src/views/minerals/style.ts";

// The fixture tables with the chart rows laid over them, so that every registered chart has rows to draw.
const { tables, folder } = loadData(join(makeProject(join(FIXTURES, "base"), join(FIXTURES, "charts")), "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

describe("line count", () => {
  it("breaks at spaces, one more line per overflow, and long words where they must", () => {
    expect(lineCount("", 100, 16)).toBe(0);
    expect(lineCount("short", 100, 16)).toBe(1);
    const sentence = "Sanctions relief talks and the minerals deal";
    const one = lineCount(sentence, 10_000, 16);
    const narrow = lineCount(sentence, 120, 16);
    expect(one).toBe(1);
    expect(narrow).toBeGreaterThan(2);
    expect(lineCount(sentence, 120, 16, true)).toBeGreaterThanOrEqual(narrow);
    expect(lineCount("x".repeat(200), 100, 16)).toBeGreaterThan(5);
  });
});

describe("drawing height", () => {
  it("scales with the drawing's box, except drawings an island redraws at a fixed height", () => {
    const svg = "<svg></svg>";
    expect(drawingHeight({ svg, width: 640, height: 320 }, 320)).toBe(160);
    expect(drawingHeight({ svg, width: 960, height: 480, fixedHeight: true }, 320)).toBe(480);
    expect(drawingHeight({ svg, width: 300, height: 600, maxWidth: 360 }, 296)).toBe(592);
    expect(drawingHeight({ svg, width: 300, height: 600, maxWidth: 360 }, 500)).toBe(720);
  });

  it("caps drawings where their stylesheet does", () => {
    const minerals = readFileSync(join(ROOT, "src/views/minerals/mineral-charts.css"), "utf8");
    const frame = readFileSync(join(ROOT, "src/charts/chart.css"), "utf8");
    const cap = (css: string, selector: string) => Number(new RegExp(`${selector}\\s*\\{[^}]*max-width:\\s*([\\d.]+)px`).exec(css)?.[1]);
    for (const variant of ["wide", "narrow"] as const) {
      expect(cap(minerals, `\\.mx-svg--${variant}`), variant).toBe(MAX_SHOWN[variant]);
      expect(cap(frame, `\\.chart-variant--${variant} \\.chart-svg`), variant).toBe(EMBED_CSS.variantMax[variant]);
    }
    // Every chart drawn as a wide/narrow pair of .chart-svg drawings declares the stylesheet's cap.
    for (const { id } of CHARTS) {
      const chart = getChart(model, id);
      if (!chart.narrow || !chart.drawing.svg.startsWith('<svg class="chart-svg')) continue;
      expect([chart.drawing.maxWidth, chart.narrow.maxWidth], id).toEqual([EMBED_CSS.variantMax.wide, EMBED_CSS.variantMax.narrow]);
    }
    // A drawing with a narrow key is cut by the stylesheet to one shape, at the narrow cap.
    const keyed = /\.chart-variant--keyed > \.chart-svg\s*\{([^}]*)\}/.exec(frame)?.[1] ?? "";
    const [w, h] = (/aspect-ratio:\s*([\d.]+)\s*\/\s*([\d.]+)/.exec(keyed) ?? []).slice(1).map(Number);
    expect(Number(/max-width:\s*([\d.]+)px/.exec(keyed)?.[1])).toBe(EMBED_CSS.variantMax.narrow);
    let keyedCharts = 0;
    for (const { id } of CHARTS) {
      const key = getChart(model, id).narrowKey;
      if (!key) continue;
      keyedCharts++;
      expect(key.cut / getChart(model, id).drawing.width, id).toBeCloseTo(h! / w!, 6);
      expect(key.maxWidth, id).toBe(EMBED_CSS.variantMax.narrow);
    }
    expect(keyedCharts).toBeGreaterThan(0);
  });
});

describe("embed heights", () => {
  for (const { id } of CHARTS) {
    const chart = getChart(model, id);
    it(`${id}: shrink with the title gone and grow with a wide column`, () => {
      const text = frameText(chart, model);
      const heights = embedHeights(chart, model);
      for (const w of [320, 640, 1100] as const) {
        expect(heights.fixed.plain[w]).toBeLessThan(heights.fixed.normal[w]);
        expect(heights.fixed.normal[w]).toBe(embedHeight(chart, text, w));
      }
      const samples = heights.samples.normal.split(" ").map((p) => p.split(":").map(Number));
      expect(samples.map(([w]) => w)).toEqual([...SAMPLE_WIDTHS]);
      // Past the narrow drawing's last width, a wider drawing grows with the column, until it reaches
      // its width cap: from there only the text reflows, so the embed only shrinks.
      const cap = (chart.drawing.maxWidth ?? Infinity) + 2 * EMBED_CSS.padX;
      const wide = samples.filter(([w]) => w! > 568 && w! <= 1300);
      // (The first three wide samples sit by the switch from the narrow drawing, where text reflows most.)
      const growing = wide.filter(([w]) => w! <= cap).map(([, h]) => h!).slice(3);
      const capped = wide.filter(([w]) => w! > cap).map(([, h]) => h!);
      if (!chart.drawing.fixedHeight) {
        // Text reflowing into fewer lines can outweigh a few pixels of drawing: by a line at most.
        const line = Math.ceil(Math.max(EMBED_CSS.meta.size * EMBED_CSS.meta.line, EMBED_CSS.takeaway.size * EMBED_CSS.takeaway.line));
        for (let i = 1; i < growing.length; i++) expect(growing[i]!, `sample ${i} of ${growing.join(" ")}`).toBeGreaterThanOrEqual(growing[i - 1]! - line);
        if (growing.length > 1) expect(growing.at(-1)!).toBeGreaterThan(growing[0]!);
        expect(capped).toEqual([...capped].sort((a, b) => b - a));
      }
    });
  }
});
