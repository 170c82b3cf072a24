import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import type { Drawing } from "../../src/charts/chart.ts";
import { CARD, cardDrawing, cardLayout, chartCardSvg, chartExportSvg, exportLayout, placeChart, sourceLine, toXml, wrapText } from "../../src/export/export.ts";
import { exportStyle, exportText } from "../../src/export/chart-exports.ts";
import { dejaVuFiles, rasterize } from "../../src/export/png.ts";
import { Resvg } from "@resvg/resvg-js";
import { ROOT } from "../support/data-copy.ts";
import { DEJAVU_MISSING } from "../support/fonts.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Text drawn by the export itself (outside the chart's own SVG), line by line joined. */
function frameText(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const outer = [...doc.querySelectorAll("svg > text")];
  return squash(outer.map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" ")).join(" "));
}

/** Share of pixels in a horizontal band darker than mid-grey: text drawn there shows up. */
function inkIn(image: { width: number; pixels: Buffer }, top: number, bottom: number): number {
  let dark = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.pixels[i]! + image.pixels[i + 1]! + image.pixels[i + 2]! < 3 * 128) dark++;
    }
  }
  return dark / ((bottom - top) * image.width);
}

/**
 * How wide a line of text comes out in the PNG: drawn alone by resvg with the DejaVu Sans files the
 * rasterizer uses (png.ts), measured as the box around its ink. Independent of the glyph-width table
 * the wrapping estimates with.
 */
function inkWidth(line: string, size: number, weight: "regular" | "bold"): number {
  const text = line.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="100"><text x="0" y="60" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight === "bold" ? 700 : 400}">${text}</text></svg>`;
  const box = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: dejaVuFiles(), defaultFontFamily: "DejaVu Sans" } }).getBBox();
  return box ? box.x + box.width : 0;
}

