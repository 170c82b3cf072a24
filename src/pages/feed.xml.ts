// The events feed (Atom), newest first, one entry per event (the 500 latest dated or changed past
// that many: src/site/feed-window.ts). Links are absolute when SITE_URL is
// set; otherwise root-relative (base path included), which feed readers resolve against the feed's
// own address. Entry ids are name-based urn:uuid, so they never depend on where the site is hosted.
import type { APIRoute } from "astro";
import { getModel } from "../data/site.ts";
import { correctionsOf, lastChangeOf } from "../data/change-history.ts";
import { firstDay, formatPartialDate, parsePartialDate } from "../data/dates.ts";
import { trackLabel } from "../charts/palette.ts";
import { atomFeed, nameUuid } from "../site/atom.ts";
import { element } from "../site/markup.ts";
import { paths } from "../site/paths.ts";
import { feedEvents } from "../site/feed-window.ts";
import { safeExternalUrl } from "../site/safe-url.ts";
import { DATA_LICENCE, SITE_NAME } from "../site/identity.ts";

/** The later of the event's own date and the day the log last added or corrected it. */
const latest = (eventTime: string, changed: string | null) => (changed && `${changed}T00:00:00Z` > eventTime ? `${changed}T00:00:00Z` : eventTime);

const dateTime = (partial: string) => {
  const d = parsePartialDate(partial);
  return `${d ? firstDay(d) : partial}T00:00:00Z`;
};

export const GET: APIRoute = ({ site }) => {
  const model = getModel();
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  // A row added or corrected later is news to a feed reader: <updated> is that day, from the
  // change log, not the day the event happened.
  const updatedOf = (event: (typeof model.events)[number]) => latest(dateTime(event.date), lastChangeOf(model.history, event.id));
  const entries = feedEvents([...model.events].reverse(), updatedOf).map((event) => {
    const actors = model.actorsOfEvent.get(event.id) ?? [];
    const sources = event.sources.map((id) => model.sourceById.get(id)).filter((s) => s !== undefined);
    const corrections = correctionsOf(model.history, event.id).map((c) =>
      element("p", {}, element("em", {}, `${c.kind === "update" ? "Updated" : "Corrected"} on ${formatPartialDate(c.date)}: ${c.description}`)),
    );
    const end = event.end ? ` – ${formatPartialDate(event.end)}` : "";
    const content = [
      ...corrections,
      element("p", {}, element("strong", {}, `${formatPartialDate(event.date)}${end}.`), ` ${event.summary}`),
      ...(actors.length > 0 ? [element("p", {}, `Actors: ${actors.map(({ actor, role }) => `${actor.name} (${role})`).join(", ")}.`)] : []),
      element("p", {}, "Sources:"),
      // "" first: a list with no items still closes (<ul></ul>, not <ul/>).
      element("ul", {}, "", ...sources.map((s) => {
        const url = safeExternalUrl(s.url);
        return element("li", {}, `${s.publisher}: `, url ? element("a", { href: url }, s.title) : s.title);
      })),
    ];
    return {
      id: nameUuid(`event:${event.id}`),
      title: event.headline,
      link: absolute(paths.event(event.id)),
      published: dateTime(event.date),
      updated: updatedOf(event),
      summary: event.summary,
      contentHtml: content.map((c) => c.markup).join(""),
      categories: [{ term: event.track, label: trackLabel(event.track) }],
    };
  });
  const xml = atomFeed({
    id: nameUuid("feed:events"),
    title: `${SITE_NAME}: events`,
    subtitle: "Dated events in the sanctions and minerals story, each with its sources. Newest first.",
    link: absolute(paths.timeline()),
    self: absolute(paths.feed()),
    updated: `${model.lastUpdated}T00:00:00Z`,
    author: SITE_NAME,
    rights: `Data: ${DATA_LICENCE.name} (the compilation; each source keeps its own terms)`,
    entries,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
