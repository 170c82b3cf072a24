// Who controls a deposit's ground is a history (deposit_control.csv), not one value: a state holds
// from its as_of date until the deposit's next state. Pure and dependency-free, so the browser's
// "as of" handling reads the same rule from the marks' data attributes that the build used.

import { firstDay, parsePartialDate } from "./dates.ts";

export type Control = "ukraine" | "russia" | "contested" | "unknown";

export interface ControlState {
  as_of: string;
  control: Control;
  sources: string[];
  notes: string | null;
}

/** The day a state starts to hold: the first day of its (possibly partial) date. */
export const stateStart = (asOf: string): string => {
  const d = parsePartialDate(asOf);
  return d ? firstDay(d) : asOf;
};

/**
 * The state in force on `day` (YYYY-MM-DD), or the latest when `day` is null; null when the first
 * state we know of is later than `day` (nothing had been reported yet). `history` is in date order.
 */
export function controlAt<T extends { as_of: string }>(history: readonly T[], day: string | null): T | null {
  if (day === null) return history[history.length - 1] ?? null;
  let found: T | null = null;
  for (const state of history) {
    if (stateStart(state.as_of) <= day) found = state;
    else break;
  }
  return found;
}

/** Group rows by deposit, each history in date order (the validator also requires the file to be). */
export function controlHistories<T extends { deposit_id: string; as_of: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.deposit_id) ?? [];
    list.push(row);
    out.set(row.deposit_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => stateStart(a.as_of).localeCompare(stateStart(b.as_of)));
  return out;
}

/** A history as one attribute value, "2025-01-08:ukraine 2025-06-27:russia", for the browser. */
export const historyAttr = (history: readonly { as_of: string; control: string }[]): string =>
  history.map((s) => `${stateStart(s.as_of)}:${s.control}`).join(" ");

/** The attribute back into states (start day, control); anything malformed is dropped. */
export function parseHistoryAttr(text: string | null): { as_of: string; control: string }[] {
  return (text ?? "")
    .split(" ")
    .map((part) => /^(\d{4}-\d{2}-\d{2}):([a-z]+)$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ as_of: m[1]!, control: m[2]! }));
}
