// One figure per row, label over its mark: the layout every money and estimate panel shares. It
// reads at any width (the label never competes with the bar for space), so the same SVG works on a
// phone and a desktop. Bars start at zero on a linear scale; dots (with a range line for a low–high
// figure, an arrow for "more than" / "less than") serve log scales, where a bar's length would lie.

import type { ScaleContinuousNumeric } from "d3";
import { esc, svgOpen } from "./markup.ts";

export interface FigureRowSpec {
  /** markAttrs(...) of the row. */
  attrs: string;
  title: string;
  /** Muted text after the title (date, source). */
  sub?: string;
  valueText: string;
  low: number;
  high?: number | null;
  qualifier?: string | null;
  /** Colour class: mx-ru, mx-ua, mx-other, mx-contested. */
  tone: string;
  /** Group heading drawn above the row when it changes. */
  group?: string;
  /** Who published it, printed under the mark so every bar carries its source. */
  source?: string;
}

export interface FigureRowsOptions {
  rows: FigureRowSpec[];
  x: ScaleContinuousNumeric<number, number>;
  mode: "bar" | "dot";
  ticks: { value: number; label: string }[];
  label: string;
  width?: number;
}

const ROW = 36;
const GROUP = 22;

export function figureRowsSvg({ rows, x, mode, ticks, label, width = 340 }: FigureRowsOptions): string {
  let y = 0;
  let lastGroup: string | undefined;
  const parts: string[] = [];
  for (const r of rows) {
    if (r.group && r.group !== lastGroup) {
      parts.push(`<text class="mx-strong mx-small" x="0" y="${y + 15}">${esc(r.group.toUpperCase())}</text>`);
      y += GROUP;
      lastGroup = r.group;
    }
    const x0 = x(r.low);
    const x1 = r.high != null ? x(r.high) : x0;
    const lineY = y + 25;
    let mark: string;
    if (mode === "bar") {
      mark = `<rect class="mx-track" x="0" y="${lineY - 6}" width="${width}" height="12" rx="2"/><rect class="${r.tone}" x="0" y="${lineY - 6}" width="${Math.max(2, x1).toFixed(2)}" height="12" rx="2"/>`;
      if (r.high != null) mark += `<rect class="${r.tone}" opacity="0.45" x="${x0.toFixed(2)}" y="${lineY - 6}" width="${Math.max(0, x1 - x0).toFixed(2)}" height="12"/>`;
    } else {
      mark = `<line class="mx-rule" x1="0" x2="${width}" y1="${lineY}" y2="${lineY}"/>`;
      if (r.high != null) mark += `<line class="${r.tone}" stroke="var(--fg)" x1="${x0}" x2="${x1}" y1="${lineY}" y2="${lineY}" stroke-width="3"/>`;
      const arrow = r.qualifier === "more-than" || r.qualifier === "at-least" ? 1 : r.qualifier === "less-than" || r.qualifier === "up-to" ? -1 : 0;
      if (arrow) mark += `<path class="mx-arrow" d="M${x0 + arrow * 8},${lineY} l${arrow * 10},0 m${-arrow * 4},-4 l${arrow * 4},4 l${-arrow * 4},4" fill="none" stroke="var(--fg-muted)" stroke-width="1.6"/>`;
      mark += `<circle class="${r.tone}" cx="${x0.toFixed(2)}" cy="${lineY}" r="6"/>`;
      if (r.high != null) mark += `<circle class="${r.tone}" cx="${x1.toFixed(2)}" cy="${lineY}" r="6"/>`;
    }
    // Keep the title line clear of the value at the right: shorten the muted part first.
    const room = (width - r.valueText.length * 7.4 - 12) / 7.2;
    const title = r.title.length > room ? `${r.title.slice(0, Math.max(4, Math.floor(room) - 1))}…` : r.title;
    const subRoom = room - title.length - 3;
    const sub = r.sub && subRoom > 6 ? (r.sub.length > subRoom ? `${r.sub.slice(0, Math.floor(subRoom) - 1)}…` : r.sub) : "";
    parts.push(
      `<g ${r.attrs}><text x="0" y="${y + 12}"><tspan class="mx-strong">${esc(title)}</tspan>${sub ? `<tspan class="mx-muted"> · ${esc(sub)}</tspan>` : ""}</text><text class="mx-strong" x="${width}" y="${y + 12}" text-anchor="end">${esc(r.valueText)}</text>${mark}</g>`,
    );
    if (r.source) parts.push(`<text class="mx-muted mx-small" x="0" y="${y + 45}" aria-hidden="true">Source: ${esc(r.source)}</text>`);
    y += ROW + (r.source ? 14 : 0);
  }
  const axisY = y + 4;
  const axis = ticks
    .map((t, i) => {
      const tx = x(t.value);
      const anchor = i === 0 && tx < 20 ? "start" : tx > width - 20 ? "end" : "middle";
      return `<line x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 4}"/><text x="${tx}" y="${axisY + 16}" text-anchor="${anchor}">${esc(t.label)}</text>`;
    })
    .join("");
  const gridlines = ticks.map((t) => `<line class="mx-rule" x1="${x(t.value)}" x2="${x(t.value)}" y1="0" y2="${axisY}" opacity="0.6"/>`).join("");
  return `${svgOpen(width, axisY + 20, label)}<g aria-hidden="true">${gridlines}</g>${parts.join("")}<g class="mx-axis" aria-hidden="true"><line x1="0" x2="${width}" y1="${axisY}" y2="${axisY}"/>${axis}</g></svg>`;
}
