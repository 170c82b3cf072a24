// What the network's live region and filter summary say, from counts alone: pure, so the sentences a
// screen-reader user hears after a filter or date change are tested with fixture numbers.

import { dayLabel } from "../../client/as-of-date.ts";

export interface Shown {
  edges: number;
  totalEdges: number;
  nodes: number;
  totalNodes: number;
  /** Shown actors with at least one shown relation. */
  linked: number;
}

export interface SummaryState {
  date: string | null;
  types: readonly string[] | null;
  kinds: readonly string[] | null;
  countries: readonly string[] | null;
}

/** The sentence announced once a change settles. */
export function networkStatus(shown: Shown, state: SummaryState): string {
  // With a date or a relation-type filter, some shown actors stand alone: say how many do not.
  const restricted = state.date !== null || state.types !== null;
  return (
    `Showing ${shown.edges} of ${shown.totalEdges} relations and ${shown.nodes} of ${shown.totalNodes} actors` +
    (restricted ? ` (${shown.linked} of them linked)` : "") +
    (state.date ? `, as the network stood on ${dayLabel(state.date)}` : "") +
    (state.types || state.kinds || state.countries ? ", with filters applied" : "") +
    "."
  );
}

const NOUN = { types: "relation types", kinds: "kinds", countries: "countries" } as const;

/** "(2 of 5 relation types, 1 of 3 kinds)", or "(none applied)". */
export function filterSummary(state: SummaryState, universe: Record<keyof typeof NOUN, readonly string[]>): string {
  const parts = (["types", "kinds", "countries"] as const)
    .filter((k) => state[k] !== null)
    .map((k) => `${state[k]!.length} of ${universe[k].length} ${NOUN[k]}`);
  return parts.length > 0 ? `(${parts.join(", ")})` : "(none applied)";
}
