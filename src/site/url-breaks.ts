// Where a long address may wrap on paper: after "//", and after a slash, dot, hyphen, underscore,
// "?", "#", "&" or "=" (where browsers already allow a break after some of these, so the two agree).
// A printed address then never splits inside a word of its host name or path.

/** The address cut into pieces; a line may break between any two (the page puts <wbr> there). */
export function urlBreakParts(url: string): string[] {
  const parts: string[] = [];
  let piece = "";
  for (let i = 0; i < url.length; i++) {
    const c = url[i]!;
    piece += c;
    const next = url[i + 1];
    // Runs of delimiters ("://", "/-") stay together; the break comes after the last of them.
    if (/[/.\-_?#&=]/.test(c) && next !== undefined && !/[/.\-_?#&=:]/.test(next)) {
      parts.push(piece);
      piece = "";
    }
  }
  if (piece) parts.push(piece);
  return parts;
}
