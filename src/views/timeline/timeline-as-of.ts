// ?date= on the timeline: a marker at the day (drawn by the build, hidden; moved here like every other
// mark), events after it dimmed in the chart and the list, the counts and the detail panel saying
// "as of". Kept apart from timeline.ts, which only calls draw() after each redraw.

import { dayNumber, fraction, type Domain } from "./timeline-scale.ts";
import { currentAsOf, dayLabel, knownBy } from "../../client/as-of-date.ts";

export interface TimelineAsOf {
  /** Move the marker with the view; `xOf` maps a domain fraction to an x in the SVG. */
  draw(xOf: (f: number) => number, width: number): void;
}

const NONE: TimelineAsOf = { draw() {} };

export function timelineAsOf(root: HTMLElement, svg: SVGSVGElement, domain: Domain): TimelineAsOf {
  const date = currentAsOf();
  if (date === null) return NONE;
  const label = dayLabel(date);
  let known = 0;
  const events = [...svg.querySelectorAll<SVGAElement>("a.tl-event")];
  const later = new Set<string>();
  for (const el of events) {
    const id = el.dataset.eventId!;
    if (knownBy(el.dataset.date ?? "", date)) {
      known++;
      continue;
    }
    later.add(id);
    el.classList.add("is-after-date");
    el.setAttribute("aria-label", `${el.getAttribute("aria-label") ?? ""} (after ${label})`);
    const item = root.querySelector<HTMLElement>(`li[data-event-id="${CSS.escape(id)}"]`);
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
  if (count) {
    count.textContent = `As of ${label}: ${known} of ${events.length} events had happened. Later ones are dimmed.`;
    count.hidden = false;
  }

  // The detail panel says when the event it shows came after the date.
  const panel = root.querySelector<HTMLElement>("[data-panel]");
  const panelNote = root.querySelector<HTMLElement>("[data-panel-as-of]");
  if (panel && panelNote) {
    const update = () => {
      const href = panel.querySelector<HTMLAnchorElement>("[data-panel-link]")?.getAttribute("href") ?? "";
      const id = events.map((e) => e.dataset.eventId!).find((e) => href.includes(`/events/${e}/`));
      panelNote.hidden = !id || !later.has(id);
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
  };
}
