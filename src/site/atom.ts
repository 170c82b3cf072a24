// An Atom (RFC 4287) feed document from plain entries. Every text value is escaped here; HTML
// content is escaped twice over (once as HTML by the caller's builder, once as XML text here).

import { createHash } from "node:crypto";
import { escapeXml } from "./xml.ts";

export interface AtomEntry {
  id: string;
  title: string;
  /** The entry's page; absolute when the site's origin is known, else root-relative. */
  link: string;
  /** RFC 3339 date-time. */
  published: string;
  updated: string;
  summary: string;
  /** HTML, as a string; escaped into the feed as type="html". */
  contentHtml?: string;
  categories?: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The site's page the feed belongs to (alternate) and the feed's own address (self). */
  link: string;
  self: string;
  updated: string;
  author: string;
  rights?: string;
  entries: readonly AtomEntry[];
}

/**
 * A stable urn:uuid (RFC 4122 version 5, name-based) for an id. Entry ids then survive a change
 * of host or base path, and need no origin, which the build may not know.
 */
export function nameUuid(name: string, namespace = "sanctions-minerals-tracker"): string {
  const hash = createHash("sha1").update(`${namespace}:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const el = (name: string, text: string, attrs = "") => `<${name}${attrs}>${escapeXml(text)}</${name}>`;

export function atomFeed(feed: AtomFeed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    `  ${el("id", feed.id)}`,
    `  ${el("title", feed.title)}`,
    ...(feed.subtitle ? [`  ${el("subtitle", feed.subtitle)}`] : []),
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  ${el("updated", feed.updated)}`,
    `  <author>${el("name", feed.author)}</author>`,
    ...(feed.rights ? [`  ${el("rights", feed.rights)}`] : []),
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry>`,
      `    ${el("id", e.id)}`,
      `    ${el("title", e.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    ${el("published", e.published)}`,
      `    ${el("updated", e.updated)}`,
      ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`),
      `    ${el("summary", e.summary)}`,
      ...(e.contentHtml ? [`    ${el("content", e.contentHtml, ' type="html"')}`] : []),
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}
