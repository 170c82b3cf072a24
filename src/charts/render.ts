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

export function renderPlot(options: Plot.PlotOptions, { label, fontSize }: RenderOptions): Drawing {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const figure = Plot.plot({ ...options, document: document as unknown as Document });
  const svg = figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg");
  if (!svg) throw new Error("Plot produced no SVG");
  // Plot injects a <style> per chart; our stylesheet carries the same rules, and a strict CSP has
  // no room for inline style elements.
  for (const style of svg.querySelectorAll("style")) style.remove();
  svg.removeAttribute("class");
  svg.setAttribute("class", "chart-svg");
  // The whole SVG is one image with our label (the table alternative carries the detail), so
  // Plot's aria-labels on inner groups would be ARIA on elements that may not have it.
  for (const el of svg.querySelectorAll("[aria-label],[aria-description]")) {
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-description");
  }
  if (fontSize) svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  return { svg: svg.outerHTML, width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
}
