// A dense timeline (counts per month, timeline-density.ts) zoomed in: when the window holds few
// enough events to draw one by one, the island fetches the months in view (/timeline/YYYY-MM.json,
// written by the build) and draws their events in place of the bars. Pure: which months, whether
// to draw events, and what a fetched file may hold.

import { safeExternalUrl } from "../../site/safe-url.ts";

export interface Bin {
  month: string;
  count: number;
  f0: number;
  f1: number;
}

export interface Window {
  v0: number;
  v1: number;
}

/**
 * "YYYY-MM" of a (partial) date as the bars count it: a year-only date in its January (the build's
 * monthOf in timeline-density.ts); "" for anything else.
 */
export const monthOfDate = (date: string): string => (/^\d{4}$/.test(date) ? `${date}-01` : /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : "");

/** At most this many events in the window are drawn one by one; more, and the bars stay. */
export const DETAIL_MAX_EVENTS = 200;

/** The bars' edges are written to six decimals: a month ending where the window starts must not count. */
const EPSILON = 1e-6;
const overlaps = (b: Bin, v0: number, v1: number) => b.f1 > v0 + EPSILON && b.f0 < v1 - EPSILON;

/** Events in the window, counted from the bars (a month's bar counts whether it is partly or wholly in view). */
export function eventsInWindow(bins: readonly Bin[], view: Window): number {
  let n = 0;
  for (const b of bins) if (overlaps(b, view.v0, view.v1)) n += b.count;
  return n;
}

/** Whether the window is narrow enough to draw its events one by one. */
export const drawsEvents = (bins: readonly Bin[], view: Window, max = DETAIL_MAX_EVENTS): boolean => bins.length > 0 && eventsInWindow(bins, view) <= max;

/**
 * The months to have loaded for this window, in time order: those in view and, so a short pan
 * finds its events already there, those within a quarter of the window's width either side.
 */
export function monthsFor(bins: readonly Bin[], view: Window): string[] {
  const margin = (view.v1 - view.v0) / 4;
  const months = new Set<string>();
  for (const b of bins) if (overlaps(b, view.v0 - margin, view.v1 + margin)) months.add(b.month);
  return [...months].sort();
}

/** One event of a month's file: placed on the axis by the build (timelineMonths), its text as data. */
export interface LoadedEvent {
  id: string;
  /** Fractions of the full span: anchor, first and last day covered. */
  f: number;
  f0: number;
  f1: number;
  /** Centre of the mark in the wide drawing's units (its lane and the stacking of same-day events). */
  y: number;
  r: number;
  track: string;
  /** Dated to a month or year only: drawn hollow. */
  imprecise: boolean;
  /** The event's (partial) date, "YYYY", "YYYY-MM" or "YYYY-MM-DD": dimmed when after ?date=. */
  date: string;
  /** Its label as the build would draw it: text, width in pixels, baseline in its lane's lowest row. */
  label?: LoadedLabel;
  /** "3 March 2025" or "3 March 2025 to 5 April 2025". */
  when: string;
  headline: string;
  summary: string;
  href: string;
}

export interface LoadedLabel {
  text: string;
  w: number;
  y: number;
  anchor: "start" | "end";
}

export interface Track {
  label: string;
  color: string;
}

export interface LoadedMonth {
  month: string;
  /** Track id -> its name (the detail panel's kicker) and colour. */
  tracks: Record<string, Track>;
  events: LoadedEvent[];
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === "string";
/** Links only within the site (a path) or to http(s), never javascript: or data:. */
const safeHref = (v: unknown): v is string => isText(v) && (/^\/(?!\/)/.test(v) || safeExternalUrl(v) !== null);

/**
 * A fetched month file, checked: events missing a field or with a link outside the site are left
 * out rather than drawn wrong; anything not shaped like a month file gives null.
 */
export function readMonth(json: unknown, month: string): LoadedMonth | null {
  if (typeof json !== "object" || json === null) return null;
  const data = json as { month?: unknown; tracks?: unknown; events?: unknown };
  if (data.month !== month || !Array.isArray(data.events)) return null;
  const tracks: Record<string, Track> = {};
  if (typeof data.tracks === "object" && data.tracks !== null) {
    for (const [k, v] of Object.entries(data.tracks)) {
      const t = v as Partial<Track> | null;
      // A colour is a hex code or a custom property, nothing that could carry more.
      if (t && isText(t.label) && isText(t.color) && /^(#[0-9a-f]{3,8}|var\(--[\w-]+\))$/i.test(t.color)) tracks[k] = { label: t.label, color: t.color };
    }
  }
  const events = data.events.filter((e): e is LoadedEvent => {
    if (typeof e !== "object" || e === null) return false;
    const x = e as Record<string, unknown>;
    return isText(x.id) && isNumber(x.f) && isNumber(x.f0) && isNumber(x.f1) && isNumber(x.y) && isNumber(x.r) && isText(x.track) && Object.hasOwn(tracks, x.track) && isText(x.date) && isText(x.when) && isText(x.headline) && isText(x.summary) && safeHref(x.href);
  });
  return { month, tracks, events: events.map(({ label, ...e }) => ({ ...e, imprecise: e.imprecise === true, ...(readLabel(label) && { label: readLabel(label)! }) })) };
}

/** A label that is not all there is left off: the event is drawn unlabelled. */
function readLabel(v: unknown): LoadedLabel | null {
  if (typeof v !== "object" || v === null) return null;
  const l = v as Record<string, unknown>;
  if (!isText(l.text) || !isNumber(l.w) || !isNumber(l.y) || (l.anchor !== "start" && l.anchor !== "end")) return null;
  return { text: l.text, w: l.w, y: l.y, anchor: l.anchor };
}
