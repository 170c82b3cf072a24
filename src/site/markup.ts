// The one way text is escaped into markup the site writes as text: chart drawings (src/charts/dom.ts
// builds their tree and escapes with escapeMarkup), and the feed, the sitemap, a feed entry's HTML
// and the embed codes (`element()` below). What the data says never becomes markup, and the
// control characters XML 1.0 forbids, which would make a whole feed or drawing unreadable, are
// dropped.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// &#39; rather than &apos;, which HTML 4 does not define: the number is read everywhere.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for element content and quoted attribute values, in HTML, SVG and XML alike. */
export function escapeMarkup(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Markup made by `element()`: nested as it is, so nothing is escaped twice. */
export interface Markup {
  readonly markup: string;
}

/**
 * One element of markup written as text: the feed and sitemap (XML), a feed entry's HTML, the embed
 * codes a journalist copies. Attribute values and text are escaped here, so no call site escapes (or
 * forgets to); a value left undefined drops its attribute. With no content the element closes
 * itself (`<link …/>`, XML only); with content, even "", it has a closing tag (`<iframe …></iframe>`).
 */
export function element(name: string, attrs: Record<string, string | undefined> = {}, ...content: (string | Markup)[]): Markup {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) open += ` ${key}="${escapeMarkup(value)}"`;
  if (content.length === 0) return { markup: `${open}/>` };
  return { markup: `${open}>${content.map((c) => (typeof c === "string" ? escapeMarkup(c) : c.markup)).join("")}</${name}>` };
}
