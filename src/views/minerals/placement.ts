// Label placement for the deposits map, at build time. Each label or box has candidate spots
// around its anchor; hard rules decide which spots are allowed (inside the map, a gap to every
// other box and mark so boxes never touch, no leader line through any other label, box or mark),
// and among the allowed the layout keeps leader lines short and uncrossed: a greedy start, then
// rounds in which each item moves to its cheapest spot given the others, until nothing improves.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const inflate = (r: Rect, m: number): Rect => ({ x: r.x - m, y: r.y - m, w: r.w + 2 * m, h: r.h + 2 * m });
export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Does the segment pass through the rectangle's interior? (Liang–Barsky clipping.) */
export function crosses(l: Leader, r: Rect): boolean {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, l.x1 - r.x],
    [dx, r.x + r.w - l.x1],
    [-dy, l.y1 - r.y],
    [dy, r.y + r.h - l.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return t1 - t0 > 1e-6;
}

/** Do two segments cross (touching ends do not count)? */
export function segmentsCross(a: Leader, b: Leader): boolean {
  const side = (x1: number, y1: number, x2: number, y2: number, px: number, py: number) => Math.sign((x2 - x1) * (py - y1) - (y2 - y1) * (px - x1));
  return side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 && side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0;
}

/** The point of a box nearest to an anchor: where its leader line ends. */
function nearestPoint(r: Rect, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, r.x), r.x + r.w), Math.min(Math.max(y, r.y), r.y + r.h)];
}

/** Something to place: a box of w×h for an anchor at (x, y), whose mark has the given radius. */
export interface Item {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  markRadius: number;
}

export interface Spot {
  box: Rect;
  /** From the anchor to the box; null when the box sits right beside its mark. */
  leader: Leader | null;
  cost: number;
}

// Right and left first (where labels read best), then below and above, then every 15 degrees.
const ANGLES = [0, 180, 90, 270, ...Array.from({ length: 24 }, (_, i) => i * 15).filter((a) => a % 90 !== 0)];
const CROSSING = 400;

/** Spots allowed for an item against the fixed marks and the map's edge, cheapest first. */
function candidates(item: Item, area: Rect, marks: readonly Rect[], gap: number): Spot[] {
  const out: Spot[] = [];
  const radii = [item.markRadius + 3, item.markRadius + 10, ...Array.from({ length: 30 }, (_, i) => 18 + i * 8)];
  const own = (t: Rect) => t.x <= item.x && item.x <= t.x + t.w && t.y <= item.y && item.y <= t.y + t.h;
  radii.forEach((r, ri) => {
    ANGLES.forEach((a, ai) => {
      const c = Math.cos((a * Math.PI) / 180);
      const s = Math.sin((a * Math.PI) / 180);
      const box = { x: item.x + c * (r + item.w / 2) - item.w / 2, y: item.y + s * (r + item.h / 2) - item.h / 2, w: item.w, h: item.h };
      if (box.x < area.x || box.y < area.y || box.x + box.w > area.x + area.w || box.y + box.h > area.y + area.h) return;
      if (marks.some((m) => overlaps(m, inflate(box, gap)))) return;
      const [ex, ey] = nearestPoint(box, item.x, item.y);
      const length = Math.hypot(ex - item.x, ey - item.y);
      const leader = length > item.markRadius + 4 ? { x1: item.x, y1: item.y, x2: ex, y2: ey } : null;
      if (leader && marks.some((m) => !own(m) && crosses(leader, inflate(m, 1)))) return;
      out.push({ box, leader, cost: (leader ? length : 0) + ri * 0.5 + ai * 0.05 });
    });
  });
  return out.sort((p, q) => p.cost - q.cost);
}

/** May these two spots stand together? (Hard rules only.) */
function compatible(a: Spot, b: Spot, gap: number): boolean {
  if (overlaps(inflate(a.box, gap), b.box)) return false;
  if (a.leader && crosses(a.leader, inflate(b.box, 1))) return false;
  if (b.leader && crosses(b.leader, inflate(a.box, 1))) return false;
  return true;
}

const crossingCost = (s: Spot, others: readonly Spot[]) => (s.leader ? others.filter((o) => o.leader && segmentsCross(s.leader!, o.leader)).length * CROSSING : 0);

/**
 * Place every item. Returns a spot per key, and the keys that found none (a layout that cannot
 * keep the rules; the caller fails the build rather than draw overlapping labels).
 */
export function placeAll(area: Rect, marks: readonly Rect[], items: readonly Item[], gap = 3): { spots: Map<string, Spot>; failed: string[] } {
  const options = new Map(items.map((it) => [it.key, candidates(it, area, marks, gap)]));
  const best = (key: string, placed: Map<string, Spot>): Spot | null => {
    const others = [...placed.entries()].filter(([k]) => k !== key).map(([, s]) => s);
    let pick: Spot | null = null;
    let pickCost = Infinity;
    for (const s of options.get(key)!) {
      if (s.cost >= pickCost) break;
      if (!others.every((o) => compatible(s, o, gap))) continue;
      const cost = s.cost + crossingCost(s, others);
      if (cost < pickCost) {
        pick = s;
        pickCost = cost;
      }
    }
    return pick;
  };
  // Where an item finds no spot, try its spots in turn, moving the one or two items in the way
  // elsewhere; the first arrangement that keeps every rule wins.
  const repair = (key: string, placed: Map<string, Spot>): Spot | null => {
    for (const s of options.get(key)!.slice(0, 240)) {
      const blocking = [...placed.entries()].filter(([, o]) => !compatible(s, o, gap)).map(([k]) => k);
      if (blocking.length === 0 || blocking.length > 2) continue;
      const trial = new Map(placed);
      for (const k of blocking) trial.delete(k);
      trial.set(key, s);
      const moved = blocking.map((k) => {
        const spot = best(k, trial);
        if (spot) trial.set(k, spot);
        return spot;
      });
      if (moved.every(Boolean)) {
        for (const k of blocking) placed.set(k, trial.get(k)!);
        return s;
      }
    }
    return null;
  };
  // Items with the fewest allowed spots first; on failure, those that failed go first next time.
  let order = [...items].sort((a, b) => options.get(a.key)!.length - options.get(b.key)!.length);
  let result: { spots: Map<string, Spot>; failed: string[] } | null = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const placed = new Map<string, Spot>();
    const failed: string[] = [];
    for (const it of order) {
      const s = best(it.key, placed) ?? repair(it.key, placed);
      if (s) placed.set(it.key, s);
      else failed.push(it.key);
    }
    // Improve: move each item to its cheapest spot given the others, while anything changes.
    for (let round = 0; round < 12; round++) {
      let moved = false;
      for (const it of order) {
        const current = placed.get(it.key);
        if (!current) continue;
        const others = [...placed.values()].filter((s) => s !== current);
        const s = best(it.key, placed);
        if (s && s !== current && s.cost + crossingCost(s, others) < current.cost + crossingCost(current, others) - 1e-9) {
          placed.set(it.key, s);
          moved = true;
        }
      }
      if (!moved) break;
    }
    if (!result || failed.length < result.failed.length) result = { spots: placed, failed };
    if (failed.length === 0) break;
    order = [...order.filter((it) => failed.includes(it.key)), ...order.filter((it) => !failed.includes(it.key))];
  }
  return result!;
}
