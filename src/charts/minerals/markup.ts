// Small pieces every mineral-stakes chart builds its markup from: escaping, the focusable "mark"
// contract the tooltip script reads, number wording and who-says-it labels. SVG is written by hand
// (with d3 scales) rather than through Plot so each mark can carry its row id, a keyboard stop and
// the exact figure, and so panels can reflow as HTML on a phone.

import type { Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import { formatPartialDate } from "../../data/dates.ts";
import { escapeXml } from "../svg.ts";

/** Escape any value for HTML/SVG text content and attribute values. */
export function esc(value: unknown): string {
  return escapeXml(String(value ?? ""));
}

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
 * Attributes of a focusable mark. The tooltip script (src/client/tooltip.ts) reads the data-*
 * attributes; the aria-label says the same for screen readers; tests compare them with the CSV.
 */
export function markAttrs(tip: Tip, extra: Record<string, string> = {}): string {
  const label = `${tip.label}: ${tip.display}${tip.date ? `, ${tip.date}` : ""}. Source: ${tip.source}.${tip.note ? ` ${tip.note}` : ""}`;
  const attrs: Record<string, string> = {
    "data-mark": "",
    "data-row-id": tip.rowId,
    "data-label": tip.label,
    "data-display": tip.display,
    "data-value": tip.value === null ? "" : String(tip.value),
    "data-unit": tip.unit,
    "data-date": tip.date,
    "data-source": tip.source,
    ...(tip.note ? { "data-note": tip.note } : {}),
    ...extra,
    tabindex: "0",
    role: "img",
    "aria-label": label,
  };
  return Object.entries(attrs)
    .map(([k, v]) => (v === "" && k === "data-mark" ? k : `${k}="${esc(v)}"`))
    .join(" ");
}

/** Publishers of a list of source ids, de-duplicated, for "Source:" lines. */
export function publishers(model: Model, ids: readonly string[]): string {
  return [...new Set(ids.map((id) => model.sourceById.get(id)?.publisher ?? id))].join("; ");
}

/** Who says it: the actor's name, or the publisher when the figure is unattributed. */
export function whoSays(model: Model, claimant: string | null, sources: readonly string[]): string {
  if (claimant) return model.actorById.get(claimant)?.name ?? claimant;
  return `unattributed, as reported by ${publishers(model, sources.slice(0, 1))}`;
}

export const COUNTRY_NAMES: Record<string, string> = {
  RU: "Russia",
  UA: "Ukraine",
  CN: "China",
  US: "United States",
  WORLD: "World",
};

export const countryName = (code: string): string => COUNTRY_NAMES[code] ?? code;

export const dateLabel = (text: string | null): string => (text ? formatPartialDate(text) : "");

const QUALIFIER_SIGN: Record<string, string> = { about: "~", "more-than": ">", "less-than": "<", "at-least": "≥", "up-to": "≤" };

/** Short figure for a label on the chart: "3.8 million", "390,000", "1.2". */
export function compact(value: number): string {
  const abs = Math.abs(value);
  const fmt = (v: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: v < 10 ? 2 : 1 }).format(v);
  if (abs >= 1e12) return `${fmt(value / 1e12)} trillion`;
  if (abs >= 1e9) return `${fmt(value / 1e9)} billion`;
  if (abs >= 1e6) return `${fmt(value / 1e6)} million`;
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value);
}

/** The qualifier as a sign in front of a short label: ">85 million". */
export function signed(value: number, qualifier: string | null | undefined): string {
  return `${qualifier ? (QUALIFIER_SIGN[qualifier] ?? "") : ""}${compact(value)}`;
}

/** A fixed-size viewBox SVG that scales to its container; role group because its marks are focusable. */
export function svgOpen(width: number, height: number, label: string, className = ""): string {
  return `<svg class="mx-svg${className ? ` ${className}` : ""}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${esc(label)}">`;
}

/** Round x to half pixels so 1px strokes stay crisp. */
export const px = (x: number): number => Math.round(x * 2) / 2;

const CURRENCY_SIGN: Record<string, string> = { USD: "$", EUR: "€", RUB: "₽" };
const SCALE_ABBR: Record<string, string> = { thousand: "k", million: "m", billion: "bn", trillion: "tn" };

/** A money figure as a chart label: "~$350bn", "≥$12.4tn", "$7–10tn", "€115bn". */
export function moneyShort(f: { value: number; value_high?: number | null; qualifier?: string | null; unit: string; scale?: string | null }): string {
  const sign = f.qualifier ? (QUALIFIER_SIGN[f.qualifier] ?? "") : "";
  const n = (v: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(v);
  const amount = `${n(f.value)}${f.value_high != null ? `–${n(f.value_high)}` : ""}`;
  const cur = CURRENCY_SIGN[f.unit];
  const scale = f.scale ? (SCALE_ABBR[f.scale] ?? ` ${f.scale}`) : "";
  if (cur) return `${sign}${cur}${amount}${scale}`;
  if (f.unit === "%") return `${sign}${amount}%`;
  return `${sign}${amount}${scale} ${f.unit}`;
}

/** The first publisher, and how many more: short enough to print under a bar on a phone. */
export function sourceShort(model: Model, ids: readonly string[]): string {
  const names = [...new Set(ids.map((id) => model.sourceById.get(id)?.publisher ?? id))];
  const first = names[0] ?? "";
  const trimmed = first.length > 44 ? `${first.slice(0, 42)}…` : first;
  return names.length > 1 ? `${trimmed} + ${names.length - 1} more` : trimmed;
}

/**
 * The columns every chart of mineral figures exports (table alternative and CSV): the row's own
 * fields, so each line traces back to data/mineral_stats.csv.
 */
export const STAT_COLUMNS = [
  { key: "id", label: "Row id" },
  { key: "metric", label: "Metric" },
  { key: "year", label: "Year" },
  { key: "edition", label: "Edition" },
  { key: "value", label: "Value" },
  { key: "qualifier", label: "Qualifier" },
  { key: "unit", label: "Unit" },
  { key: "basis", label: "Basis" },
  { key: "missing_reason", label: "Why no figure" },
  { key: "sources", label: "Sources" },
] as const;

export function statFields(r: MineralStatRow): Record<(typeof STAT_COLUMNS)[number]["key"], string | number | null> {
  return {
    id: r.id,
    metric: r.metric,
    year: r.year,
    edition: r.edition,
    value: r.value,
    qualifier: r.qualifier,
    unit: r.unit,
    basis: r.basis,
    missing_reason: r.missing_reason,
    sources: r.sources.join(";"),
  };
}
