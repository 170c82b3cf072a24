// Turns a data file's bytes into text, or says why it cannot: the tables are UTF-8, and a file in
// another encoding must stop here, not reach the site as replacement characters (reading it
// leniently turned every "é" and "’" of a Windows-1252 file into "�"). The message names what the
// file looks like, where the first byte that is not UTF-8 sits, and how to save it properly.
// Spreadsheet-specific diagnosis (separators, dates) builds on this module, not into it.

export interface DecodeProblem {
  line: number;
  column: number;
  message: string;
  expected: string;
}

export type Decoded = { text: string; bom: boolean } | { problem: DecodeProblem };

const RESAVE =
  'UTF-8 text: in Excel use Save As > "CSV UTF-8 (Comma delimited)"; in LibreOffice tick "Edit filter settings" and pick "Unicode (UTF-8)"; Google Sheets downloads UTF-8 already';

/** Strict UTF-8 decoding of a whole file; a leading byte-order mark is accepted and dropped. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const wide = wideEncoding(bytes);
  if (wide) {
    return {
      problem: {
        line: 1,
        column: 1,
        message: `file is ${wide}, not UTF-8`,
        expected: `${RESAVE}; Excel's "Unicode Text" saves UTF-16`,
      },
    };
  }
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), bom };
  } catch {
    return { problem: notUtf8(body) };
  }
}

/** UTF-16 and UTF-32, by their byte-order mark or, without one, by the zero bytes ASCII text gets. */
function wideEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "UTF-32 (little-endian)";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32 (big-endian)";
  if (a === 0xff && b === 0xfe) return "UTF-16 (little-endian)";
  if (a === 0xfe && b === 0xff) return "UTF-16 (big-endian)";
  // Without a mark: in UTF-16 every ASCII character has a zero byte beside it.
  const sample = bytes.subarray(0, 2048);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  const half = sample.length / 2;
  if (half >= 2 && oddZeros > half * 0.4 && evenZeros < half * 0.1) return "UTF-16 (little-endian)";
  if (half >= 2 && evenZeros > half * 0.4 && oddZeros < half * 0.1) return "UTF-16 (big-endian)";
  return null;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0; // no overlong forms
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no surrogates
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Which single-byte encoding the bytes above 0x7F most look like. */
function guessLegacyEncoding(bytes: Uint8Array): { name: string; label: string; describe: string } {
  // Cyrillic text is mostly high bytes in a row (whole words); Western European text has one
  // accented letter or typographic quote at a time between ASCII letters.
  let high = 0;
  let runs = 0;
  let upperHalf = 0; // 0xE0-0xFF: lowercase Cyrillic in Windows-1251, uppercase in KOI8-R
  let lowerHalf = 0; // 0xC0-0xDF: the reverse
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (i === 0 || bytes[i - 1]! < 0x80) runs++;
    if (b >= 0xe0) upperHalf++;
    else if (b >= 0xc0) lowerHalf++;
  }
  const cyrillic = runs > 0 && high / runs >= 2.5 && upperHalf + lowerHalf > high * 0.8;
  if (cyrillic && upperHalf >= lowerHalf) return { name: "Windows-1251", label: "windows-1251", describe: "Windows-1251 (Cyrillic)" };
  if (cyrillic) return { name: "KOI8-R", label: "koi8-r", describe: "KOI8-R (Cyrillic)" };
  return { name: "Windows-1252", label: "windows-1252", describe: 'Windows-1252 (Western European; Excel\'s plain "CSV" format)' };
}

function notUtf8(bytes: Uint8Array): DecodeProblem {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) break;
    i += n;
  }
  // Line and column of the bad byte, counting as an editor does (CRLF, LF or a lone CR end a line).
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, i));
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < before.length; k++) {
    const ch = before[k];
    if (ch === "\n" || (ch === "\r" && before[k + 1] !== "\n")) {
      line++;
      lineStart = k + 1;
    }
  }
  const byte = bytes[i]!;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  const guess = guessLegacyEncoding(bytes);
  let meaning = "";
  try {
    const ch = new TextDecoder(guess.label).decode(bytes.subarray(i, i + 1));
    if (ch && ch !== "\uFFFD") meaning = ` (${JSON.stringify(ch)} in ${guess.name})`;
  } catch {
    // this Node has no tables for that encoding; the byte value alone still locates the problem
  }
  return {
    line,
    column: before.length - lineStart + 1,
    message: `file is not UTF-8: byte ${hex}${meaning} is not valid UTF-8 here; the file looks like ${guess.describe}`,
    expected: RESAVE,
  };
}
