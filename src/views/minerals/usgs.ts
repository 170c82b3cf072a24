// Which USGS figures a chart draws, and which of them can share an axis. The newest edition of
// USGS's Mineral Commodity Summaries replaces older ones for a country, mineral and metric, and the
// latest year within it is drawn. Figures share an axis only when they measure the same thing: the
// same basis (ignoring remarks in brackets, which USGS prints as footnotes to one table column) and
// units that convert (t, kt, Mt).

import type { MineralStatRow } from "../../data/tables.generated.ts";
import { isAssessment, TONNES } from "./markup.ts";

export const GROUND_METRICS = ["reserves", "mine-production", "refined-production"] as const;
export type GroundMetric = (typeof GROUND_METRICS)[number];

const editionYear = (r: MineralStatRow): number => Number(r.edition?.match(/(\d{4})\s*$/)?.[1] ?? 0);

/**
 * The USGS rows to draw: the three metrics, the newest edition per country, mineral and metric (a
 * revision replaces the older figure, even on a reworded basis), then the latest year per unit
 * and basis.
 */
export function groundRows(stats: readonly MineralStatRow[]): MineralStatRow[] {
  const candidates = stats.filter((r) => isAssessment(r) && (GROUND_METRICS as readonly string[]).includes(r.metric));
  const newestEdition = new Map<string, number>();
  for (const r of candidates) {
    const key = `${r.mineral}|${r.metric}|${r.country}`;
    newestEdition.set(key, Math.max(newestEdition.get(key) ?? 0, editionYear(r)));
  }
  const latest = new Map<string, MineralStatRow>();
  for (const r of candidates) {
    if (editionYear(r) < newestEdition.get(`${r.mineral}|${r.metric}|${r.country}`)!) continue;
    const key = `${r.mineral}|${r.metric}|${r.country}|${r.unit}|${r.basis}`;
    const held = latest.get(key);
    if (!held || r.year > held.year) latest.set(key, r);
  }
  return [...latest.values()];
}

const byMineral = new WeakMap<readonly MineralStatRow[], Map<string, MineralStatRow[]>>();

/** groundRows by mineral, worked out once per table (every mineral's chart asks for its own). */
export function groundRowsOf(stats: readonly MineralStatRow[], mineral: string): readonly MineralStatRow[] {
  let groups = byMineral.get(stats);
  if (!groups) {
    groups = new Map();
    for (const r of groundRows(stats)) groups.set(r.mineral, [...(groups.get(r.mineral) ?? []), r]);
    byMineral.set(stats, groups);
  }
  return groups.get(mineral) ?? [];
}

// Remarks USGS attaches to one line of a table: in brackets, or a trailing "excluding US production".
const REMARK = /\s*\(([^)]*)\)|,\s*(excluding [^,(]+)$/g;

// A basis that only restates its metric ("nickel content, mine output" for mine production) is the
// same measure as the plain one; USGS's tables and our rows word it both ways.
const RESTATES_METRIC = /,\s*(mine output|mine production)$/i;

/** The basis without its remarks: "crude ore (A and B categories …)" → "crude ore". */
export const basisCore = (basis: string): string => basis.replace(REMARK, "").replace(RESTATES_METRIC, "").replace(/\s+/g, " ").trim();

/** The remarks a row's basis adds, if any. */
export function basisRemark(basis: string): string | null {
  const found = [...basis.matchAll(REMARK)].map((m) => (m[1] ?? m[2])!.trim());
  return found.length ? found.join("; ") : null;
}

/** Units that convert into each other share a family: all tonnages are one. */
const unitFamily = (unit: string): string => (unit in TONNES ? "t" : unit);

/** The key under which figures may share an axis. */
export const axisKey = (r: Pick<MineralStatRow, "metric" | "unit" | "basis">): string => `${r.metric}|${unitFamily(r.unit)}|${basisCore(r.basis).toLowerCase()}`;

/** A figure in its family's base unit (tonnes for tonnages), for placing it on a shared axis. */
export const inBaseUnit = (value: number, unit: string): number => value * (TONNES[unit] ?? 1);
