// "Did you mean …?": the nearest allowed value or existing id to a typo, so a maintainer who wrote
// "sanction" or "src-reuters-2025-03-3" is told what was probably meant instead of being handed a
// list of 400 ids. Distance is Damerau–Levenshtein (a swapped pair of letters counts once); a
// suggestion is made only when it is close for the value's length and no other candidate is as close.

/** Edit distance with transpositions, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** How far off a value of this length may be and still be a typo of a candidate. */
const tolerance = (value: string) => Math.max(1, Math.min(4, Math.floor(value.length / 4)));

/**
 * The one candidate closest to `value`, or null when none is close enough or two are equally close.
 * A candidate equal but for capitals or spaces at either end always wins.
 */
export function nearest(value: string, candidates: Iterable<string>): string | null {
  const folded = value.trim().toLowerCase();
  const all = [...candidates];
  // An id cut short or with a part too many ("…-usgs" for "…-usgs-mcs2025") is the likelier meaning,
  // whatever the edit distance, when only one id extends it or is extended by it.
  const extended = all.filter((c) => c.toLowerCase().startsWith(`${folded}-`) || folded.startsWith(`${c.toLowerCase()}-`));
  if (extended.length === 1) return extended[0]!;
  let best: string | null = null;
  let bestDistance = tolerance(value) + 1;
  let tie = false;
  for (const candidate of all) {
    if (candidate === value) continue;
    if (candidate.toLowerCase() === folded) return candidate;
    const d = editDistance(folded, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && best !== null) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** `; did you mean "x"?` to append to a message, or "" when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const hit = nearest(value, candidates);
  return hit === null ? "" : `; did you mean ${JSON.stringify(hit)}?`;
}
