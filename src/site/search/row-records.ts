// At scale, the event and actor pages go into the search index as records made from their rows
// rather than read from their HTML. Pagefind's indexer holds about seventy bytes per byte of text
// it indexes, and a page's text repeats other rows (an actor's page lists every event and relation
// it is in, an event's page each source's address): at a hundred times today's data the pages
// part held 4.8 GB. A record keeps what a reader searches an event or actor by — its own words,
// who took part, who reported it — and the indexer no longer parses 32,000 HTML files.
// Today's data (and up to ROW_PAGES_FROM_HTML pages) is still read from the HTML, as before.

import type { Model } from "../../data/model.ts";
import { formatPartialDate } from "../../data/dates.ts";
import { LABELS } from "../../data/tables.generated.ts";
import { countryName } from "../../data/countries.ts";
import { rowPath } from "../row-paths.ts";
import { sentences, type SearchRecord } from "./records.ts";
import { wholeSetting } from "../whole-setting.ts";

/** Up to this many event and actor pages together, search reads those pages' HTML. */
export const ROW_PAGES_FROM_HTML = 1000;

/**
 * Whether the event and actor pages are indexed as records (rowPageRecords) instead of HTML.
 * SEARCH_ROW_PAGES_FROM_HTML (for tests and trials) sets the number in place of ROW_PAGES_FROM_HTML.
 */
export function indexRowsAsRecords(model: Model, env: Record<string, string | undefined> = process.env): boolean {
  const limit = wholeSetting(env.SEARCH_ROW_PAGES_FROM_HTML, 0) ?? ROW_PAGES_FROM_HTML;
  return model.tables.events.length + model.tables.actors.length > limit;
}

/** Output folders holding only event and actor pages, which the HTML part then skips. */
export const ROW_PAGE_FOLDERS = ["events", "actors"] as const;

export function rowPageRecords(model: Model): SearchRecord[] {
  const records: SearchRecord[] = [];
  const publisher = (id: string) => model.sourceById.get(id)?.publisher;
  for (const e of model.tables.events) {
    const when = formatPartialDate(e.date) + (e.end ? ` – ${formatPartialDate(e.end)}` : "");
    const actors = (model.actorsOfEvent.get(e.id) ?? []).map(({ actor, role }) => `${actor.name} (${role})`);
    records.push({
      url: rowPath(model, "events", e.id)!,
      content: sentences(e.headline, LABELS.events.track[e.track], when, e.summary, e.notes, actors.length > 0 && `Actors: ${actors.join(", ")}`, `Sources: ${[...new Set(e.sources.map(publisher))].filter(Boolean).join(", ")}`),
      language: "en",
      meta: { title: e.headline, type: "Event", date: e.date },
      filters: { type: ["Event"] },
    });
  }
  for (const a of model.tables.actors) {
    const parent = a.parent ? model.actorById.get(a.parent)?.name : undefined;
    records.push({
      url: rowPath(model, "actors", a.id)!,
      content: sentences(a.name, `${LABELS.actors.kind[a.kind]} · ${countryName(a.country)}`, a.role, parent && `Part of ${parent}`, a.notes),
      language: "en",
      meta: { title: a.name, type: "Actor" },
      filters: { type: ["Actor"] },
    });
  }
  return records;
}
