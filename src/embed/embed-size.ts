// How tall an embed is at a given width, known at build time, so the fixed-height iframe code fits
// and the responsive placeholder reserves the real height (the page around it does not jump when
// the chart reports in). The drawing's height comes from its own viewBox; the frame around it (title,
// takeaway, source line, credit, the table toggle) is laid out here by estimated text width, with
// the sizes the embed's stylesheet uses. tests/browser/embed-heights.test.ts measures every
// registered chart at 320, 640 and 1100 px against these numbers.

import { PAIR_MAX_WIDTH, type Chart, type Drawing } from "../charts/chart.ts";
import { sourceNames } from "../export/export.ts";
import type { Model } from "../data/model.ts";
import { bodyTextWidth } from "./body-text-width.ts";
import { CHART_CREDIT } from "../site/identity.ts";
import type { EmbedHeights, EmbedWidth } from "./embed-snippet.ts";

/** Column widths the fixed-height iframe code is offered for (a phone, an article, a wide page). */
export const EMBED_WIDTHS: readonly EmbedWidth[] = [320, 640, 1100];

/**
 * Widths the responsive snippet gives the loader, which interpolates between them: close together
 * where phones and article columns are (a line of text more or less is a jump of 20 px), on both
 * sides of the switch to the narrow drawing (568 px), and sparse beyond.
 */
export const SAMPLE_WIDTHS = [280, 300, 320, 340, 360, 380, 400, 440, 480, 520, 568, 569, 600, 640, 680, 720, 760, 900, 1100, 1300] as const;

const REM = 16;
/** The embed stylesheet in numbers (src/charts/chart.css: .embed-body .chart-frame, .chart-frame h1, …). */
export const EMBED_CSS = {
  padX: 0.75 * REM,
  padY: 0.5 * REM,
  title: { size: 1.3 * REM, line: 1.2, after: 0.25 * REM },
  takeaway: { size: 1.0625 * REM, line: 1.55, after: 0.8 * REM },
  meta: { size: 0.88 * REM, line: 1.55, before: 0.6 * REM },
  /** "Show the data as a table": a 2.75rem summary with 0.6rem above and below. */
  table: 2.75 * REM + 2 * 0.6 * REM,
  /** Charts with a narrow drawing show it in frames up to 34rem wide (chart.css, .chart-variant). */
  narrowUpTo: 34 * REM,
  /** A wide/narrow pair's `.chart-svg` drawings stop growing at these widths (chart.css). */
  variantMax: PAIR_MAX_WIDTH,
} as const;

/** The frame's words, as the embed shows them. */
export interface FrameText {
  title: string;
  takeaway: string;
  /** The source line, with the chart's notes. */
  meta: string;
  credit: string;
}

export interface SizeOptions {
  /** ?plain=1: title and takeaway are hidden from sight. */
  plain?: boolean;
}

/**
 * Lines `text` takes at `width` when the browser breaks at spaces. Widths are those of the widest
 * common system font (body-text-width.ts), so the count errs towards a line too many, never too few.
 */
export function lineCount(text: string, width: number, size: number, bold = false): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const space = bodyTextWidth(" ", size, bold);
  const w = (word: string) => bodyTextWidth(word, size, bold);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const ww = w(word);
    if (used === 0) {
      used = ww;
    } else if (used + space + ww <= width) {
      used += space + ww;
    } else {
      lines++;
      used = ww;
    }
    // A word longer than the line (a long address) wraps where it must.
    if (used > width) {
      lines += Math.ceil(used / width) - 1;
      used = used % width;
    }
  }
  return lines;
}

/**
 * Height of a drawing shown `width` wide. Drawings scale with their box up to their maxWidth (the
 * stylesheet's cap), except those with a fixed height, which their island redraws at the frame's
 * width in CSS pixels (the timeline).
 */
export function drawingHeight(drawing: Drawing, width: number): number {
  if (drawing.fixedHeight) return drawing.height;
  return (Math.min(width, drawing.maxWidth ?? Infinity) * drawing.height) / drawing.width;
}

/** The embed's height in CSS pixels when its iframe is `width` wide. */
export function embedHeight(chart: Pick<Chart, "drawing" | "narrow" | "narrowKey">, text: FrameText, width: number, { plain = false }: SizeOptions = {}): number {
  const c = EMBED_CSS;
  const inner = width - 2 * c.padX;
  const block = (t: string, s: { size: number; line: number }, bold = false) => lineCount(t, inner, s.size, bold) * s.size * s.line;
  let height = 2 * c.padY;
  if (!plain) {
    height += block(text.title, c.title, true) + c.title.after;
    height += block(text.takeaway, c.takeaway) + c.takeaway.after;
  }
  const narrow = chart.narrow !== undefined && inner <= c.narrowUpTo;
  let drawing = drawingHeight(narrow ? chart.narrow! : chart.drawing, inner);
  // A redrawn chart (the timeline) shows its narrow drawing where scripts do not run (and, in a
  // browser without the `scripting` media feature, until its island runs), otherwise the wide one at
  // its fixed height: the frame must hold whichever is taller.
  if (narrow && chart.drawing.fixedHeight) drawing = Math.max(drawing, drawingHeight(chart.drawing, inner));
  // A keyed drawing (the network's) is cut to its graph in narrow frames, with the larger key under it.
  const keyed = chart.narrowKey !== undefined && inner <= c.narrowUpTo;
  if (keyed) drawing = drawingHeight({ ...chart.drawing, height: chart.narrowKey!.cut, maxWidth: chart.narrowKey!.maxWidth }, inner) + drawingHeight(chart.narrowKey!, inner);
  height += drawing;
  height += c.meta.before + block(text.meta, c.meta);
  height += c.meta.before + block(text.credit, c.meta);
  height += c.table;
  return Math.ceil(height);
}

/** The words the embed's frame shows for `chart` (see ChartFrame.astro). */
export function frameText(chart: Chart, model: Pick<Model, "sourceById" | "version">, shown = 6): FrameText {
  const meta =
    `Sources: ${sourceNames(chart, model, shown)} (full list).${chart.notes ? ` ${chart.notes}` : ""}` +
    ` Data version ${model.version}. Report an error`;
  return { title: chart.title, takeaway: chart.takeaway, meta, credit: `${CHART_CREDIT} · See the full view · Get the data (CSV)` };
}

/** The heights the snippets carry: at each offered width, and samples for the loader. */
export function embedHeights(chart: Chart, model: Pick<Model, "sourceById" | "version">): EmbedHeights {
  const text = frameText(chart, model);
  const table = (plain: boolean) => Object.fromEntries(EMBED_WIDTHS.map((w) => [w, embedHeight(chart, text, w, { plain })])) as Record<EmbedWidth, number>;
  const samples = (plain: boolean) => SAMPLE_WIDTHS.map((w) => `${w}:${embedHeight(chart, text, w, { plain })}`).join(" ");
  return { fixed: { normal: table(false), plain: table(true) }, samples: { normal: samples(false), plain: samples(true) } };
}
