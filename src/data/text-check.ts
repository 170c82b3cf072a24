// The characters a cell may hold. Text from data ends up in HTML, SVG, PNG renderers, CSV
// downloads and terminals, and some characters are trouble in all of them: control codes (which
// crashed the PNG renderer), bidirectional overrides (which reorder what a reader sees, as in
// "Trojan Source"), zero-width characters (which make two equal-looking ids differ), stacks of
// combining marks, and text that is not NFC (which makes the same word compare unequal).
// Fields marked "x-multilingual" in the schema may hold the joiners and direction marks that some
// languages need (Persian, Arabic, Hebrew, the Indic scripts); no field may hold an override.

import type { Cell } from "./csv.ts";
import { codePointName, escapeCodePoint, showValue } from "./show.ts";

export interface TextProblem {
  line: number;
  column: number;
  message: string;
  expected: string;
}

/** Never allowed, with what each is called in a message. */
export function forbidden(cp: number): string | null {
  if (cp === 0x09) return "a tab";
  if (cp < 0x20 && cp !== 0x0a && cp !== 0x0d) return "a control character";
  if (cp >= 0x7f && cp <= 0x9f) return "a control character";
  if (cp === 0xfeff) return "a byte-order mark";
  if (cp >= 0x202a && cp <= 0x202e) return "a bidirectional override";
  if (cp === 0x2028 || cp === 0x2029) return "a Unicode line separator";
  if (cp >= 0x2061 && cp <= 0x2064) return "an invisible operator";
  if (cp === 0xfffd) return "a replacement character";
  if (cp >= 0xfff9 && cp <= 0xfffc) return "an object or annotation marker";
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return "a noncharacter";
  if (cp >= 0xd800 && cp <= 0xdfff) return "half of a broken character pair";
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return "a private-use character";
  return null;
}

/** Allowed only in x-multilingual fields: invisible, but some scripts need them. */
const NEEDS_LANGUAGE = /[\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2060\u2066-\u2069\u3164\uFFA0\u{E0000}-\u{E007F}]|\p{Cf}/u;
const MARK = /[\p{Mn}\p{Me}]/u;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const NONE: readonly TextProblem[] = [];
const MAX_MARKS = 4;
const MAX_MARKS_MULTILINGUAL = 8;

/**
 * Where in the file the character at `index` of a cell's value sits. A quoted cell starts one
 * column after its quote, a doubled quote inside it takes two columns, and a line break inside it
 * moves to the next line.
 */
export function positionInCell(cell: Cell, index: number): { line: number; column: number } {
  let line = cell.line;
  let column = cell.column + (cell.quoted ? 1 : 0);
  const v = cell.value;
  for (let k = 0; k < index; k++) {
    const ch = v[k];
    if (ch === "\n" || (ch === "\r" && v[k + 1] !== "\n")) {
      line++;
      column = 1;
    } else {
      column += cell.quoted && ch === '"' ? 2 : 1;
    }
  }
  return { line, column };
}

/**
 * Problems with the characters of one cell, at most one per kind so that a pasted block of junk is
 * one message, not hundreds. `what` names the cell in messages ("column summary", "the header").
 */
export function checkText(cell: Cell, what: string, multilingual = false): readonly TextProblem[] {
  const value = cell.value;
  // Nearly every cell is printable ASCII, which is NFC and has nothing to find.
  if (PRINTABLE_ASCII.test(value)) return NONE;
  const problems: TextProblem[] = [];
  const seen = new Set<string>();
  const add = (index: number, kind: string, message: string, expected: string) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    problems.push({ ...positionInCell(cell, index), message, expected });
  };
  let marks = 0;
  let base = 0; // where the letter carrying the current run of marks starts
  let index = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    const bad = forbidden(cp);
    if (bad) {
      const name = cp === 0x09 ? "a tab (\\t)" : `${bad} (${codePointName(ch)})`;
      add(
        index,
        bad,
        cp === 0xfeff
          ? `${showValue(value)} in ${what} has a stray byte-order mark (U+FEFF)`
          : `${showValue(value)} in ${what} contains ${name}`,
        cp === 0xfeff
          ? "a byte-order mark only as the very first bytes of a file; one inside usually comes from joining two files"
          : cp >= 0x202a && cp <= 0x202e
            ? "text without direction overrides; they make a line read differently from how it is stored"
            : cp === 0xfffd
              ? "the character that was meant; U+FFFD marks text damaged by a wrong encoding on its way here"
              : "visible text; paste as plain text, or retype the character",
      );
    } else if (!multilingual && NEEDS_LANGUAGE.test(ch)) {
      add(
        index,
        "invisible",
        `${showValue(value)} in ${what} contains the invisible character ${codePointName(ch)} (${escapeCodePoint(ch)})`,
        "visible characters only; zero-width characters and direction marks are allowed only in fields marked x-multilingual",
      );
    }
    if (MARK.test(ch)) {
      marks++;
      if (marks === (multilingual ? MAX_MARKS_MULTILINGUAL : MAX_MARKS) + 1) {
        add(base, "marks", `${showValue(value)} in ${what} stacks more than ${marks - 1} combining marks on one letter`, `at most ${marks - 1} accents or marks on a letter`);
      }
    } else {
      marks = 0;
      base = index;
    }
    index += ch.length;
  }
  if (problems.length === 0 && value.normalize("NFC") !== value) {
    const at = firstNonNfc(value);
    const bit = value.slice(at.start, at.end);
    const escaped = [...bit].map((c) => (MARK.test(c) ? escapeCodePoint(c) : c)).join("");
    add(
      at.start,
      "nfc",
      `${showValue(value)} in ${what} is not in Unicode normal form NFC: "${escaped}" is written as separate characters`,
      `"${bit.normalize("NFC")}" as one character (NFC); most editors can convert, or retype it`,
    );
  }
  return problems;
}

/** The first run of a base character and its marks that NFC would change. */
function firstNonNfc(value: string): { start: number; end: number } {
  let start = 0;
  while (start < value.length) {
    let end = start + (value.codePointAt(start)! > 0xffff ? 2 : 1);
    while (end < value.length && /\p{M}/u.test(String.fromCodePoint(value.codePointAt(end)!))) {
      end += value.codePointAt(end)! > 0xffff ? 2 : 1;
    }
    const bit = value.slice(start, end);
    if (bit.normalize("NFC") !== bit) return { start, end };
    start = end;
  }
  return { start: 0, end: value.length };
}
