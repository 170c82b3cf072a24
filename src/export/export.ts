// A chart as a file that travels on its own (SVG and PNG downloads, share cards): the title, the
// takeaway, the sources and the credit are drawn into the image, because a file has no page around
// it to carry them. Pure string building; text is escaped, widths are estimated conservatively.

import type { Chart, Drawing } from "../charts/chart.ts";
import type { Model } from "../data/model.ts";
import { TRACKS } from "../charts/palette.ts";
import { h, render } from "../charts/dom.ts";
import { textWidth } from "../charts/text-width.ts";
import { lineStarts, linesOf } from "../charts/wrap.ts";
import { DOMParser } from "linkedom";
import { resolveCustomProperties } from "./css-vars.ts";
import { showLabelsFor } from "./label-levels.ts";

export interface ExportStyle {
  /** The light theme's custom properties (palette.ts and global.css), for var() inside chart markup. */
  vars: Record<string, string>;
}

export interface ExportText {
  /** "Sources: Reuters; AP and 4 more." */
  sources: string;
  /** "Chart: Sanctions & Minerals Tracker · https://example.org/timeline/ · Data CC BY 4.0" */
  credit: string;
}

// DejaVu Sans first for the rasterizer (always on Debian), the reader's system font in a browser.
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
// How much wider than the calibrated regular widths a bold line comes out in DejaVu Sans Bold, the
// font the PNGs are drawn in. Measured with resvg on every title, takeaway and source line of the
// charts: lines of 250 px and more run a median 1.08 and at the 99th percentile 1.12 times the
// estimate (lower-case f, r, t and i widen most). 1.08 let a card's title run 30 px past its column,
// 1.12 still 3 px at 38 px type; 1.13 keeps every wrapped bold line inside its column at every size
// a title is set in (tests/data/chart-export.test.ts).
const BOLD = 1.13;

export { SITE_NAME } from "../site/identity.ts";
import { SITE_NAME } from "../site/identity.ts";

