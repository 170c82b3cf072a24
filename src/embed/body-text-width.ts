// Widths of the running text an embed sets around its chart (title, takeaway, source line), for the
// build-time height estimate in embed-size.ts. The text is in the reader's system font. DejaVu Sans,
// the default on Debian and many Linux systems, runs widest of the common ones, so with its advance
// widths the line count is right there and at most a line high where fonts are narrower (San
// Francisco, Segoe UI, Roboto): a fixed-height embed may end with a little space, never cut short.
// (Chart labels use text-width.ts, whose margin is there to keep labels from touching.)

/** Advance widths of ASCII 32-126 in DejaVu Sans Book and Bold, in thousandths of an em. */
const REGULAR = (
  "318 401 460 838 636 950 780 275 390 390 500 838 318 361 318 337 636 636 636 636 636 636 636 636 636 636 337 337 838 838 838 531 " +
  "1000 684 686 698 770 632 575 775 752 295 295 656 557 863 748 787 603 787 695 635 611 732 684 989 685 611 685 390 337 390 838 500 " +
  "500 613 635 550 635 615 352 635 634 278 278 579 278 974 634 612 635 635 411 521 392 634 592 818 592 592 525 636 337 636 838"
).split(" ").map(Number);
const BOLD = (
  "348 456 521 838 696 1002 872 306 457 457 523 838 380 415 380 365 696 696 696 696 696 696 696 696 696 696 400 400 838 838 838 580 " +
  "1000 774 762 734 830 683 683 821 837 372 372 775 637 995 837 850 733 850 770 720 682 812 774 1103 771 724 725 457 365 457 838 500 " +
  "500 675 716 593 716 678 435 716 712 343 343 665 343 1042 712 687 716 716 493 595 478 712 652 924 645 652 582 712 365 712 838"
).split(" ").map(Number);

function advance(ch: string, table: readonly number[]): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return table[code - 32]!;
  if (ch === "–") return 500;
  if (ch === "—" || ch === "…") return 1000;
  if (ch === "·" || ch === "’" || ch === "‘") return table[0]!;
  // Accented Latin letters are as wide as their base letter; anything else gets a wide average.
  const base = ch.normalize("NFD")[0]!;
  if (base !== ch && base.codePointAt(0)! < 127) return advance(base, table);
  return 700;
}

/** Estimated width of `text` set at `size` px (regular or bold), in px. */
export function bodyTextWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let total = 0;
  for (const ch of text) total += advance(ch, table);
  // No kerning here: the browser's kerning only narrows text, so the sum errs on the wide side.
  return (total / 1000) * size;
}
