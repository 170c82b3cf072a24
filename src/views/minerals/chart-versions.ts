// A mineral chart's words (and, for the deal's terms, its drawing) as the record stood between one
// change and the next: a figure reported, a deal text dated, a deposit changing hands. The build
// writes every version once, each with the span of days it held; with ?date= the page only shows the
// version whose span holds the date (as-of-bar.ts), so no view re-joins rows in the browser and the
// page without a date shows exactly today's chart.

import { tablesAsOf } from "../../data/as-of-model.ts";
import { firstDay, formatPartialDate, parsePartialDate } from "../../data/dates.ts";
import { buildModel, type Model } from "../../data/model.ts";
import { mapSvg, type Chart, type Drawing } from "../../charts/chart.ts";
import { dealTextOn } from "./deal-terms.ts";
import { CHARTS, getChart } from "../../charts/registry.ts";
import { scopeIds } from "../story/story-figure.ts";
import type { Version } from "../../site/as-of/version.ts";

export interface DrawingVersion {
  drawing: Drawing;
  narrow?: Drawing;
  /** Said above the drawing in place of or beside it (no text yet, the latest text then); null today. */
  note: string | null;
  /** Nothing to draw then (before the first draft): the note stands alone. */
  empty: boolean;
}

export interface ChartVersions {
  takeaway: Version<string>[];
  description: Version<string>[];
  /** Only for charts whose drawing switches with the date (the deal's texts). */
  drawing: Version<DrawingVersion>[] | null;
}

/** Charts whose drawing itself is replaced by the one in force; the others recolour or dim marks. */
const DRAWN_AS_OF = new Set(["minerals-deal-terms", "minerals-deal-drafts"]);

const day = (text: string): string | null => {
  const d = parsePartialDate(text);
  return d ? firstDay(d) : null;
};

/**
 * Days on which a chart's record changes: a figure among its rows reported, a deposit among them
 * changing hands, a deal text dated (all the deal's texts for the deal's charts, whose note names
 * the latest). Only these days are worth a version; a chart of USGS figures has none.
 */
export function changeDays(model: Model, chart: Chart): string[] {
  const t = model.tables;
  const ids = new Set(chart.rows.map((r) => String(r.id ?? "")));
  const days = [
    ...t.figures.filter((f) => ids.has(f.id)).map((f) => f.as_of),
    ...t.deposit_control.filter((s) => ids.has(s.deposit_id)).map((s) => s.as_of),
    ...t.deal_terms.filter((d) => DRAWN_AS_OF.has(chart.id) || ids.has(d.id)).map((d) => d.version_date),
  ].map(day);
  return [...new Set(days.filter((d): d is string => d !== null))].sort();
}

/**
 * The record as of `on` for the mineral charts: as modelAsOf, except that every deposit stays (in the
 * state in force then, or unknown before its first report), because the map and the side-by-side
 * chart keep drawing every deposit and only change its colour. Made afresh, not kept: the versions
 * are made in one pass over the days (allChartVersions), so each day's record is read once and can
 * go. Kept for the whole build, as modelAsOf keeps the story's, the fifty-odd days' records were
 * 280 MB of the build's memory at a hundred times today's data.
 */
const mineralsModelAt = (model: Model, on: string): Model =>
  buildModel(tablesAsOf(model.tables, on, { keepDeposits: true }), model.descriptor, model.lastUpdated, model);

/** Values at each span's start merged into versions: neighbours with equal values become one. */
function spans<T>(starts: readonly string[], values: readonly T[]): Version<T>[] {
  const out: Version<T>[] = [];
  starts.forEach((from, i) => {
    const until = starts[i + 1] ?? "";
    const value = values[i]!;
    const last = out[out.length - 1];
    if (last && JSON.stringify(last.value) === JSON.stringify(value)) last.until = until;
    else out.push({ from, until, value });
  });
  return out;
}

/** What one chart shows as of a span's start: its words and, for the deal's charts, its drawing. */
interface Shown {
  words: { takeaway: string; description: string };
  drawing: DrawingVersion | null;
}

