// The span of days the record covers, for the "as of" date: from the first day of the earliest
// event's year to the last day of the year of the newest event or source reading. A date outside
// it could only show an empty or unchanged record, so the views refuse it with a note.

import type { Model } from "./model.ts";

export function recordSpan(model: Model): { min: string; max: string } {
  const first = model.events[0]?.date.slice(0, 4) ?? "2014";
  const last = [model.asOf.eventsTo, model.asOf.sourcesChecked, model.events[model.events.length - 1]?.date]
    .filter((d): d is string => Boolean(d))
    .map((d) => d.slice(0, 4))
    .sort()
    .pop() ?? first;
  return { min: `${first}-01-01`, max: `${last}-12-31` };
}
