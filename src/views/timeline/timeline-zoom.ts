// Zoom and pan of the timeline as a window on its span (fractions 0..1 of the whole record). Pure:
// the island feeds it wheel, pinch, drag, button and key input and redraws from the result, as
// network-zoom.ts does for the network's two dimensions.

export interface TimeWindow {
  v0: number;
  v1: number;
}

/** Keep the window inside the record and at least `minSpan` wide; nonsense (NaN) shows the whole record. */
export function clampWindow(v0: number, v1: number, minSpan: number): TimeWindow {
  let span = Math.min(1, Math.max(minSpan, v1 - v0));
  let start = Math.min(Math.max(0, v0), 1 - span);
  if (!Number.isFinite(start)) start = 0;
  if (!Number.isFinite(span)) span = 1;
  return { v0: start, v1: start + span };
}

/** Zoom by `factor` (2: twice as close) keeping the moment `centre` where it is on screen. */
export function zoomWindow(w: TimeWindow, factor: number, centre: number, minSpan: number): TimeWindow {
  const span = (w.v1 - w.v0) / factor;
  const t = (centre - w.v0) / (w.v1 - w.v0);
  return clampWindow(centre - t * span, centre - t * span + span, minSpan);
}

/** Move the window by `d` (a fraction of the record; positive: later). */
export function panWindow(w: TimeWindow, d: number, minSpan: number): TimeWindow {
  return clampWindow(w.v0 + d, w.v1 + d, minSpan);
}
