// Generated XML documents (the feed, the sitemap): one element builder that escapes text and
// attribute values, and drops the control characters XML 1.0 forbids, which would make the whole
// document unreadable. (Chart drawings have their own builder, src/charts/dom.ts.)

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Markup made by `xml()`: nested as it is, so nothing is escaped twice. */
export interface XmlNode {
  readonly markup: string;
}

/**
 * One XML element of a feed or sitemap. Attribute values and text are escaped here, so no call
 * site escapes (or forgets to); a value left undefined drops its attribute. With no content the
 * element closes itself (`<link …/>`); with content, even "", it has a closing tag.
 */
export function xml(name: string, attrs: Record<string, string | undefined> = {}, ...content: (string | XmlNode)[]): XmlNode {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) open += ` ${key}="${escapeXml(value)}"`;
  if (content.length === 0) return { markup: `${open}/>` };
  return { markup: `${open}>${content.map((c) => (typeof c === "string" ? escapeXml(c) : c.markup)).join("")}</${name}>` };
}
