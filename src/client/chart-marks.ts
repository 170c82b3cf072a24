// Keyboard focus and touch targets for a chart whose marks are plain links (the network and the
// mineral charts in embeds, the network on its page): marks with a row id are found in the SVG, so
// any chart built on the contract in DESIGN.md ("marks carry their row's id") is covered.

import { markFocus } from "./mark-focus.ts";
import { shapeDisc } from "./path-disc.ts";
import { tapTargets, type ScreenBox } from "./tap-targets.ts";

export const MARK_SELECTOR = "a[data-actor-id], a[data-deposit-id], a[data-event-id]";

/** The drawn shape of a mark: its first circle, path or rect. */
export const markShape = (mark: SVGElement): SVGGraphicsElement =>
  mark.querySelector<SVGGraphicsElement>("circle, path, rect, polygon") ?? (mark as SVGGraphicsElement);

/** A narrow drawing's mark carries only its row id; its wide twin in the same frame has the text. */
const twinLabel = (mark: SVGElement): string | undefined =>
  mark.dataset.rowId
    ? mark.closest("[data-chart-id]")?.querySelector<SVGElement>(`[data-mark][data-row-id="${CSS.escape(mark.dataset.rowId)}"][data-label]`)?.dataset.label
    : undefined;

/** What a mark is called: its label, or its title's first line (before any " — " detail). */
export const markName = (mark: SVGElement): string =>
  (mark.dataset.label ?? twinLabel(mark) ?? mark.querySelector("title")?.textContent ?? mark.getAttribute("aria-label") ?? "").split("\n")[0]!.split(" — ")[0]!.trim();

const NOUNS: Record<string, string> = { actorId: "actors", depositId: "deposits", eventId: "events" };

export interface ChartMarksOptions {
  /** Draw the focus ring and name (the network draws its own). */
  focus?: boolean;
  /** Marks not shown now (filtered out). */
  hidden?: (mark: SVGElement) => boolean;
  /** Which elements are the marks. */
  selector?: string;
  /** Choosing a mark by tap: by default the click goes on to it (see tap-targets.ts). */
  activate?: (mark: SVGElement) => void;
}

/**
 * The network's nodes are symbols drawn in the SVG's own units, whose centre and size their path
 * gives (path-disc.ts), so they are placed on screen with one transform read for all of them.
 */
function boxesFromPaths(svg: SVGSVGElement): (mark: SVGElement) => ScreenBox | null {
  const m = svg.getScreenCTM();
  return (mark) => {
    // Read from its path once per page (a tap at 10x read 750 of them each time).
    const at = shapeDisc(markShape(mark));
    if (!m || !at) return null;
    const cx = m.a * at.x + m.c * at.y + m.e;
    const cy = m.b * at.x + m.d * at.y + m.f;
    const half = at.r * Math.hypot(m.a, m.b);
    return { left: cx - half, top: cy - half, width: 2 * half, height: 2 * half };
  };
}

export function chartMarks(svg: SVGSVGElement, { focus = true, hidden = (m: SVGElement) => m.classList.contains("off"), selector = MARK_SELECTOR, activate }: ChartMarksOptions = {}): void {
  // A drawing nested in another (a Plot chart under its key) is served by the outermost SVG, where the
  // focus layer can be drawn in front of everything; a layer inside the nested one was sized from
  // its zero clientWidth and drew nothing.
  if (svg.ownerSVGElement) return;
  const first = svg.querySelector<SVGElement>(selector);
  if (!first) return;
  const key = Object.keys(NOUNS).find((k) => k in first.dataset) ?? "actorId";
  if (focus) {
    markFocus(svg, {
      marks: selector,
      shape: (mark) => {
        const shape = markShape(mark);
        const b = shape.getBBox();
        // The mark's box in the outer SVG's units, wherever it is nested or transformed.
        const m = svg.getScreenCTM()?.inverse().multiply(shape.getScreenCTM() ?? new DOMMatrix());
        const at = (x: number, y: number) => (m ? new DOMPoint(x, y).matrixTransform(m) : { x, y });
        const p0 = at(b.x, b.y);
        const p1 = at(b.x + b.width, b.y + b.height);
        const width = Math.abs(p1.x - p0.x);
        const height = Math.abs(p1.y - p0.y);
        const round = shape.localName === "circle";
        return { x: (p0.x + p1.x) / 2, y: (p0.y + p1.y) / 2, r: Math.max(width, height) / 2, ...(round ? {} : { box: { width, height } }) };
      },
      name: markName,
    });
  }
  // The marks are found once (a tap at 10x spent 30 ms on a slow phone finding 1,350 of them again),
  // and again only if the drawing gains or loses elements.
  let all: SVGElement[] | null = null;
  new MutationObserver(() => (all = null)).observe(svg, { childList: true, subtree: true });
  tapTargets(svg, {
    marks: () => (all ??= [...svg.querySelectorAll<SVGElement>(selector)]).filter((m) => !hidden(m)),
    boxes: svg.classList.contains("net-svg") ? () => boxesFromPaths(svg) : undefined,
    shape: markShape,
    name: markName,
    noun: NOUNS[key] ?? "marks",
    activate,
  });
}
