// What the network island knows about the drawing, read once from the build's markup: each actor's
// mark, label, kind, country, name and disc; each relation's path, ends, type, dates and table row;
// who neighbours whom; the filters' choices. The island never lays out: positions come from here.

import { adjacency, type Adjacency, type EdgeFacts, type NodeFacts } from "./network-filter.ts";
import type { Universe } from "./network-state.ts";
import { shapeDisc } from "../../client/path-disc.ts";
import { markName } from "../../client/chart-marks.ts";

export interface NodeItem extends NodeFacts {
  el: SVGAElement;
  label: SVGTextElement | null;
  name: string;
  x: number;
  y: number;
  r: number;
}

export interface EdgeItem extends EdgeFacts {
  el: SVGPathElement;
  row: HTMLTableRowElement | null;
}

export type Filter = "type" | "kind" | "country";
export const FILTERS: readonly Filter[] = ["type", "kind", "country"];
/** Each filter's list in the view's state. */
export const FILTER_KEY: Record<Filter, "types" | "kinds" | "countries"> = { type: "types", kind: "kinds", country: "countries" };

export interface NetworkMarkup {
  /** In drawing order: most connected first. */
  nodes: Map<string, NodeItem>;
  edges: EdgeItem[];
  edgeById: Map<string, EdgeItem>;
  adj: Adjacency;
  /** Orders actor ids as the picture draws them, to stack lit copies as the originals stack. */
  byRank: (a: string, b: string) => number;
  /** The filter's checkboxes, in the page's order. */
  checkboxes: (f: Filter) => HTMLInputElement[];
  universe: Universe;
  /** The drawing's size in chart units, its label levels (display widths) and their fonts. */
  width: number;
  height: number;
  levels: number[];
  fonts: number[];
  labelGroup: SVGGElement;
}

export function readNetworkMarkup(root: HTMLElement, svg: SVGSVGElement): NetworkMarkup {
  const vb = svg.viewBox.baseVal;
  const labelGroup = svg.querySelector<SVGGElement>(".net-labels")!;
  const labels = new Map<string, SVGTextElement>();
  for (const t of labelGroup.querySelectorAll<SVGTextElement>("text[data-for]")) labels.set(t.dataset.for!, t);
  const nodes = new Map<string, NodeItem>();
  for (const el of svg.querySelectorAll<SVGAElement>("a[data-actor-id]")) {
    const id = el.dataset.actorId!;
    const path = el.querySelector("path");
    nodes.set(id, {
      id, el,
      label: labels.get(id) ?? null,
      kind: el.dataset.kind ?? "",
      country: el.dataset.country ?? "",
      // What the actor is called: their tooltip up to its details, as every chart names a mark.
      name: markName(el) || id,
      // The centre and size are read off the drawn shape, not sent twice (see path-disc.ts).
      ...((path && shapeDisc(path)) ?? { x: 0, y: 0, r: 0 }),
    });
  }
  const rows = new Map<string, HTMLTableRowElement>();
  for (const tr of root.ownerDocument.querySelectorAll<HTMLTableRowElement>(".net-table tbody tr[id]")) rows.set(tr.id, tr);
  const edges: EdgeItem[] = [...svg.querySelectorAll<SVGPathElement>("path[data-relation-id]")].map((el) => ({
    el,
    id: el.dataset.relationId!,
    from: el.dataset.from!,
    to: el.dataset.to!,
    type: el.dataset.type!,
    start: el.dataset.start!,
    end: el.dataset.end ?? null,
    row: rows.get(el.dataset.relationId!) ?? null,
  }));
  const rank = new Map([...nodes.keys()].map((id, i) => [id, i]));
  const checkboxes = (f: Filter) => [...root.querySelectorAll<HTMLInputElement>(`[data-net-filter="${f}"] input[type="checkbox"]`)];
  return {
    nodes,
    edges,
    edgeById: new Map(edges.map((e) => [e.id, e])),
    adj: adjacency(edges),
    byRank: (a, b) => rank.get(a)! - rank.get(b)!,
    checkboxes,
    universe: {
      actors: new Set(nodes.keys()),
      types: checkboxes("type").map((c) => c.value),
      kinds: checkboxes("kind").map((c) => c.value),
      countries: checkboxes("country").map((c) => c.value),
    },
    width: vb.width,
    height: vb.height,
    levels: (svg.dataset.levels ?? "800").split(",").map(Number),
    fonts: (svg.dataset.fonts ?? "12").split(",").map(Number),
    labelGroup,
  };
}
