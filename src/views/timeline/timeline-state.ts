// The timeline's state as the address holds it (a window in time, tracks, an actor, a text) and
// which events it shows: pure, so reading a shared link and filtering are tested without a page.

import { dayAt, isoOfDay, type Domain } from "./timeline-scale.ts";
import { readList, type StateValue } from "../../client/url-state.ts";

export interface TimelineFilter {
  /** Tracks shown. */
  tracks: ReadonlySet<string>;
  /** Only events this actor took part in; "" for all. */
  actor: string;
  /** Only events whose headline holds this text (any case); "" for all. */
  text: string;
}

export interface TimelineState extends TimelineFilter {
  /** The window in days ("YYYY-MM-DD", both included), or null for the whole span. */
  range: { from: string; to: string } | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Read a shared address. No track named means every track; a half or malformed window means the whole span. */
export function readTimelineState(params: URLSearchParams, allTracks: readonly string[]): TimelineState {
  const from = params.get("from");
  const to = params.get("to");
  const named = readList(params, "track");
  return {
    range: from && to && DAY.test(from) && DAY.test(to) ? { from, to } : null,
    tracks: new Set(named.length > 0 ? named : allTracks),
    actor: params.get("actor") ?? "",
    text: params.get("text") ?? "",
  };
}

/** The filter part of the address; what is at its default is left out, so the plain view has a clean address. */
export function filterQuery(f: TimelineFilter, allTracks: readonly string[]): Record<string, StateValue> {
  const all = allTracks.every((t) => f.tracks.has(t));
  return { track: all ? null : allTracks.filter((t) => f.tracks.has(t)), actor: f.actor || null, text: f.text || null };
}

/** The window part of the address: the days the view's edges fall on, or nothing for the whole span. */
export function windowQuery(view: { v0: number; v1: number }, domain: Domain): { from: string | null; to: string | null } {
  const whole = view.v0 <= 0 && view.v1 >= 1;
  return {
    from: whole ? null : isoOfDay(Math.floor(dayAt(domain, view.v0))),
    to: whole ? null : isoOfDay(Math.ceil(dayAt(domain, view.v1)) - 1),
  };
}

export interface EventFacts {
  track: string;
  actors: readonly string[];
  headline: string;
}

/** Whether the filters keep an event. */
export function eventShown(e: EventFacts, f: TimelineFilter): boolean {
  const q = f.text.trim().toLowerCase();
  return f.tracks.has(e.track) && (!f.actor || e.actors.includes(f.actor)) && (!q || e.headline.toLowerCase().includes(q));
}

/** The short count beside the list's heading: "(12 of 131 shown, 3 in the window)". */
export function shortCount(shown: number, total: number, inView: number, zoomed: boolean): string {
  return (shown < total ? `(${shown} of ${total} shown` : `(all ${total} shown`) + (zoomed ? `, ${inView} in the window)` : ")");
}
