// What a highlight lights, before anything is drawn: the focus's relations and neighbours one and
// two steps away, in the order the picture stacks them, and which names fit. Pure, so the rules
// (nearer steps drawn over farther ones, the focus always named, no two names overlapping) are
// tested on fixture neighbourhoods; the island only moves the marks it is told to.

import type { Neighbourhood } from "./network-filter.ts";
import { overlaps, type Box } from "./network-label-box.ts";

export type LitClass = "is-e2" | "is-e1" | "is-n2" | "is-n1" | "is-focus";

export interface LitPlan {
  /** Relations, farther first so the nearer are drawn over them. */
  edges: [string, LitClass][];
  /** Actors in drawing order (most connected first, as in the picture), the focus last, on top. */
  nodes: [string, LitClass][];
  /** Neighbours one step away in drawing order: the candidates for a name. */
  named: string[];
}

/**
 * `byRank` orders actor ids as the picture draws them. Sorting the few lit actors, rather than
 * walking every actor, keeps a tap's work proportional to the neighbourhood.
 */
export function litPlan(hood: Neighbourhood, focus: string, byRank: (a: string, b: string) => number): LitPlan {
  const n1 = [...hood.n1].sort(byRank);
  return {
    edges: [...[...hood.e2].map((e): [string, LitClass] => [e, "is-e2"]), ...[...hood.e1].map((e): [string, LitClass] => [e, "is-e1"])],
    nodes: [
      ...[...hood.n2, ...n1].sort(byRank).map((n): [string, LitClass] => [n, hood.n2.has(n) ? "is-n2" : "is-n1"]),
      [focus, "is-focus"],
    ],
    named: n1,
  };
}

/**
 * The names to show: the focus's always, then each candidate's in turn unless it would overlap one
 * already taken (labels placed for the whole picture can collide once only a few are shown).
 * Candidates without a label (boxOf gives null) are skipped.
 */
export function namesThatFit(focus: string, candidates: readonly string[], boxOf: (id: string) => Box | null): { id: string; box: Box }[] {
  const taken: { id: string; box: Box }[] = [];
  for (const id of [focus, ...candidates]) {
    const box = boxOf(id);
    if (!box) continue;
    if (id !== focus && taken.some((t) => overlaps(box, t.box))) continue;
    taken.push({ id, box });
  }
  return taken;
}
