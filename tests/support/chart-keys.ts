// What "every chart carries its key" means, as a check on a drawing's markup: every colour that
// means something (a hue, not a grey) and every dash pattern on a data mark is shown again in a key
// item (<g data-key-item> inside a <g data-key>) next to a text label. Shared by the unit tests of
// the registry, the downloads and the share cards.
import { parseHTML } from "linkedom";

/** HTML elements have no place in a drawing that must also stand alone as an SVG file. */
const HTML_TAGS = new Set(["div", "p", "ul", "ol", "li", "span", "table", "tr", "td", "th", "strong", "em", "b", "i", "small", "button", "section", "figure", "img", "br", "h1", "h2", "h3", "h4", "dl", "dt", "dd", "details", "summary", "input", "label"]);

/** "#0072B2", "#07b", "rgb(0, 114, 178)" -> "#0072b2"; anything else (var(), currentColor, none) -> null. */
export function normaliseColour(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join("") : hex[1]!;
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(v);
  if (fn) rgb = fn.slice(1, 4).map(Number);
  if (!rgb) return null;
  return `#${rgb.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

/** A hue a reader would read as meaning something: saturated enough not to be a grey. */
export function isHue(hex: string): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
  return s >= 0.2 && l > 0.08 && l < 0.95;
}

const DATA_ID = /^data-[a-z]+-id$/;

export interface KeyReport {
  problems: string[];
  /** Hues drawn outside the key, and the dash patterns of data marks. */
  hues: string[];
  dashes: string[];
}

export function checkChartKey(svg: string): KeyReport {
  const problems: string[] = [];
  const trimmed = svg.trim();
  if (!/^<svg\b/.test(trimmed) || !trimmed.endsWith("</svg>")) problems.push("the drawing is not one <svg> element");
  const { document } = parseHTML(`<!doctype html><html><body>${trimmed}</body></html>`);
  const root = document.body.firstElementChild;
  if (!root || root.tagName.toLowerCase() !== "svg") return { problems: [...problems, "no <svg> root"], hues: [], dashes: [] };
  const viewBox = (root.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || !(viewBox[2]! > 0 && viewBox[3]! > 0)) problems.push("the <svg> has no viewBox");
  const html = [...new Set([...root.querySelectorAll("*")].map((el) => el.tagName.toLowerCase()).filter((t) => HTML_TAGS.has(t)))];
  if (html.length > 0) problems.push(`HTML inside the drawing: <${html.join(">, <")}>`);

  const keys = [...root.querySelectorAll("[data-key]")];
  const items = keys.flatMap((k) => [...k.querySelectorAll("[data-key-item]")]).filter((item) => (item.querySelector("text")?.textContent ?? "").trim() !== "");
  for (const key of keys) {
    for (let el: Element | null = key; el && el !== root.parentElement; el = el.parentElement) {
      if (el.getAttribute("display") === "none" || el.tagName.toLowerCase() === "defs") problems.push("a key is hidden (display=none or inside <defs>)");
    }
  }
  const inKey = (el: Element) => el.closest("[data-key]") !== null;
  const colours = (el: Element) => ["fill", "stroke"].map((a) => normaliseColour(el.getAttribute(a))).filter((c): c is string => c !== null && isHue(c));
  const isDataMark = (el: Element) => {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if ([...e.attributes].some((a) => DATA_ID.test(a.name))) return true;
    return false;
  };

  const marks = [...root.querySelectorAll("*")].filter((el) => !inKey(el));
  const hues = [...new Set(marks.flatMap(colours))].sort();
  const dashes = [...new Set(marks.filter(isDataMark).map((el) => el.getAttribute("stroke-dasharray")).filter((d): d is string => !!d && d !== "none"))].sort();
  const keyHues = new Set(items.flatMap((item) => [item, ...item.querySelectorAll("*")].flatMap(colours)));
  const keyDashes = new Set(items.flatMap((item) => [...item.querySelectorAll("[stroke-dasharray]")].map((el) => el.getAttribute("stroke-dasharray"))));
  for (const hue of hues) if (!keyHues.has(hue)) problems.push(`colour ${hue} is drawn but no key item shows it with a label`);
  for (const dash of dashes) if (!keyDashes.has(dash)) problems.push(`line style stroke-dasharray="${dash}" is drawn but no key item shows it with a label`);
  return { problems, hues, dashes };
}
