// Partial dates: ISO 8601 prefixes whose length is their precision ("2025", "2025-03", "2025-03-03").
// A partial date stands for an interval of days; comparisons use its first and last day so that
// "2025-03" is neither before nor after "2025-03-15".

import { MONTHS_LONG as MONTHS } from "./months.ts";

export type Precision = "year" | "month" | "day";

export interface PartialDate {
  text: string;
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Proleptic Gregorian calendar, by arithmetic: Date.UTC reads years 0-99 as 1900-1999, which
 * made 0000-02-29 (year 0 is a leap year) look impossible. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}

/** Parse a partial date; null when the text is not one or names a day that does not exist. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { text, year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { text, year, month, precision: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { text, year, month, day, precision: "day" };
}

/** A full date (YYYY-MM-DD) that exists in the calendar. */
export function isFullDate(text: string): boolean {
  return parsePartialDate(text)?.precision === "day";
}

/** First day covered, as "YYYY-MM-DD" (sorts as text). */
export function firstDay(d: PartialDate): string {
  return `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** Last day covered, as "YYYY-MM-DD". */
export function lastDay(d: PartialDate): string {
  const month = d.month ?? 12;
  return `${d.year}-${pad(month)}-${pad(d.day ?? daysInMonth(d.year, month))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** True when `end` certainly lies before `start`: every day it covers precedes every day of start. */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return lastDay(end) < firstDay(start);
}

/**
 * Is an interval active on day `on` (YYYY-MM-DD)? Start counts from its first day, end through its
 * last day; an empty end means ongoing or unknown, so the interval stays open.
 */
export function activeOn(start: string, end: string | null, on: string): boolean {
  const s = parsePartialDate(start);
  if (!s || firstDay(s) > on) return false;
  if (end === null || end === "") return true;
  const e = parsePartialDate(end);
  return !e || lastDay(e) >= on;
}

/** Format at the date's own precision: "2025", "March 2025", "3 March 2025". */
export function formatPartialDate(text: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  if (d.precision === "year") return String(d.year);
  const month = MONTHS[(d.month ?? 1) - 1];
  return d.precision === "month" ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

// First days by date text, for sorting. A sort compares each date with many others, and at a
// hundred times today's data the build sorts hundreds of thousands of rows, often the same lists
// again (a page per actor, the record as of each change), and parsing both dates on every
// comparison added up to seconds. Date texts repeat, so the map stays small; it is emptied if it
// ever grows past what any record holds.
const firstDays = new Map<string, string | null>();
const FIRST_DAYS_MAX = 100_000;

function firstDayOf(text: string): string | null {
  let day = firstDays.get(text);
  if (day === undefined) {
    const d = parsePartialDate(text);
    day = d ? firstDay(d) : null;
    if (firstDays.size >= FIRST_DAYS_MAX) firstDays.clear();
    firstDays.set(text, day);
  }
  return day;
}

/** Sort key for chronological order: first day, then coarser precision first. */
export function compareDates(a: string, b: string): number {
  const fa = firstDayOf(a);
  const fb = firstDayOf(b);
  if (fa === null || fb === null) return a.localeCompare(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.length - b.length;
}

/**
 * Was a (possibly partial) date reached by `day` (YYYY-MM-DD)? A partial date counts from its first
 * day: "2025-03" is known by 2025-03-01. Text that is not a date is never known. The one rule every
 * "as of" view uses (the bar, the timeline, the network's panel, the build's record as of a day).
 */
export function knownBy(date: string | null | undefined, day: string): boolean {
  const d = date ? parsePartialDate(date) : null;
  return d !== null && firstDay(d) <= day;
}

/** Had a (possibly partial) end date passed before `day`? "2025-03" ends after 2025-03-31. */
export function endedBefore(date: string | null | undefined, day: string): boolean {
  const d = date ? parsePartialDate(date) : null;
  return d !== null && lastDay(d) < day;
}

/**
 * Is `day` inside a build-time version's span [from, until)? Both are first days (YYYY-MM-DD);
 * an empty `from` is the beginning of the record, an empty `until` is open (still the case).
 */
export function inSpan(from: string, until: string, day: string): boolean {
  return (from === "" || from <= day) && (until === "" || day < until);
}
