// Time on the timeline: days since 1970 (UTC) mapped linearly to a fraction of the full span, plus
// ticks that suit any zoom, from years down to single days. Shared by the build (static SVG) and the
// browser (zoom and pan), so both draw the same axis.

import { MONTHS_SHORT as MONTHS } from "../../data/months.ts";
import { firstDay, lastDay, parsePartialDate } from "../../data/dates.ts";

const DAY_MS = 86_400_000;

/** "2025-03-03" -> days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

export interface Domain {
  /** First day shown (days since 1970). */
  start: number;
  /** Day after the last day shown. */
  end: number;
}

export const fraction = (domain: Domain, day: number): number => (day - domain.start) / (domain.end - domain.start);
export const dayAt = (domain: Domain, f: number): number => domain.start + f * (domain.end - domain.start);

/** The first and last day an event covers (days since 1970), from its dates, partial ones included. */
export function eventDays(date: string, end?: string | null): { first: number; last: number } {
  const start = parsePartialDate(date)!;
  const until = end ? parsePartialDate(end)! : start;
  return { first: dayNumber(firstDay(start)), last: dayNumber(lastDay(until)) };
}

/**
 * Where an event sits on the axis, from its dates: `f0`-`f1` the days it covers as fractions of the
 * domain, and `f` (at `anchorDay`) its mark: the middle of its day, or of the month or year a date
 * without a day covers. The build lays events out with it and the island places them with it from
 * their data-date and data-end, so the page carries no numbers.
 */
export function eventPlace(date: string, end: string | null | undefined, domain: Domain): { anchorDay: number; f: number; f0: number; f1: number } {
  const { first, last } = eventDays(date, end);
  const anchorDay = date.length < 10 && !end ? (first + last + 1) / 2 : first + 0.5;
  return { anchorDay, f: fraction(domain, anchorDay), f0: fraction(domain, first), f1: fraction(domain, last + 1) };
}

export interface Tick {
  day: number;
  label: string;
  /** Year boundaries are drawn stronger. */
  major: boolean;
}

type Unit = { kind: "year" | "month" | "day"; step: number };
const UNITS: Unit[] = [
  { kind: "day", step: 1 }, { kind: "day", step: 2 }, { kind: "day", step: 7 }, { kind: "day", step: 14 },
  { kind: "month", step: 1 }, { kind: "month", step: 3 }, { kind: "month", step: 6 },
  { kind: "year", step: 1 }, { kind: "year", step: 2 }, { kind: "year", step: 5 },
];
const APPROX_DAYS = { day: 1, month: 30.44, year: 365.25 };

/** Ticks between two days, at most about `maxTicks` of them, at the finest unit that fits. */
export function timeTicks(from: number, to: number, maxTicks: number): Tick[] {
  const span = Math.max(1, to - from);
  const unit = UNITS.find((u) => span / (APPROX_DAYS[u.kind] * u.step) <= maxTicks) ?? UNITS[UNITS.length - 1]!;
  const ticks: Tick[] = [];
  const first = new Date(Math.floor(from) * DAY_MS);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  let d = first.getUTCDate();
  if (unit.kind === "year") { y -= y % unit.step; m = 0; d = 1; }
  if (unit.kind === "month") { m -= m % unit.step; d = 1; }
  if (unit.kind === "day" && unit.step === 7) {
    // Weeks start on Mondays so ticks stay put while panning.
    const dow = (first.getUTCDay() + 6) % 7;
    d -= dow;
  }
  for (let guard = 0; guard < 2000; guard++) {
    const day = Date.UTC(y, m, d) / DAY_MS;
    if (day > to) break;
    if (day >= from) {
      const date = new Date(day * DAY_MS);
      const isYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
      const label =
        unit.kind === "year" ? String(date.getUTCFullYear())
        : unit.kind === "month" ? (isYear ? String(date.getUTCFullYear()) : MONTHS[date.getUTCMonth()]!)
        : `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${isYear ? ` ${date.getUTCFullYear()}` : ""}`;
      ticks.push({ day, label, major: isYear });
    }
    if (unit.kind === "year") y += unit.step;
    else if (unit.kind === "month") m += unit.step;
    else d += unit.step;
  }
  return ticks;
}