/** "A; B; C and 4 more" — the publishers behind a chart, as its frame, downloads and embed list them. */
export function sourceNames(chart: Pick<Chart, "sources">, model: Pick<Model, "sourceById">, shown = 6): string {
  const names = [...new Set(chart.sources.map((id) => model.sourceById.get(id)?.publisher ?? id))];
  const more = names.length - shown;
  return `${names.slice(0, shown).join("; ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** "Sources: A; B; C and 4 more." */
export function sourceLine(chart: Pick<Chart, "sources">, model: Pick<Model, "sourceById">, shown = 6): string {
  return `Sources: ${sourceNames(chart, model, shown)}.`;
}

/**
 * Greedy word wrap by the calibrated glyph widths (text-width.ts), so a line of capitals ("KERA News;
 * ABC News") fits as well as one of narrow letters; words longer than a line (URLs) break anywhere.
 */
export function wrapText(text: string, width: number, fontSize: number, weight: "regular" | "bold" = "regular"): string[] {
  const fits = (s: string) => textWidth(s, fontSize) * (weight === "bold" ? BOLD : 1) <= width;
  // Words longer than a line are cut first into the longest heads that fit (at least one character,
  // so it ends); each piece, and what follows the last one, starts a line of its own.
  const words: string[] = [];
  const newLine = new Set<number>();
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (!fits(word)) {
      let n = 1;
      while (n < word.length && fits(word.slice(0, n + 1))) n++;
      newLine.add(words.length);
      words.push(word.slice(0, n));
      word = word.slice(n);
      newLine.add(words.length);
    }
    if (word) words.push(word);
  }
  const starts = lineStarts(words.length, (from, to) => !newLine.has(to - 1) && fits(words.slice(from, to).join(" ")));
  return linesOf(words, starts).map((line) => line.join(" "));
}

/**
 * Chart markup is serialized as HTML (bare boolean attributes, raw "&" in URLs); files and the
 * rasterizer need XML. A tolerant parse and an XML serialization bridge the two.
 */
export function toXml(svg: string, displayWidth?: number): string {
  const doc = new DOMParser().parseFromString(svg.trim(), "image/svg+xml");
  if (displayWidth !== undefined) showLabelsFor(doc.documentElement as unknown as Element, displayWidth);
  // A rect with no width draws nothing: the timeline's one-day bars, which the page's script sizes
  // when it zooms, are left for the page and kept out of files (177 empty shapes in the timeline's).
  for (const rect of [...doc.documentElement.querySelectorAll("rect:not([width])")]) rect.remove();
  return String(doc.documentElement);
}

/**
 * The chart's drawing, placed at (x, y) and scaled into width × height, with colours made explicit.
 * Links become plain groups: an address relative to the site means nothing in a file.
 */
export function placeChart(drawing: Drawing, x: number, y: number, width: number, height: number, style: ExportStyle, color: string): string {
  const { svg } = drawing;
  const resolved = resolveCustomProperties(toXml(svg, width), style.vars)
    .replace(/<a\b[^>]*>/g, "<g>")
    .replace(/<\/a>/g, "</g>");
  return resolved.replace(/^<svg\b([^>]*?)(\/?)>/, (_all, attrs: string, selfClosing: string) => {
    const kept = attrs
      // A keyed drawing's preserveAspectRatio is for the page's narrow frames; here the box has the
      // drawing's own shape (or a card's), and the whole drawing is wanted in it.
      .replace(/\s(?:x|y|width|height|color|viewBox|preserveAspectRatio)="[^"]*"/g, "")
      .replace(/\s(?:role|aria-label|aria-labelledby|aria-describedby|aria-hidden|aria-roledescription|focusable|class)="[^"]*"/g, "");
    return `<svg${kept} x="${x}" y="${y}" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${drawing.width} ${drawing.height}" color="${color}" aria-hidden="true"${selfClosing}>`;
  });
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, fill: string, weight?: "bold"): string {
  return render(h("text", { "font-size": size, "font-weight": weight, fill }, lines.map((l, i) => h("tspan", { x, y: y + i * size * lineHeight }, l))));
}

const round = (n: number) => Math.round(n * 100) / 100;

function colours(style: ExportStyle) {
  return {
    bg: style.vars["--bg"] ?? "#ffffff",
    fg: style.vars["--fg"] ?? "#16181d",
    muted: style.vars["--fg-muted"] ?? "#4a5160",
    border: style.vars["--border"] ?? "#d5d9e0",
  };
}

function root(width: number, height: number, label: string, desc: string, body: string, bg: string): string {
  const svg = h(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", "xmlns:xlink": "http://www.w3.org/1999/xlink", width, height, viewBox: `0 0 ${width} ${height}`, "font-family": FONT, role: "img", "aria-labelledby": "export-title export-desc" },
    h("title", { id: "export-title" }, label),
    h("desc", { id: "export-desc" }, desc),
    h("rect", { width: "100%", height: "100%", fill: bg }),
    { raw: body },
  );
  return `${render(svg)}\n`;
}

/** Where a download puts things: its size, and the box the chart is drawn in. */
export interface ExportLayout {
  width: number;
  height: number;
  /** The chart's own drawing, between the heading (title, takeaway) and the footer (sources, credit). */
  chart: { x: number; y: number; width: number; height: number };
  /** Bottom of the heading and top of the footer. */
  headingBottom: number;
  footerTop: number;
}

