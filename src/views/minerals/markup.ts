// What every mineral-stakes chart says about a mark: the focusable "mark" contract the tooltip
// script reads (src/client/tooltip.ts), number and date wording, who says a figure, and the readable
// columns every CSV download carries beside the ids (names, labels, publishers and URLs).

import type { Model } from "../../data/model.ts";
import { LABELS, type MineralStatRow } from "../../data/tables.generated.ts";
import { formatPartialDate, parsePartialDate } from "../../data/dates.ts";
import { formatQuantity } from "../../data/format.ts";
import type { Attrs, Child, SvgNode } from "../../charts/dom.ts";
import { countryName } from "../../data/countries.ts";
import { MONTHS_SHORT as MONTHS } from "../../data/months.ts";

/** What a reader sees on hover or focus: the exact figure, its unit, its date and its source. */
export interface Tip {
  /** The data row the mark draws (mineral_stats, figures, deal_terms or deposits id). */
  rowId: string;
  /** What is measured, who says it. */
  label: string;
  /** The exact figure as the source states it, with qualifier and unit ("more than 85,000,000 t"). */
  display: string;
  /** The number drawn, in the row's own unit and scale; null for a missing figure or a text term. */
  value: number | null;
  unit: string;
  /** Year or date the figure refers to, as a reader reads it. */
  date: string;
  /** Publishers of the row's sources. */
  source: string;
  /** Basis, caveat or reason, if any. */
  note?: string | null;
}

/**
 * Attributes of a focusable mark. The tooltip script reads the data-* attributes; the aria-label
 * says the same for screen readers; tests compare them with the CSV.
 */
export function markAttrs(tip: Tip, extra: Record<string, string> = {}): Attrs {
  const label = `${tip.label}: ${tip.display}${tip.date ? `, ${tip.date}` : ""}. Source: ${tip.source}.${tip.note ? ` ${tip.note}` : ""}`;
  return {
    "data-mark": true,
    "data-row-id": tip.rowId,
    "data-label": tip.label,
    "data-display": tip.display,
    "data-value": tip.value === null ? "" : String(tip.value),
    "data-unit": tip.unit,
    "data-date": tip.date,
    "data-source": tip.source,
    "data-note": tip.note || undefined,
    ...extra,
    tabindex: "0",
    role: "img",
    "aria-label": label,
  };
}

/** The tooltip's words on a mark, which only the wide drawing carries (see withoutTipText). */
const TIP_TEXT = ["data-label", "data-display", "data-unit", "data-date", "data-source", "data-note"];

/** A mark's attributes without the tooltip's words. */
export function withoutTipAttrs(attrs: Attrs): Attrs {
  const out = { ...attrs };
  for (const key of TIP_TEXT) delete out[key];
  return out;
}

/**
 * The narrow drawing of a chart repeats the wide one's marks; its marks keep their row id, value
 * and accessible name, and the tooltip reads the rest from the wide twin of the same row (both are
 * in the page), which spares phones a second copy of every tooltip's text. Applied to the tree as
 * it is drawn (style.ts, drawing()), not to markup afterwards.
 */
export function withoutTipText(node: SvgNode): SvgNode {
  return { tag: node.tag, attrs: withoutTipAttrs(node.attrs), children: node.children.map(strip) };
}

function strip(child: Child): Child {
  if (Array.isArray(child)) return (child as readonly Child[]).map(strip);
  if (child && typeof child === "object" && "tag" in child) return withoutTipText(child);
  return child;
}

/**
 * A source as a reader should credit it: the publisher, and for a reprint the original publisher
 * first ("International Energy Agency (…), as reported by SEAISI").
 */
export function creditOf(model: Pick<Model, "sourceById">, id: string): string {
  const s = model.sourceById.get(id);
  if (!s) return id;
  return s.reprint_of && s.reprint_of !== s.publisher ? `${s.reprint_of}, as reported by ${s.publisher}` : s.publisher;
}

/** Credits of a list of source ids, de-duplicated, for "Source:" lines and tooltips. */
export function publishers(model: Pick<Model, "sourceById">, ids: readonly string[]): string {
  return [...new Set(ids.map((id) => creditOf(model, id)))].join("; ");
}

