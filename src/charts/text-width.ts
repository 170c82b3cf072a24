// Label widths without a browser: Helvetica's advance widths (1/1000 em), widened by a margin so
// the wider system fonts readers actually get (DejaVu Sans, Segoe UI, Roboto) still fit the boxes
// that label placement reserves at build time.

const ASCII_WIDTHS =
  "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 " +
  "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 " +
  "611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 " +
  "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584";

const WIDTHS = ASCII_WIDTHS.split(" ").map(Number);

/**
 * Wider system fonts run wider than Helvetica on mixed-case names: measured in Chromium with DejaVu
 * Sans (the widest common default), names come out up to 17% wider. Overestimating only costs a
 * few labels at the widest zoom; underestimating would make labels overlap.
 */
export const FONT_MARGIN = 1.18;

/**
 * Semibold (600) text, as the timeline's era names are set, runs wider still: in Chromium with
 * DejaVu Sans the era names measured 11–16% wider than at regular weight, up to 8% past the
 * regular estimate. Widening that estimate by this much covers every one of them.
 */
export const SEMIBOLD_MARGIN = 1.1;

function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return WIDTHS[code - 32]!;
  if (ch === "…") return 1000;
  if (ch === "–" || ch === "—") return ch === "–" ? 556 : 1000;
  // Accented Latin letters are as wide as their base letter; anything else gets an average width.
  const base = ch.normalize("NFD")[0]!;
  if (base !== ch && base.codePointAt(0)! < 127) return charWidth(base);
  return 600;
}

/** Estimated width of `text` set at `fontSize` (same units out as in). */
export function textWidth(text: string, fontSize: number): number {
  let total = 0;
  for (const ch of text) total += charWidth(ch);
  return (total / 1000) * fontSize * FONT_MARGIN;
}