describe("word wrap", () => {
  it("keeps every word, in order, and no line of any chart's title, takeaway or sources runs past the width as DejaVu Sans draws it", () => {
    // The data tier's setup installs the font where it can; measured in another font, this would prove nothing.
    expect(dejaVuFiles().map((f) => f.replace(/.*\//, "")), DEJAVU_MISSING).toEqual(["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]);
    const charts = CHARTS.map(({ id }) => getChart(model, id));
    // Not a pixel past the column, bold included, so no line reaches into the margin beside it
    // (24 px in a download, 30 px between a card's title and its chart). Titles as a download sets
    // them (560) and a card beside its chart at each size it may shrink to (400) or above a wide
    // chart (1088); running text as a download (560) and a card (400 beside the chart at the sizes
    // its takeaway shrinks through, 648 for its sources) set it.
    const titles = charts.map((c) => c.title);
    const text = [...charts.flatMap((c) => [c.takeaway, sourceLine(c, model)]), "Sources: Reuters; a-very-long-unbroken-address-that-must-break-somewhere.example.org/with/a/path"];
    const cases: (readonly [text: string, width: number, size: number, weight: "regular" | "bold"])[] = [
      ...titles.flatMap((t) => [[t, 560, 22, "bold"], ...[44, 42, 40, 38, 36, 34, 32, 30, 28].map((size) => [t, 400, size, "bold"] as const), [t, 1088, 44, "bold"]] as const),
      ...[...titles, ...text].flatMap((t) => [[t, 560, 12, "regular"], [t, 560, 15, "regular"], [t, 648, 16, "regular"], ...[22, 18, 14].map((size) => [t, 400, size, "regular"] as const)] as const),
    ];
    for (const [t, width, size, weight] of cases) {
      const lines = wrapText(t, width, size, weight);
      for (const line of lines) expect(inkWidth(line, size, weight), line).toBeLessThanOrEqual(width);
      expect(lines.join("").replace(/\s/g, "")).toBe(t.replace(/\s/g, ""));
    }
  }, 120_000);
});

describe("placing a chart", () => {
  it("sizes the chart's SVG into its box and makes colours explicit", () => {
    const svg = `<svg class="chart-svg" role="img" aria-label="x" viewBox="0 0 300 100" width="300" height="100"><rect fill="var(--fg)" width="10" height="10"/></svg>`;
    const placed = placeChart({ svg, width: 300, height: 100 }, 10, 20, 600, 200, { vars: { "--fg": "#123456" } }, "#000");
    expect(placed).toMatch(/^<svg x="10" y="20" width="600" height="200" viewBox="0 0 300 100" color="#000" aria-hidden="true">/);
    expect(placed).toContain(`fill="#123456"`);
  });
});

describe("markup written as HTML", () => {
  it("becomes well-formed XML that the rasterizer accepts, keeping text and links", () => {
    const html = `<svg viewBox="0 0 100 50"><g hidden><rect data-x width="3" height="3"/></g><a href="/a/?x=1&y=2" xlink:href="/b/"><text y="20">A&#160;b &amp; c</text></a></svg>`;
    const chart = { ...getChart(model, CHARTS[0]!.id), svg: html };
    const svg = chartExportSvg(chart, { sources: "Sources: X.", credit: "Chart: Y" }, exportStyle);
    expect(() => rasterize(svg)).not.toThrow();
    expect(toXml(html)).toContain(`href="/a/?x=1&amp;y=2"`);
    expect(toXml(html)).toContain(`hidden=""`);
    expect(toXml(html)).toContain("A&#160;b &amp; c");
  });
});

for (const { id } of CHARTS) {
  describe(`${id} as a file`, () => {
    const chart = getChart(model, id);
    const text = exportText(chart, model, "https://charts.example.org");

    it("credits the site with an absolute link to the chart on its page when the origin is known", () => {
      expect(text.credit).toContain(`https://charts.example.org${chart.page}#${chart.id} `);
      expect(exportText(chart, model, undefined).credit).not.toContain("http");
      const publishers = new Set(chart.sources.map((s) => model.sourceById.get(s)!.publisher));
      expect(sourceLine(chart, model)).toContain([...publishers][0]!);
      if (publishers.size > 6) expect(sourceLine(chart, model)).toContain(`and ${publishers.size - 6} more`);
    });

    const svg = chartExportSvg(chart, text, exportStyle);

    it("carries the title, takeaway, source line and credit as text, and no unresolved var()", () => {
      const drawn = frameText(svg);
      for (const part of [chart.title, chart.takeaway, text.sources, text.credit]) expect(drawn).toContain(squash(part));
      expect(svg).not.toContain("var(");
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*width="\d+" height="\d+"/);
    });

    it("rasterizes at 2x with its title's words drawn (fonts found), and only there, and an empty margin", () => {
      const image = rasterize(svg, 2);
      const width = Number(/width="(\d+)"/.exec(svg)![1]);
      expect(image.width).toBe(width * 2);
      // The same file with the title's words taken out: what differs is the title as drawn. No
      // font found, no difference; a title drawn over the takeaway or the chart, a difference there.
      const untitled = svg.replace(/(<text font-size="22" font-weight="bold"[^>]*>)(.*?)(<\/text>)/, (_, open, body: string, close) => open + body.replace(/>[^<]*</g, "><") + close);
      expect(untitled).not.toBe(svg);
      const diff = difference(image, rasterize(untitled, 2));
      const titleLines = wrapText(chart.title, image.width / 2 - 48, 22, "bold").length;
      const band = { top: 2 * 24, bottom: 2 * (46 + (titleLines - 1) * 22 * 1.25 + 8) };
      expect(diff.inside(band), "share of the title band inked").toBeGreaterThan(0.01);
      expect(diff.outside(band), "pixels the title inks outside its lines").toBe(0);
      expect(inkIn(image, 0, 2 * 10)).toBe(0); // top margin stays background
      // Lines are wrapped by calibrated glyph widths; drawn in the real fonts, no line of the title,
      // takeaway, chart or footer may reach into the right margin (the last 20 of its 24 px).
      expect(offBackground(image, 2 * (width - 20), image.width), "pixels drawn in the right margin").toBe(0);
    });

    it("has drawings whose markup is drawn in the box the figure declares (downloads and embeds size by it), wide and narrow (or its narrow key)", () => {
      for (const { svg: drawing, width, height } of [chart.drawing, chart.narrow, chart.narrowKey].filter((d) => d !== undefined)) {
        const open = /^\s*<svg\b[^>]*>/.exec(drawing)?.[0];
        expect(open, "the drawing is one <svg> element").toBeDefined();
        const viewBox = /\bviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open!);
        expect(viewBox, "viewBox").not.toBeNull();
        const [w, h] = [Number(viewBox![1]), Number(viewBox![2])];
        expect(w).toBeGreaterThan(0);
        expect(h).toBeGreaterThan(0);
        expect([width, height], "the figure's width and height").toEqual([w, h]);
        for (const [attr, value] of [["width", w], ["height", h]] as const) {
          const given = new RegExp(`\\s${attr}="([\\d.]+)"`).exec(open!.replace(/viewBox="[^"]*"/, ""));
          if (given) expect(Number(given[1]), attr).toBe(value);
        }
        expect(drawing.trim().endsWith("</svg>")).toBe(true);
      }
      // The narrow drawing is no wider; a narrow key (the network's) is as wide as the drawing it
      // goes under, and cuts the drawing above its own key.
      if (chart.narrow) expect(chart.narrow.width).toBeLessThanOrEqual(chart.drawing.width);
      if (chart.narrowKey) {
        expect(chart.narrowKey.width).toBe(chart.drawing.width);
        expect(chart.narrowKey.cut).toBeLessThan(chart.drawing.height);
      }
    });

    it("downloads as SVG holding only SVG elements (no HTML inside the drawing), and no shape that draws nothing", () => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const names = new Set([...doc.querySelectorAll("*")].map((el) => el.localName ?? el.tagName));
      const foreign = [...names].filter((n) => !SVG_ELEMENTS.has(n));
      expect(foreign).toEqual([]);
      expect(names.has("svg")).toBe(true);
      // Nor shapes that draw nothing: a rect without a width (a one-day bar the page sizes by script).
      expect([...doc.querySelectorAll("rect")].filter((r) => !r.hasAttribute("width")).length).toBe(0);
    });

    it("draws the chart, inside the band between heading and footer, in the PNG", () => {
      const layout = exportLayout(chart, text, exportStyle);
      expect(layout.chart.y).toBeGreaterThanOrEqual(layout.headingBottom);
      expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(layout.footerTop);
      // The same file with an empty drawing of the same size: whatever differs is the chart's ink.
      const blank = chartExportSvg(chart, text, exportStyle, emptyLike(chart.drawing));
      const diff = difference(rasterize(svg, 1), rasterize(blank, 1));
      const band = { top: layout.chart.y, bottom: layout.chart.y + layout.chart.height };
      expect(diff.inside(band), "share of the chart band the drawing inks").toBeGreaterThan(0.01);
      expect(diff.outside(band), "pixels the drawing puts outside its band").toBe(0);
    });

    it("makes a 1200 × 630 share card with the whole title, and the chart between its heading and its footer", () => {
      // Every word of the title: a long one is set smaller, never cut ("… hold" lost "and mine").
      expect(frameText(chartCardSvg(chart, text, exportStyle))).toContain(squash(chart.title));
      const card = rasterize(chartCardSvg(chart, text, exportStyle));
      expect([card.width, card.height]).toEqual([CARD.width, CARD.height]);
      expect(inkIn(card, 70, 110)).toBeGreaterThan(0.02);
      const layout = cardLayout(chart);
      expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(layout.footerTop);
      if (!layout.beside) expect(layout.chart.y).toBeGreaterThanOrEqual(layout.headingBottom);
      const diff = difference(card, rasterize(chartCardSvg(chart, text, exportStyle, emptyLike(cardDrawing(chart)))));
      const band = { top: layout.chart.y, bottom: layout.chart.y + layout.chart.height };
      expect(diff.inside(band)).toBeGreaterThan(0.01);
      expect(diff.outside(band)).toBe(0);
    });
  });
}

describe("the network's download", () => {
  it("sets its labels at the size the page shows at that width, each with a halo, not the 21 px of a 560-px column", () => {
    const chart = getChart(model, "actor-network");
    const file = new DOMParser().parseFromString(chartExportSvg(chart, exportText(chart, model), exportStyle), "image/svg+xml");
    const drawing = file.querySelector("svg > svg")!;
    const scale = Number(drawing.getAttribute("width")) / chart.drawing.width;
    const labels = [...drawing.querySelectorAll("text[data-for]")].filter((t) => t.getAttribute("display") !== "none");
    expect(labels.length).toBeGreaterThan(20);
    const group = labels[0]!.parentElement!;
    const px = Number(group.getAttribute("font-size")) * scale;
    expect(px).toBeGreaterThanOrEqual(11);
    expect(px).toBeLessThanOrEqual(16);
    expect(group.getAttribute("paint-order")).toBe("stroke");
    expect(group.getAttribute("stroke")).toMatch(/^#/);
  });
});

describe("the timeline's share card", () => {
  it("draws the lanes across the card's width, not only its left two thirds", () => {
    const chart = getChart(model, "timeline");
    const card = rasterize(chartCardSvg(chart, exportText(chart, model), exportStyle));
    const { chart: box } = cardLayout(chart);
    // The right third of the chart's band, below the title and above the footer.
    // (The background is read at the bottom-right corner: the card's top edge is the coloured stripe.)
    const rightThird = offBackground(card, Math.round((CARD.width * 2) / 3), CARD.width - 56, Math.ceil(box.y), Math.floor(box.y + box.height), (card.height * card.width - 1) * 4);
    expect(rightThird / ((CARD.width / 3 - 56) * box.height), "share of the right third drawn").toBeGreaterThan(0.2);
  });
});

/** Pixels in a vertical band, from column `left` to `right` (rows `top` to `bottom`), that differ from the background (the top-left pixel, or the one at byte `bgAt`). */
function offBackground(image: { width: number; height: number; pixels: Buffer }, left: number, right: number, top = 0, bottom = image.height, bgAt = 0): number {
  const bg = [0, 1, 2].map((c) => image.pixels[bgAt + c]!);
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * image.width + x) * 4;
      if (Math.abs(image.pixels[i]! - bg[0]!) + Math.abs(image.pixels[i + 1]! - bg[1]!) + Math.abs(image.pixels[i + 2]! - bg[2]!) > 24) count++;
    }
  }
  return count;
}

