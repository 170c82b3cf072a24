// What the timeline's window shows: where a zoom step should land, and how to count what is in
// view. Pure functions of fractions of the full span (0 = first day, 1 = last), shared by the
// browser script and its tests.

export interface Window {
  v0: number;
  v1: number;
}

/** A window `span` wide centred on `c`, moved only as far as needed to stay inside the record. */
function centredOn(c: number, span: number): Window {
  const s = Math.min(1, span);
  const v0 = Math.min(Math.max(0, c - s / 2), 1 - s);
  return { v0, v1: v0 + s };
}

const inWindow = (f: number | undefined, view: Window): f is number => f !== undefined && f >= view.v0 && f <= view.v1;

/**
 * The window one zoom step in should show: `factor` times narrower, centred on the focused event
 * when there is one in view (the reader is looking at it: it moves to the middle, even if that
 * brings in a little of what lay outside the window), otherwise on the stretch of the current
 * window that holds the most events (ties: the one nearest the current centre). Zooming in from
 * the full record therefore lands where the events are, not on the empty middle years.
 * `counts[i]` says how many events stand at `fractions[i]` (1 when left out): a dense timeline
 * passes its bars, not thousands of copies of their middles.
 */
export function zoomInWindow(fractions: readonly number[], view: Window, factor: number, focused?: number, counts?: readonly number[]): Window {
  const span = (view.v1 - view.v0) / factor;
  const centre = (c: number) => {
    const v0 = Math.min(Math.max(view.v0, c - span / 2), view.v1 - span);
    return { v0, v1: v0 + span };
  };
  if (inWindow(focused, view)) return centredOn(focused, span);
  const inView: { f: number; n: number }[] = [];
  fractions.forEach((f, i) => {
    const n = counts?.[i] ?? 1;
    if (f >= view.v0 && f <= view.v1 && n > 0) inView.push({ f, n });
  });
  if (inView.length === 0) return centre((view.v0 + view.v1) / 2);
  inView.sort((a, b) => a.f - b.f);
  // Slide a window of the new width so that its left edge sits on each position in turn; `count`
  // is the events from the left edge (i) up to the first position past the right edge (j).
  const middle = (view.v0 + view.v1) / 2;
  let best = { count: -1, centre: middle };
  let j = 0;
  let count = 0;
  for (let i = 0; i < inView.length; i++) {
    if (i > 0) count -= inView[i - 1]!.n;
    while (j < inView.length && inView[j]!.f <= inView[i]!.f + span) count += inView[j++]!.n;
    // Centre on the events caught, not on the window's empty right-hand part.
    const c = (inView[i]!.f + inView[j - 1]!.f) / 2;
    if (count > best.count || (count === best.count && Math.abs(c - middle) < Math.abs(best.centre - middle))) best = { count, centre: c };
  }
  return centre(best.centre);
}

/** One zoom step out: `factor` times wider, centred on the focused event in view, else on the window's middle. */
export function zoomOutWindow(view: Window, factor: number, focused?: number): Window {
  return centredOn(inWindow(focused, view) ? focused : (view.v0 + view.v1) / 2, (view.v1 - view.v0) * factor);
}

export interface WindowCount {
  total: number;
  /** Events the filters let through. */
  matching: number;
  /** Of those, the ones in the window. */
  inView: number;
  /** Is the window narrower than the whole record? */
  zoomed: boolean;
  /** The window's dates in words, "March 2018 to June 2021". */
  window: string;
}

/** The count line under the filters: what is shown, what the filters hide, what lies outside the window. */
export function windowCountText(c: WindowCount): string {
  const filtered = c.matching < c.total;
  if (!c.zoomed) return filtered ? `Showing ${c.matching} of ${c.total} events` : `Showing all ${c.total} events`;
  const outside = c.matching - c.inView;
  return (
    `Showing ${c.inView} of ${c.total} events in view (${c.window})` +
    (outside > 0 ? `; ${outside} more ${filtered ? "matching " : ""}outside the window` : "") +
    (filtered ? `; ${c.total - c.matching} filtered out` : "")
  );
}
