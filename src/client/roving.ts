// One Tab stop per chart (a roving tabindex): the chart is one stop in the page's Tab order and
// arrow keys move inside it. Shared by the network, the timeline and the small charts' marks, so
// every chart answers the same keys the same way.

/** Anything that carries a tabindex attribute (an SVG link, an HTML button). */
interface Focusable {
  setAttribute(name: string, value: string): void;
}

/**
 * Where a key moves in a list of `n` marks from index `i`: Right/Down to the next, Left/Up to the
 * previous (stopping at the ends), Home and End to the first and last. null: not a moving key.
 */
export function keyStep(key: string, i: number, n: number): number | null {
  if (n === 0) return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return Math.min(n - 1, i + 1);
    case "ArrowLeft":
    case "ArrowUp":
      return Math.max(0, i - 1);
    case "Home":
      return 0;
    case "End":
      return n - 1;
    default:
      return null;
  }
}

/**
 * The mark that holds the chart's Tab stop. Moving it writes two attributes, the old stop's and the
 * new one's, never every mark's: with thousands of marks at scale, rewriting all of them on each key
 * press was a visible delay.
 */
export function rovingStop<T>(elementOf: (item: T) => Focusable, initial?: T): { current: () => T | undefined; move: (next: T | undefined) => void } {
  let stop = initial;
  return {
    current: () => stop,
    move(next) {
      if (next === stop) return;
      if (stop !== undefined) elementOf(stop).setAttribute("tabindex", "-1");
      if (next !== undefined) elementOf(next).setAttribute("tabindex", "0");
      stop = next;
    },
  };
}
