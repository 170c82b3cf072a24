// A dense timeline's months in the browser: at scale the build draws counts per month and writes
// each month's events to a file of their own (src/pages/timeline/[month].json.ts); zoomed in far
// enough, the island fetches the months in view and draws their events one by one. This module
// fetches those files (each once) and makes one event's mark; the island decides when.

import { s } from "../../client/dom.ts";
import { markClass, markPaint, markTitle } from "./timeline-mark.ts";
import { monthOfDate, readMonth, type LoadedEvent, type LoadedMonth, type Track } from "./timeline-periods.ts";

/**
 * Fetches a month's events from `${monthsAt}YYYY-MM.json`, once: asking again while the request
 * runs, or after it succeeded, gets the same promise. A month that fails to load resolves to null
 * and is forgotten, so the next zoom or pan asks again (it stays a bar meanwhile).
 */
export function monthFiles(monthsAt: string | undefined): (month: string) => Promise<LoadedMonth | null> {
  const fetched = new Map<string, Promise<LoadedMonth | null>>();
  return (m) => {
    if (!fetched.has(m)) {
      fetched.set(
        m,
        fetch(`${monthsAt}${m}.json`)
          .then((r) => (r.ok ? r.json() : null))
          .then((json) => readMonth(json, m))
          .catch(() => null)
          .then((data) => {
            if (!data) fetched.delete(m);
            return data;
          }),
      );
    }
    return fetched.get(m)!;
  };
}

/** The parts of an event's mark the island moves when the window changes. */
export interface LoadedMarkParts {
  el: SVGAElement;
  span: SVGRectElement;
  circle: SVGCircleElement;
  label: SVGTextElement | null;
}

/**
 * An event from a month's file drawn as the build draws one (timeline.ts): the same paint, classes,
 * name and tooltip. Its label starts hidden: the island places it with the other drawn labels.
 */
export function loadedEventMark(e: LoadedEvent, track: Track): LoadedMarkParts {
  const span = s("rect", { class: "tl-span", y: e.y - 3, height: 6, rx: 3, fill: track.color, opacity: 0.35 });
  const circle = s("circle", { class: markClass(e.imprecise), cy: e.y, r: e.r, ...markPaint(e.imprecise, track.color) });
  const label = e.label ? s("text", { class: "tl-label", display: "none", fill: "var(--fg)", "data-w": e.label.w, y: e.label.y, "text-anchor": e.label.anchor, text: e.label.text }) : null;
  const el = s(
    "a",
    { class: "tl-event", href: e.href, tabindex: "-1", "data-event-id": e.id, "data-track": e.track, "data-f": e.f, "data-date": e.date },
    span, circle, label, s("title", { text: markTitle(e.when, track.label, e.headline) }),
  );
  return { el, span, circle, label };
}

/**
 * "YYYY-MM" of the event whose page is at `href`, read from the page itself (a year-only date
 * counts in January, as the bars do); null if unknown. A shared link to an event on a dense
 * timeline names the event, not its month. `pages` is the island's loader (event-pages.ts), so
 * the page fetched here is the one its panel then shows the details of.
 */
export async function eventMonth(href: string, pages: (href: string) => Promise<Document | null>): Promise<string | null> {
  const page = await pages(href);
  return monthOfDate(page?.querySelector("article[data-event-id] time[datetime]")?.getAttribute("datetime") ?? "") || null;
}