/** Who says it: the actor's name, or the publisher when the figure is unattributed. */
export function whoSays(model: Model, claimant: string | null, sources: readonly string[]): string {
  if (claimant) return model.actorById.get(claimant)?.name ?? claimant;
  return `unattributed, as reported by ${publishers(model, sources.slice(0, 1))}`;
}

/**
 * A name as a chart label prints it: an acronym in brackets stands for the whole name ("USAID"),
 * any other bracketed remark is left to the tooltip. Never cut short.
 */
function labelName(name: string): string {
  const bracket = /\s*\(([^)]*)\)\s*$/.exec(name);
  if (!bracket) return name;
  const inner = bracket[1]!.trim();
  return /^[A-Z][A-Za-z0-9&.-]{1,7}$/.test(inner) && /[A-Z].*[A-Z]/.test(inner) ? inner : name.slice(0, bracket.index).trim();
}

/** Who says it, short enough for a label: the actor, else the outlet that printed it. */
export function whoShort(model: Model, claimant: string | null, sources: readonly string[]): string {
  if (claimant) return labelName(model.actorById.get(claimant)?.name ?? claimant);
  const s = model.sourceById.get(sources[0] ?? "");
  return s ? `unattributed, via ${s.publisher}` : "unattributed";
}

export const mineralName = (model: Model, id: string): string => model.mineralById.get(id)?.name ?? id;

export const METRIC_LABELS: Record<string, string> = LABELS.mineral_stats.metric;
export const metricLabel = (metric: string): string => METRIC_LABELS[metric] ?? metric;

export const dateLabel = (text: string | null): string => (text ? formatPartialDate(text) : "");

