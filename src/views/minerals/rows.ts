// One figure per row, with who says it, what it counts and when written out in full beside (wide)
// or above (narrow) its mark: the layout every money and estimate chart shares. Labels wrap and
// are never cut. Bars start at zero on a linear scale; dots (a range line for a low–high figure, an
// arrow for "more than" / "less than") serve log scales and shares, where a bar's length would lie.
// A drawing may stack several panels, each with its own axis (one currency or unit per panel).

import type { Drawing } from "../../charts/chart.ts";
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3";
import { h, type Attrs, type SvgNode } from "../../charts/dom.ts";
import { mineralKey, type KeyItem } from "./key.ts";
import { drawing, INK, SIZE, widthOf, type Variant } from "./style.ts";
import { blockHeight, label, measure, textBlock, wrap, wrapRuns, type Run } from "./text.ts";

/** How a figure is drawn: a claim hollow, a count or estimate solid grey, money put in solid blue. */
export type Tone = "claim" | "count" | "term";
const TONE_INK: Record<Tone, string> = { claim: INK.claim, count: INK.other, term: INK.ukraine };

export const TONE_KEY: Record<Tone, (mode: "bar" | "dot") => KeyItem> = {
  claim: (mode) => ({ shape: mode === "bar" ? "hollow" : "ring", ink: INK.claim, text: "said by a politician (claim)" }),
  count: (mode) => ({ shape: mode === "bar" ? "bar" : "dot", ink: INK.other, text: "voted, counted, official or estimated" }),
  term: (mode) => ({ shape: mode === "bar" ? "bar" : "dot", ink: INK.ukraine, text: "money actually put in" }),
};

export interface FigureRowSpec {
  /** markAttrs(...) of the row. */
  attrs: Attrs;
  /** Who says it, in bold. */
  who: string;
  /** What it counts and when, after the name. */
  what: string;
  valueText: string;
  low: number;
  high?: number | null;
  qualifier?: string | null;
  tone: Tone;
  /** Group heading drawn above the row when it changes. */
  group?: string;
}

export interface Panel {
  /** Panel heading (bold) and caption (muted: unit, scale), when a drawing stacks panels. */
  title?: string;
  caption?: string;
  rows: FigureRowSpec[];
  scale: "linear" | "log" | "percent";
  /** Tick labels, from the axis value (in the rows' own unit). */
  format: (value: number) => string;
}

export interface FigureChartOptions {
  panels: Panel[];
  label: string;
  key: KeyItem[];
  variant: Variant;
}

const LABEL_W = 262;
const GAP = 12;
const VALUE_ROOM = 74;

function scaleFor(panel: Panel, x0: number, x1: number): { x: ScaleContinuousNumeric<number, number>; ticks: number[] } {
  const values = panel.rows.flatMap((r) => [r.low, r.high ?? r.low]);
  if (panel.scale === "percent") {
    const x = scaleLinear().domain([0, 100]).range([x0, x1]);
    return { x, ticks: [0, 25, 50, 75, 100] };
  }
  if (panel.scale === "log") {
    const positive = values.filter((v) => v > 0);
    const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
    const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
    const x = scaleLog().domain([lo, hi]).range([x0 + 6, x1 - 6]);
    const ticks: number[] = [];
    for (let t = lo; t <= hi * 1.001; t *= 10) ticks.push(t);
    return { x, ticks };
  }
  const x = scaleLinear().domain([0, Math.max(...values)]).nice(4).range([x0, x1]);
  return { x, ticks: x.ticks(4) };
}

function mark(r: FigureRowSpec, x: ScaleContinuousNumeric<number, number>, mode: "bar" | "dot", mid: number, x0: number): { nodes: SvgNode[]; end: number } {
  const ink = TONE_INK[r.tone];
  const a = x(r.low);
  const b = r.high != null ? x(r.high) : a;
  const nodes: SvgNode[] = [];
  if (mode === "bar") {
    const w = Math.max(2, a - x0);
    nodes.push(
      r.tone === "claim"
        ? h("rect", { x: x0 + 0.75, y: mid - 5.25, width: Math.max(1, w - 1.5), height: 10.5, rx: 1.5, fill: INK.bg, stroke: ink, "stroke-width": 1.5 })
        : h("rect", { x: x0, y: mid - 6, width: w, height: 12, rx: 1.5, fill: ink }),
    );
    if (r.high != null) nodes.push(h("rect", { x: a, y: mid - 6, width: Math.max(0, b - a), height: 12, fill: ink, "fill-opacity": 0.4 }));
  } else {
    if (r.high != null) nodes.push(h("line", { x1: a, x2: b, y1: mid, y2: mid, stroke: ink, "stroke-width": 3 }));
    const dir = r.qualifier === "more-than" || r.qualifier === "at-least" ? 1 : r.qualifier === "less-than" || r.qualifier === "up-to" ? -1 : 0;
    if (dir) nodes.push(h("path", { d: `M${a + dir * 8},${mid}l${dir * 10},0m${-dir * 4},-4l${dir * 4},4l${-dir * 4},4`, fill: "none", stroke: INK.muted, "stroke-width": 1.6 }));
    for (const cx of r.high != null ? [a, b] : [a]) {
      nodes.push(r.tone === "claim" ? h("circle", { cx, cy: mid, r: 5, fill: INK.bg, stroke: ink, "stroke-width": 2.2 }) : h("circle", { cx, cy: mid, r: 5.5, fill: ink }));
    }
    return { nodes, end: Math.max(a, b) + (dir > 0 ? 20 : 7) };
  }
  return { nodes, end: Math.max(a, b) };
}

