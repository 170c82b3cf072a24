// Bounds on values that passed their type check: numbers that a chart and JSON can hold exactly,
// dates inside the window the schema declares (and never in the future where it says so), URLs
// that carry no user name or password, and cells that match their pattern within a time limit.
// Everything here reads the limits from datapackage.json; nothing is a hidden constant of the code.

import type { Cell } from "./csv.ts";
import { firstDay, lastDay, parsePartialDate } from "./dates.ts";
import type { Field } from "./descriptor.ts";
import { matchPatterns, PATTERN_TIME_LIMIT_MS } from "./safe-pattern.ts";
import { showValue } from "./show.ts";
import type { Problem } from "./validate.ts";

/** The limits the schema declares for a field, in words for the data dictionary ("" when none). */
export function describeLimits(field: Field): string {
  const c = field.constraints ?? {};
  const parts: string[] = [];
  if (c.maxLength !== undefined) parts.push(field.type === "list" ? `at most ${c.maxLength} items` : `at most ${c.maxLength} characters`);
  if (typeof c.minimum === "number" && typeof c.maximum === "number") parts.push(`from ${c.minimum} to ${c.maximum}`);
  else if (typeof c.minimum === "number") parts.push(`${c.minimum} or more`);
  if (typeof c.minimum === "string") {
    const until = typeof c.maximum === "string" ? c.maximum : c["x-not-in-future"] ? "today" : null;
    parts.push(until ? `from ${c.minimum} to ${until}` : `from ${c.minimum} on`);
  } else if (c["x-not-in-future"]) {
    parts.push("not after today");
  }
  return parts.join("; ");
}

/** Why a number cell cannot be stored as the number it says, or null. */
export function numberProblem(field: Field, value: string): { message: string; expected: string } | null {
  const n = Number(value);
  if (!Number.isFinite(n)) {
    return { message: `${showValue(value)} in column ${field.name} is too large to be a number`, expected: "a number below 10^308; write very large figures with a unit or scale" };
  }
  if (field.type === "integer" && !Number.isSafeInteger(n)) {
    return { message: `${showValue(value)} in column ${field.name} is too large to store exactly`, expected: "a whole number of at most 9007199254740991" };
  }
  return null;
}

/**
 * Today where the date is latest (UTC+14), so a source read today anywhere on Earth is never "in
 * the future" on a build machine in another time zone.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Today on the maintainer's own calendar: the date a drafted line (a redirect, a change-log entry)
 * proposes. Not latestToday(), which runs up to 14 hours ahead and would date the line tomorrow.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Date-window and URL checks for a cell that passed its type, format and constraint checks. */
export function checkValueBounds(field: Field, cell: Cell, file: string, problems: Problem[], today: string): void {
  const c = field.constraints ?? {};
  const value = cell.value;
  const at = (message: string, expected: string) => problems.push({ file, line: cell.line, column: cell.column, message, expected });
  const dateLike = field.type === "date" || field.format === "partial-date";
  if (dateLike) {
    const d = parsePartialDate(value);
    if (!d) return; // reported by the type check
    const min = typeof c.minimum === "string" ? parsePartialDate(c.minimum) : null;
    const max = typeof c.maximum === "string" ? parsePartialDate(c.maximum) : null;
    const window = min && max ? `a date from ${c.minimum} to ${c.maximum}` : min ? `a date from ${c.minimum} on` : "a date";
    if (min && lastDay(d) < firstDay(min)) at(`${field.name} ${value} is before ${c.minimum}`, window);
    else if (max && firstDay(d) > lastDay(max)) at(`${field.name} ${value} is after ${c.maximum}`, window);
    if (c["x-not-in-future"] && firstDay(d) > today) at(`${field.name} ${value} is in the future`, "a date no later than today");
  }
  if (field.format === "uri") {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      return; // reported by the format check
    }
    if (url.username !== "" || url.password !== "") {
      at(`${showValue(value)} in column ${field.name} has a user name or password before the host ${url.hostname}`, "a URL without credentials: a link that reads like one site and goes to another is how phishing works");
    }
  }
}

export interface PatternCell {
  field: Field;
  cell: Cell;
  file: string;
}

/**
 * Match every pattern cell of every table in as few time-limited runs as possible; report
 * mismatches, and a pattern that stalls at the cell where it stalled.
 */
export function checkPatterns(cells: readonly PatternCell[], problems: Problem[]): void {
  const results = matchPatterns(cells.map(({ field, cell }) => ({ pattern: field.constraints!.pattern!, value: cell.value })));
  cells.forEach(({ field, cell, file }, i) => {
    const at = (message: string, expected: string) => problems.push({ file, line: cell.line, column: cell.column, message, expected });
    const pattern = field.constraints!.pattern!;
    if (results[i] === false) at(`${showValue(cell.value)} in column ${field.name} does not have the required form`, `text matching ${pattern}`);
    if (results[i] === "timeout") {
      const rest = results.slice(i + 1).filter((r, k) => r === undefined && cells[i + 1 + k]!.field.constraints!.pattern === pattern).length;
      at(
        `matching ${showValue(cell.value)} against the pattern of column ${field.name} took over ${PATTERN_TIME_LIMIT_MS / 1000} s and was stopped${rest > 0 ? `; ${rest} later cell${rest === 1 ? " was" : "s were"} not checked against it` : ""}`,
        "a pattern in datapackage.json that does not backtrack: no repeated group inside a repeated group, such as (a+)+",
      );
    }
  });
}
