// Search records for rows that have no page of their own: each source (an anchor on /sources/) and
// each sanctions measure (an anchor on its event's or its authority's page). Pages themselves are
// indexed from the built HTML; these fill in the rest so a reader can find any row by name.

import type { Model } from "../../data/model.ts";
import { rowPath } from "../row-paths.ts";

/** Result types the search UI knows, in the order it offers them as filters. */
export const RESULT_TYPES = ["Event", "Actor", "Measure", "Source", "Page"] as const;

export interface SearchRecord {
  /** Path from the site root, without the base path: Pagefind's client adds the base. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The non-empty parts as sentences of one text (false, null and blank parts left out). */
export const sentences = (...parts: (string | null | undefined | false)[]): string => parts.filter((p): p is string => Boolean(p && p.trim())).join(". ");

export function searchRecords(model: Model): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const s of model.sources) {
    records.push({
      url: rowPath(model, "sources", s.id)!,
      content: sentences(s.title, s.publisher, s.reprint_of && `Reproduces ${s.reprint_of}`, s.notes),
      language: "en",
      meta: { title: s.title, type: "Source", publisher: s.publisher, ...(s.published ? { date: s.published } : {}) },
      filters: { type: ["Source"] },
    });
  }
  for (const m of model.tables.measures) {
    const url = rowPath(model, "measures", m.id);
    if (!url) continue;
    const authority = model.actorById.get(m.authority)?.name;
    records.push({
      url,
      content: sentences(m.name, m.instrument, authority, m.target, m.summary),
      language: "en",
      meta: { title: m.name, type: "Measure", date: m.start, ...(authority ? { publisher: authority } : {}) },
      filters: { type: ["Measure"] },
    });
  }
  return records;
}