/** Every element SVG 1.1 and 2 define that a chart might use; anything else (div, p, foreignObject) is not a drawing. */
const SVG_ELEMENTS = new Set([
  "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "a", "switch",
  "rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "text", "tspan", "textPath",
  "clipPath", "mask", "pattern", "marker", "linearGradient", "radialGradient", "stop", "image", "filter",
  "feGaussianBlur", "feOffset", "feMerge", "feMergeNode", "feFlood", "feComposite", "feBlend", "feColorMatrix",
]);

/** A drawing of the same size as `drawing` with nothing in it. */
function emptyLike({ width, height }: Drawing): Drawing {
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"></svg>`, width, height };
}

/** Pixels that differ between two renders of the same size, counted inside and outside a horizontal band. */
function difference(a: { width: number; height: number; pixels: Buffer }, b: { width: number; height: number; pixels: Buffer }) {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const rows = new Array<number>(a.height).fill(0);
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.pixels[i]! - b.pixels[i]!) + Math.abs(a.pixels[i + 1]! - b.pixels[i + 1]!) + Math.abs(a.pixels[i + 2]! - b.pixels[i + 2]!) > 24) rows[y]!++;
    }
  }
  return {
    /** Share of the band's pixels that differ. */
    inside: ({ top, bottom }: { top: number; bottom: number }) => rows.slice(Math.floor(top), Math.ceil(bottom)).reduce((s, n) => s + n, 0) / ((Math.ceil(bottom) - Math.floor(top)) * a.width),
    /** Count of differing pixels above and below the band (a pixel of anti-aliasing at its edges allowed). */
    outside: ({ top, bottom }: { top: number; bottom: number }) => [...rows.slice(0, Math.max(0, Math.floor(top) - 1)), ...rows.slice(Math.ceil(bottom) + 1)].reduce((s, n) => s + n, 0),
  };
}