/** A date as a chart label prints it, at its own precision: "2024", "Feb 2025", "19 Feb 2025". */
export function shortDate(text: string | null): string {
  if (!text) return "";
  const d = parsePartialDate(text);
  if (!d) return text;
  if (d.precision === "year") return String(d.year);
  const month = MONTHS[(d.month ?? 1) - 1];
  return d.precision === "month" ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

const QUALIFIER_SIGN: Record<string, string> = { about: "~", "more-than": ">", "less-than": "<", "at-least": "≥", "up-to": "≤" };
export const qualifierSign = (q: string | null | undefined): string => (q ? (QUALIFIER_SIGN[q] ?? "") : "");

const grouped = (v: number, digits = 2) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(v);

/** Tonnes in any of the units the data uses, for comparing figures stated in t, kt and Mt. */
export const TONNES: Record<string, number> = { kg: 1e-3, t: 1, kt: 1e3, Mt: 1e6 };

/** A tonnage as a short label in the largest unit that keeps it readable: "3.8 Mt", "91 Mt", "2,600 t". */
export function tonnage(value: number, unit: string, qualifier?: string | null): string {
  const sign = qualifierSign(qualifier);
  const factor = TONNES[unit];
  if (factor === undefined) return `${sign}${grouped(value)} ${unit}`;
  const t = value * factor;
  if (t >= 1e6) return `${sign}${grouped(t / 1e6, t >= 1e8 ? 0 : t >= 1e7 ? 1 : 2)} Mt`;
  if (t >= 1e5) return `${sign}${grouped(t / 1e3, 0)} kt`;
  if (t < 1 && t > 0) return `${sign}${grouped(t * 1e3)} kg`;
  return `${sign}${grouped(t)} t`;
}

const CURRENCY_SIGN: Record<string, string> = { USD: "$", EUR: "€", RUB: "₽" };
const SCALE_ABBR: Record<string, string> = { thousand: "k", million: "m", billion: "bn", trillion: "tn" };

/** A money figure as a chart label: "~$350bn", "≥$12.4tn", "$7–10tn", "€115bn". */
export function moneyShort(f: { value: number; value_high?: number | null; qualifier?: string | null; unit: string; scale?: string | null }): string {
  const sign = qualifierSign(f.qualifier);
  const amount = `${grouped(f.value)}${f.value_high != null ? `–${grouped(f.value_high)}` : ""}`;
  const cur = CURRENCY_SIGN[f.unit];
  const scale = f.scale ? (SCALE_ABBR[f.scale] ?? ` ${f.scale}`) : "";
  if (cur) return `${sign}${cur}${amount}${scale}`;
  if (f.unit === "%") return `${sign}${amount}%`;
  return `${sign}${amount}${scale} ${f.unit}`;
}

const QUALIFIER_WORDS: Record<string, string> = { about: "about ", "more-than": "more than ", "less-than": "less than ", "at-least": "at least ", "up-to": "up to " };
/** A money figure in a sentence: the qualifier in words ("up to €210bn", "about $76bn"). */
export function moneyWords(f: { value: number; value_high?: number | null; qualifier?: string | null; unit: string; scale?: string | null }): string {
  return `${f.qualifier ? (QUALIFIER_WORDS[f.qualifier] ?? "") : ""}${moneyShort({ ...f, qualifier: null })}`;
}

/** The first publisher, and how many more: a source line short enough for a bar, never cut. */
export function sourceShort(model: Model, ids: readonly string[]): string {
  const names = [...new Set(ids.map((id) => creditOf(model, id)))];
  return names.length > 1 ? `${names[0]} + ${names.length - 1} more` : (names[0] ?? "");
}

/** Readable source columns for a CSV: ids, then publishers and URLs in the same order. */
export function sourceFields(model: Model, ids: readonly string[]): { sources: string; source_publishers: string; source_urls: string } {
  return {
    sources: ids.join(";"),
    source_publishers: ids.map((id) => creditOf(model, id)).join("; "),
    source_urls: ids.map((id) => model.sourceById.get(id)?.url ?? "").join(" "),
  };
}

export const SOURCE_COLUMNS = [
  { key: "sources", label: "Source ids" },
  { key: "source_publishers", label: "Source publishers" },
  { key: "source_urls", label: "Source URLs" },
] as const;

/**
 * The columns every chart of mineral figures exports (table alternative and CSV): the row's own
 * fields, so each line traces back to data/mineral_stats.csv, with names beside the codes.
 */
export const STAT_COLUMNS = [
  { key: "id", label: "Row id" },
  { key: "country", label: "Country code" },
  { key: "country_name", label: "Country" },
  { key: "mineral", label: "Mineral id" },
  { key: "mineral_name", label: "Mineral" },
  { key: "metric", label: "Metric id" },
  { key: "metric_label", label: "Metric" },
  { key: "year", label: "Year" },
  { key: "edition", label: "Edition" },
  { key: "value", label: "Value" },
  { key: "qualifier", label: "Qualifier" },
  { key: "unit", label: "Unit" },
  { key: "basis", label: "Basis" },
  { key: "who", label: "Whose figure" },
  { key: "missing_reason", label: "Why no figure" },
  ...SOURCE_COLUMNS,
] as const;

export type StatFields = Record<(typeof STAT_COLUMNS)[number]["key"], string | number | null>;

export function statFields(model: Model, r: MineralStatRow): StatFields {
  return {
    id: r.id,
    country: r.country,
    country_name: countryName(r.country),
    mineral: r.mineral,
    mineral_name: mineralName(model, r.mineral),
    metric: r.metric,
    metric_label: metricLabel(r.metric),
    year: r.year,
    edition: r.edition,
    value: r.value,
    qualifier: r.qualifier,
    unit: r.unit,
    basis: r.basis,
    who: whoSays(model, r.claimant, r.sources),
    missing_reason: r.missing_reason,
    ...sourceFields(model, r.sources),
  };
}

/** USGS's own figure, from an edition of its Mineral Commodity Summaries (not a claim). */
export const isAssessment = (r: MineralStatRow): boolean => r.claimant === "act-usgs" && r.edition !== null;

/** The tooltip of a mineral figure. */
export function statTip(model: Model, r: MineralStatRow, label: string): Tip {
  return {
    rowId: r.id,
    label,
    display: formatQuantity(r),
    value: r.value,
    unit: r.unit,
    date: dateLabel(r.year),
    source: publishers(model, r.sources),
    note: r.value === null ? r.missing_reason : `${r.basis}${r.edition ? `; ${r.edition}` : ""}`,
  };
}

// One name per country for every view (see lib/countries.ts); re-exported for the mineral charts.
export { countryName };
