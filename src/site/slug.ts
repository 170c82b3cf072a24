// Readable, unique anchor ids from names ("The Kyiv Independent" -> "the-kyiv-independent"), so a
// link to a publisher's section survives reordering, unlike a positional index.

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** A slugger that never hands out the same id twice: the second "reuters" becomes "reuters-2". */
export function uniqueSlugger(prefix = ""): (text: string) => string {
  const used = new Map<string, number>();
  return (text) => {
    const base = prefix + slugify(text);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** The A–Z index letter a name files under; names starting with a digit or symbol file under "#". */
export function indexLetter(text: string): string {
  const first = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}
