// The timeline for readers on touch and keyboard (issue 21), kept apart from the drawing and zoom
// code in timeline.ts: the focused event's ring and headline in front of its neighbours, and
// 24-px tap targets with a list where events crowd; on a dense timeline, the same for its month
// bars. Used on the timeline page and in its embed.

import { markFocus } from "../../client/mark-focus.ts";
import { tapTargets } from "../../client/tap-targets.ts";
import { markName } from "./timeline-mark.ts";

/**
 * Without JavaScript a phone shows the narrow drawing made for its width; with it, the wide one
 * becomes interactive and redraws itself at any width, so the narrow one is taken away (before the
 * timeline script measures the chart). Where the browser knows the `scripting` media feature, the
 * stylesheet already shows the wide one from the first paint (src/charts/chart.css), and this only tidies.
 */
export function useInteractiveDrawing(root: HTMLElement): void {
  const narrow = root.querySelector(".chart-variant--narrow");
  if (!narrow?.querySelector("svg.timeline-svg")) return;
  narrow.remove();
  root.querySelector(".chart-variant--wide")?.classList.remove("chart-variant--wide");
}

export function timelineAccess(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>("svg.timeline-svg");
  if (!svg) return;
  const circle = (mark: SVGElement) => mark.querySelector<SVGCircleElement>("circle.tl-mark")!;
  markFocus(svg, {
    marks: "a.tl-event",
    shape: (mark) => {
      const c = circle(mark);
      return { x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")), r: Number(c.getAttribute("r")) };
    },
    name: markName,
    watch: (mark) => [mark, circle(mark)],
  });
  // A dense timeline's month bars hold the keyboard while no events are drawn (timeline-island.ts):
  // the focused one gets the same ring, as a frame, and its month, track and count as its name.
  if (svg.querySelector("a.tl-bin")) {
    const rect = (bar: SVGElement) => bar.querySelector<SVGRectElement>("rect")!;
    markFocus(svg, {
      marks: "a.tl-bin",
      shape: (bar) => {
        const [x, y, width, height] = ["x", "y", "width", "height"].map((a) => Number(rect(bar).getAttribute(a)));
        return { x: x! + width! / 2, y: y! + height! / 2, r: Math.min(width!, height!) / 2, box: { width: width!, height: height! } };
      },
      name: (bar) => bar.querySelector("title")?.textContent ?? "",
      watch: (bar) => [bar, rect(bar)],
    });
    // On a phone a month's bar is a few pixels wide: a tap within reach of one opens its month, of
    // several lists them. Only while the bars are shown (not swapped for events, track not
    // filtered out) and inside the window.
    tapTargets(svg, {
      marks: () => {
        const group = svg.querySelector("g.tl-bins");
        return group && !group.hasAttribute("display") ? inWindow(svg, group.querySelectorAll<SVGAElement>("a.tl-bin:not([display])"), rect) : [];
      },
      markOf: (el) => el.closest<SVGAElement>("a.tl-bin"),
      shape: rect,
      name: (bar) => bar.querySelector("title")?.textContent ?? "",
      noun: "bars",
    });
  }
  tapTargets(svg, {
    marks: () => inWindow(svg, svg.querySelectorAll<SVGAElement>("a.tl-event:not([display='none'])"), circle),
    // What a click can reach is drawn and inside the window (the clip hides the rest from clicks too).
    markOf: (el) => el.closest<SVGAElement>("a.tl-event"),
    shape: circle,
    name: markName,
    noun: "events",
  });
}

/** Of these marks, those inside the visible window: the rest are clipped away. */
function inWindow(svg: SVGSVGElement, marks: Iterable<SVGAElement>, shape: (mark: SVGElement) => Element): SVGAElement[] {
  const frame = svg.getBoundingClientRect();
  return [...marks].filter((m) => {
    const box = shape(m).getBoundingClientRect();
    return box.right >= frame.left && box.left <= frame.right;
  });
}