function exportParts(chart: Chart, text: ExportText, style: ExportStyle): { layout: ExportLayout; body: (drawing: Drawing) => string } {
  const c = colours(style);
  const box = chart.drawing;
  const pad = 24;
  const inner = Math.min(1200, Math.max(560, box.width));
  const width = inner + 2 * pad;
  const title = wrapText(chart.title, inner, 22, "bold");
  const takeaway = wrapText(chart.takeaway, inner, 15);
  const sources = wrapText(text.sources, inner, 12);
  const credit = wrapText(text.credit, inner, 12);
  let y = pad + 22;
  const head = [textBlock(title, pad, y, 22, 1.25, c.fg, "bold")];
  y += (title.length - 1) * 22 * 1.25 + 26;
  head.push(textBlock(takeaway, pad, y, 15, 1.4, c.muted));
  const headingBottom = y + (takeaway.length - 1) * 15 * 1.4 + 5;
  y += (takeaway.length - 1) * 15 * 1.4 + 16;
  // The drawing at its own width (never blown up: its text keeps the size it was set in).
  const chartWidth = Math.min(inner, box.width);
  const chartHeight = (chartWidth * box.height) / box.width;
  const chartBox = { x: pad, y, width: chartWidth, height: chartHeight };
  y += chartHeight + 24;
  const footerTop = y - 12;
  const foot = [textBlock(sources, pad, y, 12, 1.4, c.muted)];
  y += sources.length * 12 * 1.4 + 4;
  foot.push(textBlock(credit, pad, y, 12, 1.4, c.fg));
  y += (credit.length - 1) * 12 * 1.4 + pad;
  const layout = { width, height: Math.ceil(y), chart: chartBox, headingBottom, footerTop };
  return {
    layout,
    body: (drawing) => [...head, placeChart(drawing, chartBox.x, chartBox.y, chartBox.width, chartBox.height, style, c.fg), ...foot].join(""),
  };
}

/** The layout of a chart's download: for tests and for anyone placing things around it. */
export function exportLayout(chart: Chart, text: ExportText, style: ExportStyle): ExportLayout {
  return exportParts(chart, text, style).layout;
}

/**
 * The downloadable chart: title and takeaway above, sources and credit below, at the chart's own
 * width. `drawing` replaces the chart's own (tests draw the frame around an empty chart to compare).
 */
export function chartExportSvg(chart: Chart, text: ExportText, style: ExportStyle, drawing: Drawing = chart.drawing): string {
  const c = colours(style);
  const { layout, body } = exportParts(chart, text, style);
  return root(layout.width, layout.height, chart.title, `${chart.takeaway} ${text.sources} ${text.credit}`, body(drawing), c.bg);
}

export const CARD = { width: 1200, height: 630 } as const;

function trackStripe(y: number): string {
  const w = CARD.width / TRACKS.length;
  return TRACKS.map((t, i) => `<rect x="${round(i * w)}" y="${y}" width="${round(w + 0.5)}" height="10" fill="${t.color}"/>`).join("");
}

/** The share card's frame for a chart of this shape: whether the chart goes beside the title, and the area it fills. */
function cardFrame(title: string, box: { width: number; height: number }) {
  const pad = 56;
  const footerTop = CARD.height - pad - 12;
  const beside = box.height / box.width > 0.62;
  const lines = wrapText(title, beside ? 400 : CARD.width - 2 * pad, 44, "bold").slice(0, beside ? 4 : 2);
  const headingBottom = beside ? 10 + pad : 10 + pad + 34 + (lines.length - 1) * 44 * 1.15 + 14;
  const area = beside ? { x: pad + 430, y: 10 + 30, width: CARD.width - 2 * pad - 430, height: footerTop - 10 - 30 - 18 } : { x: pad, y: headingBottom + 16, width: CARD.width - 2 * pad, height: footerTop - headingBottom - 16 - 18 };
  return { beside, headingBottom, footerTop, area };
}

/**
 * What the share card draws: the chart's own drawing, or, for a chart that can be drawn to another
 * shape (Chart.drawFor), one drawn for the card's chart area, so the area is filled at the same scale.
 */
export function cardDrawing(chart: Chart): Drawing {
  if (!chart.drawFor) return chart.drawing;
  const { beside, area } = cardFrame(chart.title, chart.drawing);
  return beside ? chart.drawing : chart.drawFor(area);
}

