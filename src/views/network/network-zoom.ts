// Zoom and pan as a view (scale k, centre cx/cy in chart units) turned into an SVG viewBox. Pure:
// the island feeds it wheel, pinch, drag, button and key input and writes the result to the SVG.

export interface View {
  k: number;
  cx: number;
  cy: number;
}

export interface Frame {
  width: number;
  height: number;
  maxZoom: number;
}

/** Keep the scale in [1, maxZoom] and the view inside the chart. */
export function clampView(v: View, f: Frame): View {
  const k = Math.min(f.maxZoom, Math.max(1, Number.isFinite(v.k) ? v.k : 1));
  const hw = f.width / (2 * k);
  const hh = f.height / (2 * k);
  const cx = Math.min(f.width - hw, Math.max(hw, Number.isFinite(v.cx) ? v.cx : f.width / 2));
  const cy = Math.min(f.height - hh, Math.max(hh, Number.isFinite(v.cy) ? v.cy : f.height / 2));
  return { k, cx, cy };
}

export function viewBox(v: View, f: Frame): [number, number, number, number] {
  const w = f.width / v.k;
  const h = f.height / v.k;
  return [v.cx - w / 2, v.cy - h / 2, w, h];
}

/** Zoom by `factor` keeping the chart point (px, py) where it is on screen. */
export function zoomAbout(v: View, factor: number, px: number, py: number, f: Frame): View {
  const next = clampView({ ...v, k: v.k * factor }, f);
  const ratio = v.k / next.k;
  return clampView({ k: next.k, cx: px + (v.cx - px) * ratio, cy: py + (v.cy - py) * ratio }, f);
}

export function panBy(v: View, dx: number, dy: number, f: Frame): View {
  return clampView({ k: v.k, cx: v.cx + dx, cy: v.cy + dy }, f);
}

/** Pan just enough that the disc (x, y, r) lies inside the view with a margin. */
export function reveal(v: View, x: number, y: number, r: number, f: Frame): View {
  const [x0, y0, w, h] = viewBox(v, f);
  const m = Math.min(w, h) * 0.08 + r;
  let { cx, cy } = v;
  if (x - m < x0) cx -= x0 - (x - m);
  else if (x + m > x0 + w) cx += x + m - (x0 + w);
  if (y - m < y0) cy -= y0 - (y - m);
  else if (y + m > y0 + h) cy += y + m - (y0 + h);
  return clampView({ k: v.k, cx, cy }, f);
}
