// Resolves the home page's key-figure ids (src/views/home/home.ts) to what a card shows: the value as
// its source states it, what it measures, who says so, when, its sources and any dispute about it.

import { disputesFor, type DisputeView, type Model } from "./model.ts";
import type { SourceView } from "./model.ts";
import { formatQuantity } from "./format.ts";
import { LABELS } from "./tables.generated.ts";
import { inSentence } from "./words.ts";
import { countryName } from "./countries.ts";

/** A row the home page shows as a key figure (the choice is in src/views/home/home.ts). */
export interface KeyFigureRef {
  table: "figures" | "mineral_stats";
  id: string;
}

export interface KeyFigure {
  table: KeyFigureRef["table"];
  id: string;
  value: string;
  label: string;
  /** What kind of number it is: a claim, a deal term, an estimate, an official figure … */
  kind: string;
  claimant: { id: string; name: string } | null;
  /** Partial date the figure refers to or was stated. */
  asOf: string;
  /** What the number counts, where the source says (tonnage basis). */
  basis: string | null;
  sources: SourceView[];
  disputes: DisputeView[];
}

const FIGURE_KINDS: Record<string, string> = LABELS.figures.kind;

/**
 * The cards for the configured ids. An id the data does not hold is skipped, so a build from other
 * tables still works; `missingKeyFigures` lets a unit test hold the project's data to every id.
 */
export function missingKeyFigures(model: Model, refs: readonly KeyFigureRef[]): string[] {
  return refs
    .filter((ref) =>
      ref.table === "figures"
        ? !model.tables.figures.some((r) => r.id === ref.id)
        : !model.tables.mineral_stats.some((r) => r.id === ref.id && r.value !== null),
    )
    .map((ref) => ref.id);
}

export function resolveKeyFigures(model: Model, allRefs: readonly KeyFigureRef[]): KeyFigure[] {
  const missing = new Set(missingKeyFigures(model, allRefs));
  const refs = allRefs.filter((ref) => !missing.has(ref.id));
  const sources = (ids: readonly string[]) => ids.map((id) => model.sourceById.get(id)).filter((s) => s !== undefined);
  const claimant = (id: string | null) => {
    const actor = id ? model.actorById.get(id) : undefined;
    return actor ? { id: actor.id, name: actor.name } : null;
  };
  return refs.map((ref) => {
    if (ref.table === "figures") {
      const f = model.tables.figures.find((r) => r.id === ref.id);
      if (!f) throw new Error(`unreachable: ${ref.id} was checked`);
      return {
        table: ref.table,
        id: f.id,
        value: formatQuantity(f),
        label: f.label,
        kind: FIGURE_KINDS[f.kind] ?? f.kind,
        claimant: claimant(f.claimant),
        asOf: f.as_of,
        basis: f.basket,
        sources: sources(f.sources),
        disputes: disputesFor(model, "figures", f.id),
      };
    }
    const s = model.tables.mineral_stats.find((r) => r.id === ref.id);
    if (!s) throw new Error(`unreachable: ${ref.id} was checked`);
    const mineral = model.mineralById.get(s.mineral)?.name ?? s.mineral;
    return {
      table: ref.table,
      id: s.id,
      value: formatQuantity(s),
      label: `${mineral}: ${inSentence(LABELS.mineral_stats.metric[s.metric])} in ${countryName(s.country, { inSentence: true })}, ${s.year}`,
      kind: s.edition ?? "Mineral statistic",
      claimant: claimant(s.claimant),
      asOf: s.year,
      basis: s.basis,
      sources: sources(s.sources),
      disputes: disputesFor(model, "mineral_stats", s.id),
    };
  });
}
