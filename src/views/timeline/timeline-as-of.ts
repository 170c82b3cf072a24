// ?date= on the timeline: a marker at the day (drawn by the build, hidden; moved here like every other
// mark), events after it dimmed in the chart and the list, the counts and the detail panel saying
// "as of". Kept apart from timeline.ts, which only calls draw() after each redraw. A dense timeline
// (counts per month) dims the months after the date, and the island hands over the marks it draws
// from a month's file to be dimmed like the build's.

import { dayNumber, fraction, type Domain } from "./timeline-scale.ts";
import { currentAsOf, dayLabel, knownBy } from "../../client/as-of-date.ts";
import type { LoadedMonth } from "./timeline-periods.ts";
import { markTitleLine } from "./timeline-mark.ts";

export interface TimelineAsOf {
  /** Move the marker with the view; `xOf` maps a domain fraction to an x in the SVG. */
  draw(xOf: (f: number) => number, width: number): void;
  /** A mark the island drew itself (a dense timeline's month): dimmed if its event came after the date. */
  mark(el: SVGAElement, id: string, date: string): void;
}

const NONE: TimelineAsOf = { draw() {}, mark() {} };

/** A dense timeline's months: their counts from the bars, and a loader for one month's events. */
export interface DenseMonths {
  bins: readonly { month: string; count: number }[];
  load: (month: string) => Promise<LoadedMonth | null>;
}

export function timelineAsOf(root: HTMLElement, svg: SVGSVGElement, domain: Domain, dense?: DenseMonths): TimelineAsOf {
  const date = currentAsOf();
  if (date === null) return NONE;
  const label = dayLabel(date);
  const later = new Set<string>();
  /** Dim one mark if its event came after the date; true when it had happened. */
  const dim = (el: SVGAElement, id: string, eventDate: string): boolean => {
    if (knownBy(eventDate, date)) return true;
    later.add(id);
    el.classList.add("is-after-date");
    el.setAttribute("aria-label", `${markTitleLine(el)} (after ${label})`);
    return false;
  };
  let known = 0;
  const events = [...svg.querySelectorAll<SVGAElement>("a.tl-event")];
  for (const el of events) {
    const id = el.dataset.eventId!;
    if (dim(el, id, el.dataset.date ?? "")) {
      known++;
      continue;
    }
    const item = root.querySelector<HTMLElement>(`#item-${CSS.escape(id)}`);
    if (item) {
      item.classList.add("as-of-later");
      const time = item.querySelector("time");
      const tag = document.createElement("span");
      tag.className = "tag";
      tag.textContent = `after ${label}`;
      time?.after(" ", tag);
    }
  }
  const count = root.querySelector<HTMLElement>("[data-as-of-count]");
  const say = (text: string) => {
    if (!count) return;
    count.textContent = text;
    count.hidden = false;
  };
  if (dense && dense.bins.length > 0) {
    // Months that began after the day are dimmed whole; the day's own month is counted from its file.
    const month = date.slice(0, 7);
    for (const bar of svg.querySelectorAll<SVGAElement>("a.tl-bin")) if ((bar.dataset.month ?? "") > month) bar.classList.add("is-after-date");
    let total = 0;
    let before = 0;
    let inMonth = false;
    for (const b of dense.bins) {
      total += b.count;
      if (b.month < month) before += b.count;
      if (b.month === month) inMonth = true;
    }
    const text = (n: number, atLeast = false) => `As of ${label}: ${atLeast ? "at least " : ""}${n.toLocaleString("en")} of ${total.toLocaleString("en")} events had happened. Later ones are dimmed.`;
    if (!inMonth) say(text(before));
    else {
      say(text(before, true));
      void dense.load(month).then((data) => {
        if (data) say(text(before + data.events.filter((e) => knownBy(e.date, date)).length));
      });
    }
  } else say(`As of ${label}: ${known} of ${events.length} events had happened. Later ones are dimmed.`);

  // The detail panel says when the event it shows came after the date.
  const panel = root.querySelector<HTMLElement>("[data-panel]");
  const panelNote = root.querySelector<HTMLElement>("[data-panel-as-of]");
  if (panel && panelNote) {
    const update = () => {
      const href = panel.querySelector<HTMLAnchorElement>("[data-panel-link]")?.getAttribute("href") ?? "";
      const id = /\/events\/([^/?#]+)\//.exec(href)?.[1];
      panelNote.hidden = !id || !later.has(decodeURIComponent(id));
      panelNote.textContent = `This happened after ${label}, the date the record is shown as of.`;
    };
    new MutationObserver(update).observe(panel, { attributes: true, subtree: true, attributeFilter: ["hidden", "href"] });
  }

  const marker = svg.querySelector<SVGGElement>("[data-as-of-marker]");
  const f = fraction(domain, dayNumber(date) + 0.5);
  if (marker) {
    marker.querySelector("text")!.textContent = label;
    marker.setAttribute("aria-hidden", "true");
  }
  return {
    draw(xOf, width) {
      if (!marker) return;
      const x = xOf(f);
      const inside = x >= 0 && x <= width;
      if (!inside) return marker.setAttribute("display", "none");
      marker.removeAttribute("display");
      marker.querySelector("line")!.setAttribute("x1", x.toFixed(1));
      marker.querySelector("line")!.setAttribute("x2", x.toFixed(1));
      const text = marker.querySelector("text")!;
      text.setAttribute("x", (x + (x > width - 110 ? -4 : 4)).toFixed(1));
      text.setAttribute("text-anchor", x > width - 110 ? "end" : "start");
    },
    mark: (el, id, eventDate) => void dim(el, id, eventDate),
  };
}
