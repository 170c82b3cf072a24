// Sizes and inks every mineral chart shares. Text sizes are CSS pixels at the drawing's own width:
// wide drawings are shown from 34rem (544 px) of container up to 1.25 times their width, narrow ones
// from 288 px (a 320-px phone) up to 1.25 times theirs (mineral-charts.css), so 12-px text never
// renders below 11 px and 14-px text never above 18 px.

import type { Drawing } from "../../charts/chart.ts";
import type { SvgNode } from "../../charts/dom.ts";
import { h, render } from "../../charts/dom.ts";
import { CHART_FONT } from "../../charts/font.ts";
import { withoutTipText } from "./markup.ts";

export const WIDE = 580;
export const NARROW = 300;
export type Variant = "wide" | "narrow";
export const widthOf = (variant: Variant): number => (variant === "wide" ? WIDE : NARROW);
/**
 * The widest each drawing is shown (mineral-charts.css, .mx-svg--wide and --narrow), so text never
 * renders above 18 px. The drawing's maxWidth says so: embed heights (embed-size.ts) stop growing
 * the drawing there.
 */
export const MAX_SHOWN: Record<Variant, number> = { wide: 580, narrow: 360 };

export const SIZE = { small: 12, body: 13, head: 14 } as const;
export const LINE = { small: 15, body: 16, head: 18 } as const;


/**
 * Colours as attribute values. var() keeps the light and dark themes in one place on the page;
 * downloads resolve the same variables to the light theme (src/export/chart-exports.ts).
 */
export const INK = {
  fg: "var(--fg)",
  muted: "var(--fg-muted)",
  rule: "var(--border)",
  bg: "var(--bg)",
  track: "var(--mx-track)",
  russia: "var(--mx-ru)",
  ukraine: "var(--mx-ua)",
  other: "var(--mx-other)",
  claim: "var(--mx-contested)",
  contested: "var(--mx-contested)",
} as const;

export const countryInk = (country: string): string => (country === "RU" ? INK.russia : country === "UA" ? INK.ukraine : INK.other);

/**
 * A drawing: its own coordinate box, its accessible name, and the defaults its text inherits. A
 * narrow drawing's marks leave the tooltip's words to their wide twins (markup.ts, withoutTipText).
 */
export function drawing(variant: Variant, height: number, label: string, children: SvgNode[], extra: Record<string, string> = {}): Drawing {
  const width = widthOf(variant);
  const h0 = Math.ceil(height);
  const root = h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: `mx-svg mx-svg--${variant}`,
      viewBox: `0 0 ${width} ${h0}`,
      width,
      height: h0,
      role: "group",
      "aria-label": label,
      "font-family": CHART_FONT,
      "font-size": SIZE.body,
      fill: INK.fg,
      ...extra,
    },
    ...children,
  );
  return { svg: render(variant === "narrow" ? withoutTipText(root) : root), width, height: h0, maxWidth: MAX_SHOWN[variant] };
}
