// The record as it stood on a day, as a model every chart builder already understands: events up to
// the day, relations and measures in force on it, figures and deal terms known by it, each deposit's
// control as of it. The build draws the story's figures from it, so a step's graphic is the site's own
// chart at that moment, not a second drawing of it.

import { activeOn, knownBy as startsBy } from "./dates.ts";
import { buildModel, type Model } from "./model.ts";
import type { Tables } from "./tables.generated.ts";

export interface AsOfOptions {
  /**
   * Keep every deposit, in the state in force then or unknown before its first report (the mineral
   * charts' words, which describe the map and squares the page keeps drawing). Default: a deposit
   * nobody had yet reported on is left out (the story's figures).
   */
  keepDeposits?: boolean;
}

export function tablesAsOf(tables: Tables, day: string, options: AsOfOptions = {}): Tables {
  const events = tables.events.filter((e) => startsBy(e.date, day));
  const eventIds = new Set(events.map((e) => e.id));
  const figures = tables.figures.filter((f) => startsBy(f.as_of, day));
  const figureIds = new Set(figures.map((f) => f.id));
  return {
    ...tables,
    events,
    event_actors: tables.event_actors.filter((l) => eventIds.has(l.event)),
    // An era shows once the event that opens it has happened.
    eras: tables.eras.filter((e) => eventIds.has(e.start_event)),
    relations: tables.relations.filter((r) => activeOn(r.start, r.end, day)),
    measures: tables.measures.filter((m) => startsBy(m.start, day) && (!m.event || eventIds.has(m.event))),
    figures,
    deal_terms: tables.deal_terms.filter((t) => startsBy(t.version_date, day)),
    deposit_control: tables.deposit_control.filter((s) => startsBy(s.as_of, day)),
    // A deposit nobody had yet reported on is left out rather than drawn with an empty date.
    deposits: options.keepDeposits ? tables.deposits : tables.deposits.filter((d) => tables.deposit_control.some((s) => s.deposit_id === d.id && startsBy(s.as_of, day))),
    disputes: tables.disputes.filter((d) => d.subject_table !== "figures" || figureIds.has(d.subject_id)),
  };
}

const cache = new WeakMap<Model, Map<string, Model>>();

/** The model as of `day` (YYYY-MM-DD), built once per day and options. */
export function modelAsOf(model: Model, day: string, options: AsOfOptions = {}): Model {
  let byDay = cache.get(model);
  if (!byDay) cache.set(model, (byDay = new Map()));
  const key = `${day}${options.keepDeposits ? "+deposits" : ""}`;
  let hit = byDay.get(key);
  if (!hit) {
    hit = buildModel(tablesAsOf(model.tables, day, options), model.descriptor, model.lastUpdated, model);
    byDay.set(key, hit);
  }
  return hit;
}
