// The islands' one way to make elements: a tag, its attributes and its children, with text always
// set as text (never parsed as markup), so what the data says cannot become markup in the page.
// Two names because HTML and SVG elements live in different namespaces.

export type Child = Node | string | null | false | undefined;
/** Attribute values; `text` sets the element's text. null, undefined and false leave it out. */
export type Attrs = Record<string, string | number | null | undefined | false>;

const SVG_NS = "http://www.w3.org/2000/svg";

function fill<E extends Element>(el: E, attrs: Attrs, children: Child[]): E {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") el.textContent = String(v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/**
 * Writes an attribute only when its value changes: Chromium restyles (and for SVG geometry, lays
 * out) an element whose attribute is written even with the value it had, so redrawing marks that
 * did not move restyled every one of them.
 */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
