// Makes the keyboard focus on a chart mark impossible to miss (WCAG 2.2: 2.4.7 Focus Visible,
// 2.4.11 Focus Not Obscured, 2.4.13 Focus Appearance): a ring around the focused mark and its full
// name in a label box, drawn in a layer above every other mark so neighbours cannot cover them.
// The layer is a copy (aria-hidden); the mark itself keeps focus, its link and its accessible name.
// It follows the mark when the chart redraws (zoom, pan, resize) by watching the mark's attributes,
// so a chart's own drawing code needs to know nothing about it.

// The layer's code (mark-focus-layer.ts, 1.4 KB gzipped) is fetched with the page's first key press,
// which is almost always before the focus reaches a chart, or else when a mark gets keyboard focus:
// readers who only tap or click never download it.

export interface MarkFocusOptions {
  /** Selector of the focusable marks inside the SVG. */
  marks: string;
  /**
   * The mark's centre and radius in the SVG's user units; with `box`, its width and height too, and
   * the ring follows the box's outline (a bar gets a rounded frame, not a circle around it).
   */
  shape: (mark: SVGElement) => { x: number; y: number; r: number; box?: { width: number; height: number } };
  /** What the label says: the event's headline, the actor's name. */
  name: (mark: SVGElement) => string;
  /** Elements whose attribute changes move the mark (defaults to the mark and its children). */
  watch?: (mark: SVGElement) => Element[];
}

type Layer = { show: (mark: SVGElement | null) => void };

export function markFocus(svg: SVGSVGElement, o: MarkFocusOptions): void {
  let layer: Promise<Layer> | null = null;
  const load = () => (layer ??= import("./mark-focus-layer.ts").then((m) => m.focusLayer(svg, o)));
  document.addEventListener("keydown", () => void load(), { once: true });
  // The mark to ring: the one with keyboard focus now (a tap or click already shows what it chose).
  // Asked when the layer is there, so a ring never lands on a mark the focus has left meanwhile.
  const focused = (): SVGElement | null => {
    const mark = document.activeElement?.closest?.(o.marks);
    return mark instanceof SVGElement && svg.contains(mark) && mark.matches(":focus-visible") ? mark : null;
  };
  // Listen on the HTML wrapper: a focus listener on an SVG element makes Chromium treat the SVG
  // itself as a Tab stop.
  const host = (svg.parentElement ?? svg) as HTMLElement;
  host.addEventListener("focusin", () => {
    if (layer || focused()) void load().then((l) => l.show(focused()));
  });
  host.addEventListener("focusout", (e) => {
    if (layer && !(e.relatedTarget instanceof Element && e.relatedTarget.closest(o.marks))) void layer.then((l) => l.show(null));
  });
}
