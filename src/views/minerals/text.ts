// Text in a drawing: SVG does not wrap, so lines are broken at build time on an estimate of each
// word's width that errs wide (src/charts/text-width.ts), and nothing is ever cut short with "…".
// A line may mix runs (a bold name, then muted detail); each run keeps its style across the break.

import { h, type Attrs, type SvgNode } from "../../charts/dom.ts";
import { textWidth } from "../../charts/text-width.ts";
import { lineStarts, linesOf } from "../../charts/wrap.ts";
import { INK, LINE, SIZE } from "./style.ts";

export interface Run {
  text: string;
  weight?: "bold";
  fill?: string;
  italic?: boolean;
}

const BOLD = 1.08;

/** Estimated width of a run of text at a size (bold runs wider). */
export function measure(text: string, size: number, weight?: "bold"): number {
  return textWidth(text, size) * (weight === "bold" ? BOLD : 1);
}

/** Break runs into lines no wider than `width`; a word longer than a line gets a line of its own. */
export function wrapRuns(runs: readonly Run[], width: number, size: number): Run[][] {
  // Words in order with their run, and whether a space comes before each (none where a run ends
  // mid-word). A line's width is its words' and the spaces between them, summed in reading order.
  const words: { run: Run; text: string; width: number; spaced: boolean }[] = [];
  let spaced = false;
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/).filter((w) => w.length > 0)) {
      if (/^\s+$/.test(part)) spaced = true;
      else {
        words.push({ run, text: part, width: measure(part, size, run.weight), spaced });
        spaced = false;
      }
    }
  }
  const space = measure(" ", size);
  const fits = (from: number, to: number) => {
    let used = words[from]!.width;
    for (let i = from + 1; i < to; i++) {
      if (words[i]!.spaced) used += space;
      used += words[i]!.width;
    }
    return used <= width;
  };
  return linesOf(words, lineStarts(words.length, fits)).map((line) => {
    const out: Run[] = [];
    line.forEach((w, i) => {
      // Spaces end the run before them: renderers drop a space that starts a tspan.
      if (i > 0 && w.spaced) out[out.length - 1]!.text += " ";
      appendTo(out, w.run, w.text);
    });
    return out;
  });
}

function appendTo(line: Run[], style: Run, text: string): void {
  const last = line[line.length - 1];
  if (last && last.weight === style.weight && last.fill === style.fill && last.italic === style.italic) last.text += text;
  else line.push({ ...style, text });
}

/** Plain text broken into lines of at most `width`. */
export function wrap(text: string, width: number, size: number = SIZE.body, weight?: "bold"): string[] {
  return wrapRuns([{ text, weight }], width, size).map((l) => l.map((r) => r.text).join(""));
}

/** Width of the widest line of a wrapped block. */
export function widest(lines: readonly (readonly Run[])[], size: number): number {
  return Math.max(0, ...lines.map((l) => l.reduce((sum, r) => sum + measure(r.text, size, r.weight), 0)));
}

export interface TextOptions {
  size?: number;
  line?: number;
  weight?: "bold";
  fill?: string;
  anchor?: "start" | "middle" | "end";
  italic?: boolean;
  attrs?: Attrs;
}

function runNode(r: Run): SvgNode | string {
  if (!r.weight && !r.fill && !r.italic) return r.text;
  return h("tspan", { "font-weight": r.weight === "bold" ? 700 : undefined, fill: r.fill, "font-style": r.italic ? "italic" : undefined }, r.text);
}

/** A text block: first baseline at y, one tspan line per entry. */
export function textBlock(lines: readonly (string | readonly Run[])[], x: number, y: number, o: TextOptions = {}): SvgNode {
  const size = o.size ?? SIZE.body;
  const step = o.line ?? (size <= SIZE.small ? LINE.small : size <= SIZE.body ? LINE.body : LINE.head);
  const attrs: Attrs = {
    x,
    y,
    "font-size": size === SIZE.body ? undefined : size,
    "font-weight": o.weight === "bold" ? 700 : undefined,
    "font-style": o.italic ? "italic" : undefined,
    fill: o.fill,
    "text-anchor": o.anchor && o.anchor !== "start" ? o.anchor : undefined,
    ...o.attrs,
  };
  const content = (line: string | readonly Run[]) => (typeof line === "string" ? line : line.map(runNode));
  if (lines.length === 1) return h("text", attrs, content(lines[0]!));
  return h("text", attrs, ...lines.map((line, i) => h("tspan", { x, dy: i === 0 ? undefined : step }, content(line))));
}

/** One line of text. */
export const label = (text: string, x: number, y: number, o: TextOptions = {}): SvgNode => textBlock([text], x, y, o);

/** Height a block of n lines takes, from the top of its first line to the bottom of its last. */
export const blockHeight = (n: number, size: number = SIZE.body, step?: number): number =>
  n <= 0 ? 0 : (n - 1) * (step ?? (size <= SIZE.small ? LINE.small : size <= SIZE.body ? LINE.body : LINE.head)) + size * 1.25;

/** Muted run, a common case. */
export const muted = (text: string): Run => ({ text, fill: INK.muted });
export const bold = (text: string): Run => ({ text, weight: "bold" });
