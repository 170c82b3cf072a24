// The network view as query parameters, so a view can be shared: the selected actor, filters, date,
// zoom and centre. Parsing is forgiving (unknown values are dropped, numbers clamped by the view);
// writing leaves out whatever is at its default, so the plain page has a clean address.

import { readAsOf } from "../../client/as-of-date.ts";
import { readList, readNumber, type StateValue } from "../../client/url-state.ts";
import type { FilterState } from "./network-filter.ts";

export interface NetworkState extends FilterState {
  /** The selected actor (side panel open). */
  actor: string | null;
  zoom: number;
  /** Centre of the view in chart units; null: the chart's centre. */
  cx: number | null;
  cy: number | null;
}

export interface Universe {
  actors: ReadonlySet<string>;
  types: readonly string[];
  kinds: readonly string[];
  countries: readonly string[];
}

/** The word for "nothing selected" in a filter list, which would otherwise look like "no filter". */
export const NONE = "none";

function readSubset(params: URLSearchParams, key: string, all: readonly string[]): string[] | null {
  if (!params.has(key)) return null;
  const wanted = readList(params, key);
  if (wanted.length === 1 && wanted[0] === NONE) return [];
  const picked = all.filter((v) => wanted.includes(v));
  // A list naming nothing we know (an old link, a typo) shows everything rather than nothing.
  if (picked.length === 0 || picked.length === all.length) return null;
  return picked;
}

/**
 * `span` is the record's first and last day (the as-of bar's bounds): the date is read exactly as
 * the bar reads it, so a date the bar refuses with a note (2025-02-30, 1990-01-01) is never used by
 * the slider either, and the view shows today.
 */
export function parseNetworkState(params: URLSearchParams, u: Universe, span: { min: string; max: string } = { min: "0000", max: "9999" }): NetworkState {
  const actor = params.get("actor");
  const date = readAsOf(params.toString(), span.min, span.max).date;
  const zoom = readNumber(params, "zoom");
  const at = (params.get("at") ?? "").split(",").map((v) => (v === "" ? NaN : Number(v)));
  const [cx, cy] = at.length === 2 && at.every(Number.isFinite) ? (at as [number, number]) : [null, null];
  return {
    actor: actor && u.actors.has(actor) ? actor : null,
    types: readSubset(params, "type", u.types),
    kinds: readSubset(params, "kind", u.kinds),
    countries: readSubset(params, "country", u.countries),
    date,
    zoom: zoom !== null && zoom >= 1 ? zoom : 1,
    cx,
    cy,
  };
}

const subset = (list: readonly string[] | null): StateValue => (list === null ? null : list.length === 0 ? NONE : [...list]);
const round = (n: number, digits: number) => String(Math.round(n * 10 ** digits) / 10 ** digits);

/** Query values for `writeState`: null removes a key. */
export function networkStateQuery(s: NetworkState): Record<string, StateValue> {
  const zoomed = s.zoom > 1.001;
  return {
    actor: s.actor,
    type: subset(s.types),
    kind: subset(s.kinds),
    country: subset(s.countries),
    date: s.date,
    zoom: zoomed ? round(s.zoom, 2) : null,
    at: zoomed && s.cx !== null && s.cy !== null ? `${round(s.cx, 0)},${round(s.cy, 0)}` : null,
  };
}

/** Day arithmetic on "YYYY-MM-DD" strings, in UTC so no time zone shifts a day. */
const MS_PER_DAY = 86_400_000;
const toTime = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => fromTime(toTime(day) + n * MS_PER_DAY);
export const daysBetween = (a: string, b: string): number => Math.round((toTime(b) - toTime(a)) / MS_PER_DAY);

export function addMonths(day: string, n: number): string {
  const d = new Date(toTime(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return fromTime(target.getTime());
}

