// One tick of the timeline's time axis, for the build's drawing (timeline.ts, markup) and for the
// island's redraw on zoom and pan (timeline-island.ts, DOM): both pass their own element maker,
// so a tick looks the same whichever drew it.

import { tickAnchor } from "./timeline-labels.ts";
import type { Tick } from "./timeline-scale.ts";

type Value = string | number | null;
/** An element maker of the shape both src/charts/dom.ts's h and src/client/dom.ts's s have. */
type Make<N> = (tag: "g" | "line" | "text", attrs: Record<string, Value>, ...children: (N | string)[]) => N;

export interface TickFrame {
  /** The chart's width: ticks near its edges are anchored inward. */
  width: number;
  /** The lines run from the era band's foot to the plot's foot; labels sit below. */
  top: number;
  bottom: number;
  fontSize: number;
}

/** A tick at `x` (written as `xText`): a line, dashed unless it marks a year, and its label. */
export function axisTick<N>(make: Make<N>, tick: Tick, x: number, xText: string, frame: TickFrame): N {
  return make(
    "g",
    { class: tick.major ? "tl-tick tl-tick-major" : "tl-tick", transform: `translate(${xText},0)` },
    make("line", { y1: frame.top, y2: frame.bottom, stroke: "var(--border)", "stroke-dasharray": tick.major ? null : "2 3" }),
    make("text", { y: frame.bottom + 16, "text-anchor": tickAnchor(x, frame.width), "font-size": frame.fontSize, fill: "var(--fg-muted)" }, tick.label),
  );
}
