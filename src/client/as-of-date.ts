// "The record as it stood on a date": one `date` query parameter (YYYY-MM-DD) that every view reads.
// Pure helpers, shared by the page-wide bar (as-of-bar.ts) and each view's own "as of" handling, so
// all of them accept and refuse the same values. `as_of` and `asof` are accepted as aliases (links
// written by hand); the site itself only ever writes `date`.

import { formatPartialDate } from "../data/dates.ts";
import { DATE_ALIASES, DATE_PARAM } from "../site/as-of/date-keys.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day in YYYY-MM-DD form (2025-02-30 is not). */
export function isCalendarDay(text: string | null | undefined): text is string {
  if (!text || !DAY.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface AsOfRequest {
  /** The valid date, or null for "now". */
  date: string | null;
  /** What the reader asked for when it could not be used (shown in a note), else null. */
  rejected: string | null;
  /** Why it could not be used, in words for the reader. */
  reason: string | null;
}

/**
 * Read the date from a query string. Outside [min, max] (the span the data covers, by year) or not a
 * calendar day, it is refused with a reason: the view then shows "now", never a blank or a crash.
 */
export function readAsOf(search: string, min: string, max: string): AsOfRequest {
  const params = new URLSearchParams(search);
  const raw = params.get(DATE_PARAM) ?? DATE_ALIASES.map((k) => params.get(k)).find((v) => v !== null) ?? null;
  if (raw === null || raw.trim() === "") return { date: null, rejected: null, reason: null };
  const text = raw.trim();
  if (!isCalendarDay(text)) {
    return { date: null, rejected: text, reason: DAY.test(text) ? "there is no such day in the calendar" : "it is not a date in the form YYYY-MM-DD" };
  }
  if (text.slice(0, 4) < min.slice(0, 4) || text.slice(0, 4) > max.slice(0, 4)) {
    return { date: null, rejected: text, reason: `the record covers ${min.slice(0, 4)} to ${max.slice(0, 4)}` };
  }
  return { date: text, rejected: null, reason: null };
}

/** The span of the record the page's bar accepts dates in (the build writes it on the bar). */
export function asOfSpan(doc: Document = document): { min: string; max: string } {
  const bar = doc.querySelector<HTMLElement>("[data-as-of-bar]");
  return { min: bar?.dataset.min ?? "0000", max: bar?.dataset.max ?? "9999" };
}

/** Read the page's date as the bar does, from the bar's bounds; null when none or refused. */
export function currentAsOf(doc: Document = document): string | null {
  if (!doc.querySelector("[data-as-of-bar]")) return null;
  const { min, max } = asOfSpan(doc);
  return readAsOf(doc.location.search, min, max).date;
}

// The partial-date rules live with the data's dates (one helper for build and browser alike).
export { endedBefore, inSpan, knownBy } from "../data/dates.ts";

// Written from the site's month names (src/data/months.ts), not by Intl.DateTimeFormat: the first
// formatter a page builds loads the locale's calendar data, 110-120 ms of one task on a phone (CPU
// slowed 4×), and that task was the network's first Play tap or slider step.

/** "2025-03-03" -> "3 March 2025", as the rest of the site writes dates. */
export const dayLabel = (day: string): string => formatPartialDate(day);

/**
 * The same address with the date set (or removed, for null), for links that carry the reader's
 * moment across the site. Only same-origin page links change: downloads, feeds and other sites keep
 * their address, and a link that already names a date keeps its own.
 */
export function withDate(href: string, date: string | null, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const origin = new URL(base).origin;
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return null;
  // Files (CSV, SVG, PNG, JSON, XML) are not views of the record at a date.
  if (/\.[a-z0-9]+$/i.test(url.pathname) && !/\.html?$/i.test(url.pathname)) return null;
  const params = url.searchParams;
  if (date === null) {
    if (!params.has(DATE_PARAM) && !DATE_ALIASES.some((k) => params.has(k))) return null;
    params.delete(DATE_PARAM);
    for (const k of DATE_ALIASES) params.delete(k);
  } else {
    // A link that names its own date (an event page's "the record on this day") keeps it.
    if (params.has(DATE_PARAM)) return null;
    params.set(DATE_PARAM, date);
  }
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ""}${url.hash}`;
}
