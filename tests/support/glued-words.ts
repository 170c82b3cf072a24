// Finds words a page runs together where one element ends and the next text begins: "holds<b>132"
// renders as "holds132". Only inline boundaries count; a block (paragraph, list item, cell, line
// break) starts a new line, so nothing is glued across it. Script, style and SVG are skipped: SVG
// text is positioned, not flowed.
import { parseHTML } from "linkedom";

const INLINE = new Set([
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
  "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "label", "output",
]);
const SKIP = new Set(["script", "style", "svg", "template", "noscript", "textarea", "select", "option"]);

export interface Glued {
  /** The last few characters before the boundary, "|", the first few after it. */
  at: string;
}

/** Every place in `html` where a lowercase letter or digit is glued to a following word. */
export function gluedWords(html: string): Glued[] {
  const { document } = parseHTML(html);
  const found: Glued[] = [];
  let previous: string | null = null; // text since the last block boundary
  let crossed = false; // an inline element boundary since that text

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (text === "") return;
      if (previous !== null && crossed && /[a-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(text)) {
        found.push({ at: `${previous.slice(-25)}|${text.slice(0, 25)}` });
      }
      previous = previous === null || /\s$/.test(text) || !crossed ? (previous ?? "") + text : text;
      crossed = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (SKIP.has(tag) || (node as Element).hasAttribute("hidden")) {
      if (!INLINE.has(tag)) previous = null;
      return;
    }
    const inline = INLINE.has(tag);
    if (inline) crossed = true;
    else previous = null;
    for (const child of node.childNodes) visit(child);
    if (inline) crossed = true;
    else previous = null;
  };
  visit(document.body ?? document.documentElement);
  return found;
}
