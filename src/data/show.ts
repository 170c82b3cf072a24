// How a value from a data file appears inside a validator message. Messages go to terminals and CI
// logs, where an invisible or control character would hide, reorder or even rewrite what the
// maintainer reads (a bidi override flips the rest of the line; a carriage return overwrites it).
// So every character that is not plainly visible is written as an escape, and long values are cut:
// one bad 50 MB cell must not make a 50 MB message.

/** Characters shown as escapes: controls, format characters (bidi, zero-width), separators other
 * than the plain space, combining marks with nothing to sit on, private use, unassigned code points
 * and noncharacters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]|(?! )\p{Zs}/u;

const MARK = /\p{M}/u;

const NAMED: Record<string, string> = { "\t": "\\t", "\n": "\\n", "\r": "\\r", '"': '\\"', "\\": "\\\\" };

/** `\u200B` for U+200B, `\u{1F600}`-style escapes beyond the Basic Multilingual Plane. */
export function escapeCodePoint(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase();
  return cp > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}

/** "U+200B" — how Unicode names a code point, for the words of a message. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A value in double quotes with invisible characters escaped, cut to `max` characters. */
export function showValue(value: string, max = 80): string {
  // Printable ASCII needs only its quotes and backslashes escaped, exactly as JSON writes them.
  if (value.length <= max && /^[\x20-\x7E]*$/.test(value)) return JSON.stringify(value);
  const chars = [...value];
  const cut = chars.length > max;
  let out = "";
  let marks = 0;
  for (const ch of cut ? chars.slice(0, max) : chars) {
    // A second mark on one letter and beyond is escaped: a stack of them smears over the line.
    marks = MARK.test(ch) ? marks + 1 : 0;
    out += NAMED[ch] ?? (INVISIBLE.test(ch) || marks > 1 ? escapeCodePoint(ch) : ch);
  }
  // A combining mark right after the opening quote would draw onto it; escape a leading one.
  out = out.replace(/^\p{M}/u, (m) => escapeCodePoint(m));
  return cut ? `"${out}…" (${chars.length} characters)` : `"${out}"`;
}
