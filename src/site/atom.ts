// An Atom (RFC 4287) feed document from plain entries. Every element is made by element()
// (src/site/markup.ts), which escapes every text and attribute value; HTML content is escaped twice
// over (once as HTML when the caller builds it with element(), once as XML text here).

import { createHash } from "node:crypto";
import { element, type Markup } from "./markup.ts";

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

/** Elements one to a line at the given indent; absent optional elements ("" or undefined) are skipped. */
const lines = (indent: string, nodes: readonly (Markup | "" | undefined)[]) => nodes.flatMap((n) => (n ? [indent + n.markup] : []));

export function atomFeed(feed: AtomFeed): string {
  const head = [
    element("id", {}, feed.id),
    element("title", {}, feed.title),
    feed.subtitle && element("subtitle", {}, feed.subtitle),
    element("link", { rel: "alternate", type: "text/html", href: feed.link }),
    element("link", { rel: "self", type: "application/atom+xml", href: feed.self }),
    element("updated", {}, feed.updated),
    element("author", {}, element("name", {}, feed.author)),
    feed.rights && element("rights", {}, feed.rights),
  ];
  const entry = (e: AtomEntry) => [
    element("id", {}, e.id),
    element("title", {}, e.title),
    element("link", { rel: "alternate", type: "text/html", href: e.link }),
    element("published", {}, e.published),
    element("updated", {}, e.updated),
    ...(e.categories ?? []).map((c) => element("category", { term: c.term, label: c.label })),
    element("summary", {}, e.summary),
    e.contentHtml && element("content", { type: "html" }, e.contentHtml),
  ];
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    ...lines("  ", head),
    ...feed.entries.flatMap((e) => ["  <entry>", ...lines("    ", entry(e)), "  </entry>"]),
    "</feed>",
    "",
  ].join("\n");
}
