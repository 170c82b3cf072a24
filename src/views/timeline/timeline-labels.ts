// Which event labels to show at which zoom, so labels never overlap at ANY zoom.
//
// Each label keeps one row and one anchor for good. Zooming in multiplies every distance between
// anchors while label widths stay fixed in pixels, so two labels that do not overlap at one zoom
// never overlap at a closer one. We therefore compute, once, the smallest zoom level at which each
// label fits among the labels already placed; showing exactly the labels whose level is at or below
// the current zoom is then overlap-free everywhere, with no layout work while zooming.

export interface LabelItem {
  id: string;
  lane: number;
  /** Anchor position as a fraction (0..1) of the full time span. */
  f: number;
  /** Label width in pixels. */
  width: number;
  /** Labels near the right end of the span extend leftwards from their anchor. */
  anchor: "start" | "end";
  /** Higher first; ties broken by position. */
  priority: number;
}

export interface LabelPlacement {
  /** Smallest zoom (pixels of full span ÷ base width) at which the label is shown. */
  level: number;
  row: number;
}

/** Zoom levels tried, as multiples of the base width: 1, 2, 4 ... 2048 (single days and beyond). */
export const LEVELS = Array.from({ length: 12 }, (_, i) => 2 ** i);

/**
 * For a placement that serves a chart of any width (a phone's, a tablet's), full-span widths tried
 * from ANY_WIDTH_FROM pixels (a 320-px phone's chart) up, in eighth octaves: a label placed at
 * level k is shown once the full span is ANY_WIDTH_FROM × k pixels wide, whatever the chart's width.
 */
export const ANY_WIDTH_FROM = 240;
export const ANY_WIDTH_LEVELS = Array.from({ length: 8 * 13 + 1 }, (_, i) => 2 ** (i / 8));

/** The label's extent in pixels at a given full-span width. */
function extent(item: LabelItem, spanPx: number): [number, number] {
  const x = item.f * spanPx;
  return item.anchor === "start" ? [x, x + item.width] : [x - item.width, x];
}

/**
 * Assign each label a level and a row within its lane (rows 0..rows-1), greedily by priority.
 * Labels that never fit (e.g. many events on one day) get no placement and stay unlabelled; the
 * events remain reachable by mark, keyboard and list.
 */
export function placeLabels(items: readonly LabelItem[], baseWidth: number, rows: number, gap = 8, levels: readonly number[] = LEVELS, byPriority = false): Map<string, LabelPlacement> {
  const placed = new Map<string, LabelPlacement>();
  // Per lane and row, the labels already placed there, sorted by anchor. Positions scale with the
  // zoom while widths do not, so only labels whose anchors lie within the two widths (plus the gap)
  // can clash: a binary search finds them, instead of testing every label placed in that row
  // (which made this quadratic, and slow on every filter change with thousands of events).
  const occupied = new Map<string, LabelItem[]>();
  const widest = Math.max(0, ...items.map((i) => i.width));
  // Ids compared by code unit, not localeCompare: its first call builds a collator (tens of ms on a
  // slow phone) at the timeline's start-up.
  const order = [...items].sort((a, b) => b.priority - a.priority || a.f - b.f || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const firstAtOrAfter = (list: LabelItem[], f: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.f < f) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // byPriority: every level for the most important labels before any for the next (with a fine
  // grid of levels, a minor label placed at a narrow width would otherwise block a major one).
  // Still overlap-free: each label is checked against all placed ones at its own level, and apart
  // there means apart at every wider span.
  const tiers = byPriority ? [...new Set(order.map((i) => i.priority))].map((p) => order.filter((i) => i.priority === p)) : [order];
  for (const tier of tiers) for (const level of levels) {
    const spanPx = baseWidth * level;
    for (const item of tier) {
      if (placed.has(item.id)) continue;
      const [a0, a1] = extent(item, spanPx);
      // A label must fit inside the span itself, or it would be cut off at the chart's edge.
      if (a0 < 0 || a1 > spanPx) continue;
      // Anchors further apart than this cannot clash (one pixel to spare for rounding).
      const reach = (item.width + widest + gap + 1) / spanPx;
      for (let row = 0; row < rows; row++) {
        const key = `${item.lane}:${row}`;
        let others = occupied.get(key);
        if (!others) occupied.set(key, (others = []));
        let clash = false;
        for (let i = firstAtOrAfter(others, item.f - reach); i < others.length && others[i]!.f <= item.f + reach; i++) {
          const [b0, b1] = extent(others[i]!, spanPx);
          if (a0 < b1 + gap && b0 < a1 + gap) {
            clash = true;
            break;
          }
        }
        if (!clash) {
          placed.set(item.id, { level, row });
          others.splice(firstAtOrAfter(others, item.f), 0, item);
          break;
        }
      }
    }
  }
  return placed;
}

/** Is a label with this placement visible when the full span is `spanPx` wide? */
export const labelVisible = (p: LabelPlacement, spanPx: number, baseWidth: number): boolean =>
  p.level <= spanPx / baseWidth + 1e-9;

/** Tick labels at the chart's edges are anchored inwards so they are not cut off. */
export const tickAnchor = (x: number, width: number): string => (x < 24 ? "start" : x > width - 24 ? "end" : "middle");
