// Edge geometry: a relation is a straight line between two node rims, or, when a pair of actors has
// several relations, one of a fan of curves, so every relation stays its own visible mark.

export interface Disc {
  x: number;
  y: number;
  r: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Path from disc `a` to disc `b`, bowed sideways by `bend` units (0: straight). The ends stop at the
 * rims (plus `gapEnd` at b, room for an arrowhead) so arrows point at the node, not into it. The
 * bend's side is fixed by the pair's id order (`flip`), not by each relation's direction, so a
 * fan keeps its shape whichever way its relations point.
 */
export function edgePath(a: Disc, b: Disc, bend: number, gapEnd = 0, flip = false): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const side = flip ? -1 : 1;
  const nx = (-dy / len) * side;
  const ny = (dx / len) * side;
  const cx = (a.x + b.x) / 2 + nx * bend * 2;
  const cy = (a.y + b.y) / 2 + ny * bend * 2;
  const trim = (from: Disc, toward: { x: number; y: number }, by: number) => {
    const tx = toward.x - from.x;
    const ty = toward.y - from.y;
    const tl = Math.hypot(tx, ty) || 1;
    return { x: from.x + (tx / tl) * by, y: from.y + (ty / tl) * by };
  };
  const control = bend === 0 ? b : { x: cx, y: cy };
  const start = trim(a, bend === 0 ? b : control, a.r);
  const end = trim(b, bend === 0 ? a : control, b.r + gapEnd);
  if (bend === 0) return `M${round(start.x)} ${round(start.y)}L${round(end.x)} ${round(end.y)}`;
  return `M${round(start.x)} ${round(start.y)}Q${round(cx)} ${round(cy)} ${round(end.x)} ${round(end.y)}`;
}

/** Bends for `n` relations between one pair: 0 for a single one, a symmetric fan otherwise. */
export function fanBends(n: number, step: number): number[] {
  return Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * step);
}
