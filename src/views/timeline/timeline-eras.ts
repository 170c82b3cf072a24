// Where each era's name goes in the band above the timeline. A name starts inside its own band;
// where the band is too narrow (a phone, a 320-px embed) it may run on over the next band, or start
// before its band at the chart's right edge, as long as it stays whole inside the chart, clear of
// its neighbours, and mostly over its own band (it starts no more than half its width early).
// Where the full names cannot all fit, the narrowest bands take their short names (eras.csv's
// short_name), one band at a time, until every era is named; only when even the short names do not
// fit does a name drop out, the earlier of two keeping its place.
// Names' widths come from the caller: the build estimates them, and the browser reads the build's
// estimates off the drawing, so the font-width tables stay out of the page's script (1 KB gzip).

export interface EraBand {
  name: string;
  /** A shorter name for narrow drawings; absent: the full name only. */
  short?: string;
  /** The band's left and right edges in pixels (already clipped to the chart). */
  x0: number;
  x1: number;
}

export interface EraName {
  x: number;
  shown: boolean;
  /** The name drawn: the full name, or the short one where the full one did not fit. */
  text: string;
}

interface Slot {
  text: string;
  width: number;
  /** Leftmost and rightmost start that keep the name whole and mostly over its band. */
  lo: number;
  hi: number;
  /** Where it would sit with room to spare: just inside its band. */
  preferred: number;
}

/** A name's width in pixels at the drawing's size. */
export type NameWidth = (text: string) => number;

function slot(band: EraBand, text: string, left: number, right: number, widthOf: NameWidth): Slot | null {
  if (band.x1 - band.x0 < 1) return null;
  const width = widthOf(text);
  const preferred = band.x0 + 4;
  const lo = Math.max(left, band.x0 - width / 2);
  const hi = Math.min(right - 2 - width, preferred);
  return lo <= hi ? { text, width, lo, hi, preferred } : null;
}

/**
 * Starts for names in order, each as far right as its preference allows but leaving room for the
 * ones after it; null when they cannot all fit.
 */
function pack(slots: readonly Slot[], gap: number): number[] | null {
  // Leftmost feasible starts, left to right...
  const least: number[] = [];
  let end = -Infinity;
  for (const s of slots) {
    const x = Math.max(s.lo, end + gap);
    if (x > s.hi) return null;
    least.push(x);
    end = x + s.width;
  }
  // ...then, right to left, each as close to its preferred start as the next name allows.
  const xs = new Array<number>(slots.length);
  let next = Infinity;
  for (let i = slots.length - 1; i >= 0; i--) {
    const s = slots[i]!;
    xs[i] = Math.max(least[i]!, Math.min(s.hi, next - gap - s.width));
    next = xs[i]!;
  }
  return xs;
}

export function placeEraNames(bands: readonly EraBand[], left: number, right: number, widthOf: NameWidth, gap = 8): EraName[] {
  // Shorten the narrowest bands' names first: they are the ones that run over their neighbours.
  const byWidth = bands.map((_, i) => i).filter((i) => bands[i]!.short).sort((a, b) => bands[a]!.x1 - bands[a]!.x0 - (bands[b]!.x1 - bands[b]!.x0));
  for (let k = 0; k <= byWidth.length; k++) {
    const shortened = new Set(byWidth.slice(0, k));
    const texts = bands.map((b, i) => (shortened.has(i) ? b.short! : b.name));
    const slots = bands.map((b, i) => slot(b, texts[i]!, left, right, widthOf));
    const live = slots.filter((s): s is Slot => s !== null);
    // A band outside the window (zoomed in) has no name to place.
    if (live.length !== bands.filter((b) => b.x1 - b.x0 >= 1).length) continue;
    const xs = pack(live, gap);
    if (!xs) continue;
    let j = 0;
    return slots.map((s, i) => (s ? { x: xs[j++]!, shown: true, text: s.text } : { x: Math.max(left, bands[i]!.x0), shown: false, text: texts[i]! }));
  }
  // Even short names do not all fit: name in time order what fits, the earlier keeping its place.
  let taken = -Infinity;
  return bands.map((band) => {
    const text = band.short ?? band.name;
    const s = slot(band, text, left, right, widthOf);
    const x = s ? Math.max(s.lo, Math.min(s.preferred, s.hi), taken + gap) : Math.max(left, band.x0);
    if (!s || x > s.hi) return { x, shown: false, text };
    taken = x + s.width;
    return { x, shown: true, text };
  });
}
