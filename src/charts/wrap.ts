// Greedy line breaking, the one rule behind every block of text a drawing or a file sets itself
// (SVG does not wrap): a line takes words while they fit; a word that does not fit alone still gets
// a line of its own. How wide words are, and what a "word" is, stay with the caller.

/**
 * The index of each line's first word, for `count` words, where `fits(from, to)` says whether words
 * [from, to) fit on one line. `fits` is only asked about lines of two or more words.
 */
export function lineStarts(count: number, fits: (from: number, to: number) => boolean): number[] {
  const starts: number[] = [];
  let start = 0;
  for (let i = 1; i < count; i++) {
    if (!fits(start, i + 1)) {
      starts.push(start);
      start = i;
    }
  }
  if (count > 0) starts.push(start);
  return starts;
}

/** Words [starts[k], starts[k + 1]) of each line. */
export function linesOf<T>(words: readonly T[], starts: readonly number[]): T[][] {
  return starts.map((s, k) => words.slice(s, starts[k + 1] ?? words.length));
}
