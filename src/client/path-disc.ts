// Where a network node sits and how big it is, read back from its drawn path, so the build need not
// send the same numbers again beside it (data-x, data-y, data-r were 1.4 KB gzip of every network
// page). The paths are the build's symbols (src/views/network/network-style.ts, `shapePath`): a circle
// drawn as two half-circle arcs, or a closed polygon symmetric about its centre (square, diamond,
// triangles, hexagon, cross, star), each with the area of a circle of radius r.

export interface Disc {
  x: number;
  y: number;
  /** The radius of a circle with the shape's area. */
  r: number;
}

/** A symbol path's centre and area radius in the path's own units, or null if it is no such path. */
export function pathDisc(d: string): Disc | null {
  // One pass over the path's letters and numbers (splitting each command's arguments was five times
  // slower, and the network reads 1,400 of these at start-up at ten times today's data).
  const t = d.match(/[A-Za-z]|[^A-Za-z,\s]+/g) ?? [];
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < t.length; ) {
    const command = t[i++];
    // A circle starts at its rightmost point and its first arc ends at the leftmost.
    if (command === "A") return xs.length === 1 ? { x: (x + Number(t[i + 5])) / 2, y: (y + Number(t[i + 6])) / 2, r: Number(t[i]) } : null;
    if (command === "M" || command === "L") {
      x = Number(t[i++]);
      y = Number(t[i++]);
    } else if (command === "h") x += Number(t[i++]);
    else if (command === "v") y += Number(t[i++]);
    else if (command === "Z") continue;
    else return null;
    xs.push(x);
    ys.push(y);
  }
  if (xs.length < 3) return null;
  // The symbols are symmetric about their centre, so it is the mean of their corners; the area
  // (shoelace formula) gives the radius.
  let twiceArea = 0;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) twiceArea += xs[j]! * ys[i]! - xs[i]! * ys[j]!;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const disc = { x: mean(xs), y: mean(ys), r: Math.sqrt(Math.abs(twiceArea) / 2 / Math.PI) };
  return Number.isFinite(disc.x + disc.y + disc.r) ? disc : null;
}

/**
 * The disc of a drawn shape (its `d`), worked out once per element: the network's island reads every
 * actor's at start-up and the tap targets read them again, so a page parses each path once.
 */
const discs = new WeakMap<Element, Disc | null>();
export function shapeDisc(shape: Element): Disc | null {
  let disc = discs.get(shape);
  if (disc === undefined) discs.set(shape, (disc = pathDisc(shape.getAttribute("d") ?? "")));
  return disc;
}
