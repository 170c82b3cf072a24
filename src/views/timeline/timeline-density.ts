// The timeline at scale: past TIMELINE_MAX_MARKS events one mark per event is a smear on a phone,
// megabytes of markup and seconds of script, so the chart draws density instead: per track, one
// bar per month whose height is the number of events that month. Each bar links to the month's own
// list page, so the chart still leads everywhere without JavaScript, and its events as a small JSON
// file (/timeline/YYYY-MM.json) that the island fetches to draw them one by one once the reader
// zooms in far enough (timeline-periods.ts). Today's data (under 200 events) is far below the
// threshold and keeps its individual marks.
//
// TIMELINE_MAX_MARKS (an environment variable, for tests and trials, like LIST_PAGE_ROWS) lowers
// the threshold, so today's data can be built in its dense form without ten times the data.

import type { EventRow } from "../../data/tables.generated.ts";
import { firstDay, formatPartialDate, parsePartialDate } from "../../data/dates.ts";
import { TRACKS } from "../../charts/palette.ts";
import { dayNumber, fraction, type Domain } from "./timeline-scale.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
import { plural } from "../../data/words.ts";
import { wholeSetting } from "../../site/whole-setting.ts";

/** More events than this and the timeline draws counts per month instead of one mark per event. */
export const TIMELINE_MAX_MARKS = 600;

/** The threshold: TIMELINE_MAX_MARKS from the environment when it is a positive whole number. */
export function maxMarks(env: Record<string, string | undefined> = process.env): number {
  return wholeSetting(env.TIMELINE_MAX_MARKS) ?? TIMELINE_MAX_MARKS;
}

/** Whether the timeline of `events` draws counts per month (the chart, its page and the month pages agree). */
export const drawsDensity = (events: readonly unknown[]): boolean => events.length > maxMarks();

export interface MonthBin {
  /** "YYYY-MM" */
  month: string;
  track: EventRow["track"];
  count: number;
  f0: number;
  f1: number;
}

/** "YYYY-MM" of an event's (first) date; a year-only date counts in its January. */
export const monthOf = (e: Pick<EventRow, "date">): string => firstDay(parsePartialDate(e.date)!).slice(0, 7);

const nextMonth = (m: string) => {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
};

/** Events per track and month, in time order, with each month's extent on the axis. */
export function monthBins(events: readonly EventRow[], domain: Domain): MonthBin[] {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${monthOf(e)} ${e.track}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => {
      const [month, track] = key.split(" ") as [string, EventRow["track"]];
      return {
        month, track, count,
        f0: Math.max(0, fraction(domain, dayNumber(`${month}-01`))),
        f1: Math.min(1, fraction(domain, dayNumber(`${nextMonth(month)}-01`))),
      };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || a.track.localeCompare(b.track));
}

export interface DensityGeometry {
  x: (f: number) => number;
  /** Top and height of the band a lane's bars grow in. */
  band: (lane: number) => { top: number; height: number };
  /** Where a month's list lives. */
  monthHref: (month: string) => string;
}

/** The bars, as SVG elements: `<a class="tl-bin">` per month and track, moved by the island on zoom. */
export function densityMarks(bins: readonly MonthBin[], { x, band, monthHref }: DensityGeometry): SvgNode {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const lanes = new Map(TRACKS.map((t, i) => [t.id, i]));
  // One group, so the island hides every bar at once when it draws the events instead.
  return h("g", { class: "tl-bins" }, bins.map((b) => {
    const lane = lanes.get(b.track)!;
    const { top, height } = band(lane);
    // Square-root scale: a month with a few events stays visible beside one with hundreds.
    const barHeight = Math.max(2, height * Math.sqrt(b.count / max));
    const x0 = x(b.f0);
    const label = `${formatPartialDate(b.month)}, ${TRACKS[lane]!.label}: ${plural(b.count, "event")}`;
    return h(
      "a",
      { class: "tl-bin", href: monthHref(b.month), tabindex: "-1", "data-track": b.track, "data-month": b.month, "data-count": String(b.count), "data-f0": b.f0.toFixed(6), "data-f1": b.f1.toFixed(6) },
      h("rect", { x: x0, y: top + height - barHeight, width: Math.max(0.5, x(b.f1) - x0 - 0.5), height: barHeight, fill: TRACKS[lane]!.color }),
      h("title", {}, label),
    );
  }));
}