/** Stacked panels of figure rows, drawn for one variant (wide: label beside; narrow: label above). */
/**
 * Figures drawn per panel at most. Today's panels hold up to about a dozen; at a hundred times
 * today's data a panel listed over a thousand, the drawing ran to megabytes and its PNG took half a
 * minute. Past it a panel draws its first figures in its own order and its caption says how many
 * more there are; every chart built on this keeps all of its figures in its table and CSV.
 */
export const PANEL_MAX_ROWS = 24;

function capped(panel: Panel): Panel {
  if (panel.rows.length <= PANEL_MAX_ROWS) return panel;
  const note = `the first ${PANEL_MAX_ROWS} of ${panel.rows.length.toLocaleString("en")}; the table lists every figure`;
  return { ...panel, caption: panel.caption ? `${panel.caption} (${note})` : note, rows: panel.rows.slice(0, PANEL_MAX_ROWS) };
}

export function figureChart({ panels: given, label: ariaLabel, key, variant }: FigureChartOptions): Drawing {
  const panels = given.map(capped);
  const width = widthOf(variant);
  const wide = variant === "wide";
  const parts: SvgNode[] = [];
  const k = mineralKey(key, width);
  parts.push(k.node);
  let y = k.height + 4;
  for (const panel of panels) {
    const barX = wide ? LABEL_W + GAP : 0;
    const { x, ticks } = scaleFor(panel, barX, width - VALUE_ROOM);
    const mode = panel.scale === "linear" ? "bar" : "dot";
    if (panel.title) {
      parts.push(h("line", { x1: 0, x2: width, y1: y + 6.5, y2: y + 6.5, stroke: INK.rule }));
      const title = wrap(panel.title, width, SIZE.head, "bold");
      parts.push(textBlock(title, 0, y + 24, { size: SIZE.head, weight: "bold" }));
      y += 10 + blockHeight(title.length, SIZE.head);
    }
    if (panel.caption) {
      const lines = wrap(panel.caption, width, SIZE.small);
      parts.push(textBlock(lines, 0, y + 12, { size: SIZE.small, fill: INK.muted }));
      y += blockHeight(lines.length, SIZE.small) + 2;
    }
    const top = y;
    const rowParts: SvgNode[] = [];
    let lastGroup: string | undefined;
    for (const r of panel.rows) {
      if (r.group && r.group !== lastGroup) {
        const g = wrap(r.group, width, SIZE.small, "bold");
        // A halo in the page colour keeps gridlines from running through the heading.
        rowParts.push(textBlock(g, 0, y + 16, { size: SIZE.small, weight: "bold", attrs: { stroke: INK.bg, "stroke-width": 4, "paint-order": "stroke", "stroke-linejoin": "round" } }));
        y += blockHeight(g.length, SIZE.small) + 7;
        lastGroup = r.group;
      }
      const runs: Run[] = [{ text: r.who, weight: "bold" }, ...(r.what ? [{ text: ` · ${r.what}`, fill: INK.muted }] : [])];
      const lines = wrapRuns(runs, wide ? LABEL_W : width, SIZE.small);
      const text = textBlock(lines, 0, y + 12, { size: SIZE.small });
      const labelH = blockHeight(lines.length, SIZE.small);
      const mid = wide ? y + 8 : y + labelH + 9;
      const m = mark(r, x, mode, mid, barX);
      const value = label(r.valueText, m.end + 5, mid + 4.5, { size: SIZE.small, weight: "bold" });
      rowParts.push(h("g", r.attrs, text, ...m.nodes, value));
      y += wide ? Math.max(labelH, 16) + 7 : labelH + 21;
    }
    const axisY = y + 2;
    parts.push(h("g", { "aria-hidden": "true" }, ...ticks.map((t) => h("line", { x1: x(t), x2: x(t), y1: top + 4, y2: axisY, stroke: INK.rule }))));
    parts.push(...rowParts);
    // Tick labels that would run into each other are thinned to every other one (gridlines stay).
    const labelled = (step: number) => ticks.filter((_, i) => i % step === 0);
    let step = 1;
    const fits = (list: number[]) => list.every((t, i) => i === 0 || x(t) - x(list[i - 1]!) > (measure(panel.format(t), SIZE.small) + measure(panel.format(list[i - 1]!), SIZE.small)) / 2 + 6);
    while (step < ticks.length && !fits(labelled(step))) step++;
    parts.push(
      h(
        "g",
        { "aria-hidden": "true" },
        h("line", { x1: barX, x2: width - VALUE_ROOM, y1: axisY + 0.5, y2: axisY + 0.5, stroke: INK.muted }),
        ...labelled(step).map((t, i) => {
          const tx = x(t);
          const text = panel.format(t);
          const anchor = i === 0 && tx - measure(text, SIZE.small) / 2 < barX ? "start" : tx + measure(text, SIZE.small) / 2 > width ? "end" : "middle";
          return label(text, tx, axisY + 15, { size: SIZE.small, fill: INK.muted, anchor });
        }),
      ),
    );
    y = axisY + 26;
  }
  return drawing(variant, y - 4, ariaLabel, parts);
}