const cache = new WeakMap<Model, Map<string, ChartVersions | null>>();

/** A mineral chart's versions through time; null for charts that never change with the record. */
export function chartVersions(model: Model, id: string): ChartVersions | null {
  // Other charts (the timeline, the network) never ask for the mineral charts' days.
  if (!id.startsWith("minerals-")) return null;
  let byId = cache.get(model);
  if (!byId) cache.set(model, (byId = allChartVersions(model)));
  if (!byId.has(id)) byId.set(id, null);
  return byId.get(id)!;
}

/**
 * Every mineral chart's versions, made in one pass over the days: each span's record (the model
 * as of its start) is made once and read by every chart that changes then, rather than once per
 * chart; the money panels share most of their days. The last span of each chart (from its last
 * change on) is today's full model, so it always equals what the page shows without a date.
 */
function allChartVersions(model: Model): Map<string, ChartVersions | null> {
  const out = new Map<string, ChartVersions | null>();
  const starts = new Map<string, string[]>();
  for (const { id } of CHARTS) {
    if (!id.startsWith("minerals-")) continue;
    const days = changeDays(model, getChart(model, id));
    if (days.length === 0) out.set(id, null);
    else starts.set(id, ["", ...days]);
  }
  const first = [...model.tables.deal_terms].map((t) => t.version_date).sort()[0];
  const shown = (m: Model, id: string): Shown => {
    const c: Chart = getChart(m, id);
    if (!DRAWN_AS_OF.has(id)) return { words: { takeaway: c.takeaway, description: c.description }, drawing: null };
    const empty = c.rows.length === 0;
    // Once every text is known the drawing is today's, and says nothing more.
    const note = m.tables.deal_terms.length === model.tables.deal_terms.length ? null : `${dealTextOn(m, first ? formatPartialDate(first) : null)}${empty && m.tables.deal_terms.length > 0 ? " The texts this chart compares came later." : ""}`;
    return { words: { takeaway: c.takeaway, description: c.description }, drawing: { drawing: c.drawing, narrow: c.narrow, note, empty } };
  };
  // Span starts that need the record as it stood then (every start but each chart's last).
  const charts = new Map<string, string[]>();
  for (const [id, list] of starts) {
    for (const from of list.slice(0, -1)) charts.set(from, [...(charts.get(from) ?? []), id]);
  }
  const values = new Map<string, Map<string, Shown>>([...starts.keys()].map((id) => [id, new Map()]));
  for (const from of [...charts.keys()].sort()) {
    const m = mineralsModelAt(model, from);
    for (const id of charts.get(from)!) values.get(id)!.set(from, shown(m, id));
  }
  for (const [id, list] of starts) {
    const at = values.get(id)!;
    at.set(list.at(-1)!, shown(model, id));
    const all = list.map((from) => at.get(from)!);
    const words = spans(list, all.map((v) => v.words));
    const split = <K extends "takeaway" | "description">(key: K): Version<string>[] =>
      merge(words.map((v) => ({ from: v.from, until: v.until, value: v.value[key] })));
    const drawing = DRAWN_AS_OF.has(id) ? scoped(spans(list, all.map((v) => v.drawing!))) : null;
    out.set(id, { takeaway: split("takeaway"), description: split("description"), drawing });
  }
  return out;
}

function merge(list: Version<string>[]): Version<string>[] {
  const out: Version<string>[] = [];
  for (const v of list) {
    const last = out[out.length - 1];
    if (last && last.value === v.value) last.until = v.until;
    else out.push({ ...v });
  }
  return out;
}

/** Ids inside each earlier version are its own, so several drawings of one chart can share a page. */
function scoped(plain: Version<DrawingVersion>[]): Version<DrawingVersion>[] {
  return plain.map((v) => {
    if (v.until === "") return v;
    const scope = `v${v.from || "start"}`;
    return { ...v, value: { ...v.value, drawing: mapSvg(v.value.drawing, (svg) => scopeIds(svg, scope)), narrow: mapSvg(v.value.narrow, (svg) => scopeIds(svg, `${scope}-narrow`)) } };
  });
}
