// Which actor a pointer or an arrow key means, from node positions alone: pure, so the island's
// event handlers stay thin and the rules (a finger's reach, "that way" for an arrow) are tested on
// fixture positions rather than only through a browser.

export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
}

/**
 * The shown disc nearest a point (all in chart units), measured to its edge, with that gap; null
 * when nothing is shown. The island compares the gap in screen pixels with a finger's reach.
 */
export function nearestDisc<T extends Disc>(discs: Iterable<T>, p: { x: number; y: number }, shown: (id: string) => boolean): { disc: T; gap: number } | null {
  let best: T | null = null;
  let gap = Infinity;
  for (const d of discs) {
    if (!shown(d.id)) continue;
    const g = Math.hypot(d.x - p.x, d.y - p.y) - d.r;
    if (g < gap) {
      gap = g;
      best = d;
    }
  }
  return best ? { disc: best, gap } : null;
}

/**
 * Where an arrow key goes from `from`: the disc closest to the arrow's line among the first pool
 * that has one that way (linked actors first, then every shown actor, so every node can be
 * reached). A disc more than about 70° off the arrow does not count as "that way".
 */
export function towards<T extends Disc>(from: T, [dx, dy]: [number, number], pools: Iterable<string>[], byId: ReadonlyMap<string, T>, shown: (id: string) => boolean): T | null {
  const score = (n: T) => {
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const dist = Math.hypot(vx, vy) || 1e-6;
    const cos = (vx * dx + vy * dy) / dist;
    return cos < 0.35 ? Infinity : dist * (2 - cos) ** 2;
  };
  for (const pool of pools) {
    let best: T | null = null;
    let bestScore = Infinity;
    for (const id of pool) {
      const n = byId.get(id);
      if (!n || n.id === from.id || !shown(id)) continue;
      const s = score(n);
      if (s < bestScore) {
        bestScore = s;
        best = n;
      }
    }
    if (best) return best;
  }
  return null;
}

/** Arrow keys as directions on screen (y grows downwards). */
export const ARROWS: Readonly<Record<string, [number, number]>> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