/**
 * Where the share card puts the chart: under the title when the chart is wide, beside the title
 * when it is tall (a tall chart squeezed under a title would be too small to read in a feed).
 */
export function cardLayout(chart: Chart, box: Drawing = cardDrawing(chart)): { chart: { x: number; y: number; width: number; height: number }; headingBottom: number; footerTop: number; beside: boolean } {
  const { beside, headingBottom, footerTop, area } = cardFrame(chart.title, box);
  const scale = Math.min(area.width / box.width, area.height / box.height);
  const width = box.width * scale;
  const height = box.height * scale;
  return { chart: { x: area.x + (beside ? (area.width - width) / 2 : 0), y: area.y, width, height }, headingBottom, footerTop, beside };
}

/** A 1200 × 630 share card (Open Graph, Twitter) showing the chart with its title. */
export function chartCardSvg(chart: Chart, text: ExportText, style: ExportStyle, drawing: Drawing = cardDrawing(chart)): string {
  const c = colours(style);
  const pad = 56;
  const layout = cardLayout(chart, drawing);
  const parts = [trackStripe(0)];
  if (layout.beside) {
    // The whole title in at most four lines: a long one is set smaller rather than cut.
    let titleSize = 40;
    let title = wrapText(chart.title, 400, titleSize, "bold");
    while (title.length > 4 && titleSize > 28) title = wrapText(chart.title, 400, (titleSize -= 2), "bold");
    parts.push(textBlock(title, pad, 10 + pad + 30, titleSize, 1.15, c.fg, "bold"));
    // The whole takeaway, in the largest size that fits above the footer (never cut off).
    const top = 10 + pad + 30 + title.length * titleSize * 1.15 + 18;
    let size = 22;
    let takeaway = wrapText(chart.takeaway, 400, size);
    while (size > 14 && top + (takeaway.length - 1) * size * 1.35 > layout.footerTop - 24) takeaway = wrapText(chart.takeaway, 400, (size -= 1));
    parts.push(textBlock(takeaway, pad, top, size, 1.35, c.muted));
  } else {
    const title = wrapText(chart.title, CARD.width - 2 * pad, 44, "bold").slice(0, 2);
    parts.push(textBlock(title, pad, 10 + pad + 34, 44, 1.15, c.fg, "bold"));
  }
  parts.push(placeChart(drawing, layout.chart.x, layout.chart.y, layout.chart.width, layout.chart.height, style, c.fg));
  const footer = CARD.height - pad + 10;
  parts.push(textBlock([SITE_NAME], pad, footer, 22, 1.2, c.fg, "bold"));
  const sources = wrapText(text.sources, CARD.width - 2 * pad - 440, 16);
  parts.push(textBlock([sources.length > 1 ? `${sources[0]} …` : (sources[0] ?? "")], pad + 420, footer, 16, 1.2, c.muted));
  return root(CARD.width, CARD.height, chart.title, `${chart.takeaway} ${text.sources}`, parts.join(""), c.bg);
}

/** The share card for pages without a chart of their own: the site's name and what it covers. */
export function siteCardSvg(tagline: string, style: ExportStyle): string {
  const c = colours(style);
  const pad = 72;
  const inner = CARD.width - 2 * pad;
  const name = wrapText(SITE_NAME, inner, 64, "bold");
  const lines = wrapText(tagline, inner, 30).slice(0, 4);
  let y = 10 + 150;
  const parts = [trackStripe(0), textBlock(name, pad, y, 64, 1.1, c.fg, "bold")];
  y += (name.length - 1) * 64 * 1.1 + 70;
  parts.push(textBlock(lines, pad, y, 30, 1.35, c.muted));
  parts.push(textBlock([TRACKS.map((t) => t.label).join(" · ")], pad, CARD.height - pad, 22, 1.2, c.fg), trackStripe(CARD.height - 10));
  return root(CARD.width, CARD.height, SITE_NAME, tagline, parts.join(""), c.bg);
}
