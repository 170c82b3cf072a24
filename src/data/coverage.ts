// How current and how even the record is, derived from the data rather than from a build date:
// the newest event, the last day a source was read, and the stretches of time with few events.
// The site's "as of" line and the About page's coverage note come from here, so they cannot
// claim more than the tables hold.

import { firstDay, lastDay, parsePartialDate } from "./dates.ts";

export interface AsOf {
  /** The date of the newest event (its end, if it spans days), as written in the data. */
  eventsTo: string | null;
  /** The newest `accessed` date: the last day someone on the team read a source. */
  sourcesChecked: string | null;
}

interface Dated {
  date: string;
  end?: string | null;
}

/** The newest `accessed` date: the last day anyone on the team read a source. */
export function sourcesCheckedOn(rows: readonly { accessed: string | null }[]): string | null {
  let max: string | null = null;
  for (const r of rows) if (r.accessed && (max === null || r.accessed > max)) max = r.accessed;
  return max;
}

export function dataAsOf(tables: { events: readonly Dated[]; sources: readonly { accessed: string | null }[] }): AsOf {
  let eventsTo: string | null = null;
  let newest = "";
  for (const e of tables.events) {
    const text = e.end ?? e.date;
    const d = parsePartialDate(text);
    if (d && lastDay(d) > newest) {
      newest = lastDay(d);
      eventsTo = text;
    }
  }
  return { eventsTo, sourcesChecked: sourcesCheckedOn(tables.sources) };
}

export interface ThinPeriod {
  /** First quarter of the period, "YYYY-Qn". */
  from: string;
  /** Last quarter of the period, "YYYY-Qn". */
  to: string;
  /** First and last day covered, YYYY-MM-DD. */
  start: string;
  end: string;
  /** Events dated inside it (to the day or month; events known only to the year are not counted). */
  events: number;
  quarters: number;
}

export interface CoverageOptions {
  /** A quarter with fewer events than this is thin. */
  minPerQuarter?: number;
  /** Count up to this day (default: the last day a source was read, else the newest event). */
  until?: string | null;
}

const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

function quarterStart(q: string): string {
  const [y, n] = q.split("-Q");
  return `${y}-${String((Number(n) - 1) * 3 + 1).padStart(2, "0")}-01`;
}

function quarterEnd(q: string): string {
  const [y, n] = q.split("-Q");
  return lastDay(parsePartialDate(`${y}-${String(Number(n) * 3).padStart(2, "0")}`)!);
}

function nextQuarter(q: string): string {
  const [y, n] = q.split("-Q").map(Number) as [number, number];
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
}

/**
 * Runs of consecutive quarters, from the first event to `until`, with fewer than `minPerQuarter`
 * events each. An event counts in the quarter of its first day when it is dated to the month or day.
 */
export function thinPeriods(events: readonly Dated[], { minPerQuarter = 3, until = null }: CoverageOptions = {}): ThinPeriod[] {
  const counts = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  for (const e of events) {
    const d = parsePartialDate(e.date);
    if (!d || d.precision === "year") continue;
    const q = quarterOf(firstDay(d));
    counts.set(q, (counts.get(q) ?? 0) + 1);
    if (first === null || q < first) first = q;
    if (last === null || q > last) last = q;
  }
  if (first === null || last === null) return [];
  const stop = until ? quarterOf(until) : last;
  const periods: ThinPeriod[] = [];
  let run: ThinPeriod | null = null;
  for (let q = first; q <= (stop > last ? stop : last); q = nextQuarter(q)) {
    const n = counts.get(q) ?? 0;
    if (n < minPerQuarter) {
      if (run) {
        run.to = q;
        run.end = quarterEnd(q);
        run.events += n;
        run.quarters += 1;
      } else {
        run = { from: q, to: q, start: quarterStart(q), end: quarterEnd(q), events: n, quarters: 1 };
        periods.push(run);
      }
    } else {
      run = null;
    }
  }
  // The current quarter ends at `until`, not at the quarter's end.
  const lastRun = periods.at(-1);
  if (lastRun && until && lastRun.end > until) lastRun.end = until;
  return periods;
}
