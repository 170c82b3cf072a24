// Observable Plot runs at build time against a server-side DOM (linkedom) and hands back SVG markup
// for the HTML, so charts need no JavaScript in the reader's browser.

import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Drawing } from "./chart.ts";

export interface RenderOptions {
  /** Short accessible name of the chart, read by screen readers before the table alternative. */
  label: string;
  /** Text size in the drawing's units (Plot's default is 10), set as an attribute: no inline style. */
  fontSize?: number;
}

/**
 * Plot's drawing as a bare <svg> element on a server-side DOM: Plot's injected <style> removed (our
 * stylesheet carries the same rules, and a strict CSP has no room for inline style elements), its
 * class dropped, and no ARIA on inner groups: the whole SVG is one image with our label (the table
 * alternative carries the detail), so Plot's aria-labels would be ARIA on elements that may not
 * have it. Marks that carry the tooltip contract (data-mark) keep theirs.
 */
export function plotSvg(options: Plot.PlotOptions): Element {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const figure = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  const svg = figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg");
  if (!svg) throw new Error("Plot produced no SVG");
  for (const style of svg.querySelectorAll("style")) style.remove();
  for (const el of svg.querySelectorAll("[aria-label]:not([data-mark]),[aria-description]")) {
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-description");
  }
  svg.removeAttribute("class");
  return svg;
}

export function renderPlot(options: Plot.PlotOptions, { label, fontSize }: RenderOptions): Drawing {
  const svg = plotSvg(options);
  svg.setAttribute("class", "chart-svg");
  if (fontSize) svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  return { svg: svg.outerHTML, width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
}
