// What the network shows under the reader's filters and date, and who neighbours whom: pure
// functions over the facts the SVG carries, shared by the island and its unit tests.

export interface EdgeFacts {
  id: string;
  from: string;
  to: string;
  type: string;
  /** First day the relation is active, "YYYY-MM-DD". */
  start: string;
  /** Last day it is active; null while ongoing or when the end is unknown. */
  end: string | null;
}

export interface NodeFacts {
  id: string;
  kind: string;
  country: string;
}

/** null means "no restriction"; an empty list hides everything of that sort. */
export interface FilterState {
  types: readonly string[] | null;
  kinds: readonly string[] | null;
  countries: readonly string[] | null;
  /** Show the network as it stood on this day ("YYYY-MM-DD"); null: every relation ever. */
  date: string | null;
}

export const NO_FILTER: FilterState = { types: null, kinds: null, countries: null, date: null };

/** A relation is active on a day when it has started and not yet ended (days compare as text). */
export function activeOnDay(edge: Pick<EdgeFacts, "start" | "end">, day: string): boolean {
  return edge.start <= day && (edge.end === null || edge.end >= day);
}

export function nodeShown(node: NodeFacts, f: FilterState): boolean {
  return (f.kinds === null || f.kinds.includes(node.kind)) && (f.countries === null || f.countries.includes(node.country));
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** Shown nodes with at least one shown relation. */
  linked: Set<string>;
}

/** Nodes pass the kind and country filters; edges pass type and date, and both their ends pass. */
export function visibleNetwork(nodes: Iterable<NodeFacts>, edges: Iterable<EdgeFacts>, f: FilterState): Visible {
  const shown = new Set<string>();
  for (const n of nodes) if (nodeShown(n, f)) shown.add(n.id);
  const types = f.types === null ? null : new Set(f.types);
  const visible = new Set<string>();
  const linked = new Set<string>();
  for (const e of edges) {
    if (types !== null && !types.has(e.type)) continue;
    if (f.date !== null && !activeOnDay(e, f.date)) continue;
    if (!shown.has(e.from) || !shown.has(e.to)) continue;
    visible.add(e.id);
    linked.add(e.from);
    linked.add(e.to);
  }
  return { nodes: shown, edges: visible, linked };
}

export interface Neighbourhood {
  /** Actors one relation away (not the focus itself). */
  n1: Set<string>;
  /** Actors two relations away and no closer. */
  n2: Set<string>;
  /** Relations touching the focus. */
  e1: Set<string>;
  /** Relations from a first-step neighbour onwards. */
  e2: Set<string>;
}

export type Adjacency = Map<string, EdgeFacts[]>;

export function adjacency(edges: Iterable<EdgeFacts>): Adjacency {
  const adj: Adjacency = new Map();
  const add = (id: string, e: EdgeFacts) => {
    const list = adj.get(id);
    if (list) list.push(e);
    else adj.set(id, [e]);
  };
  for (const e of edges) {
    add(e.from, e);
    if (e.to !== e.from) add(e.to, e);
  }
  return adj;
}

const other = (e: EdgeFacts, id: string) => (e.from === id ? e.to : e.from);

/** One- and two-step neighbours of `focus` over the visible relations only. */
export function neighbourhood(adj: Adjacency, focus: string, visibleEdges: ReadonlySet<string>): Neighbourhood {
  const n1 = new Set<string>();
  const e1 = new Set<string>();
  for (const e of adj.get(focus) ?? []) {
    if (!visibleEdges.has(e.id)) continue;
    e1.add(e.id);
    const o = other(e, focus);
    if (o !== focus) n1.add(o);
  }
  const n2 = new Set<string>();
  const e2 = new Set<string>();
  for (const id of n1) {
    for (const e of adj.get(id) ?? []) {
      if (!visibleEdges.has(e.id) || e1.has(e.id)) continue;
      e2.add(e.id);
      const o = other(e, id);
      if (o !== focus && !n1.has(o)) n2.add(o);
    }
  }
  return { n1, n2, e1, e2 };
}

/**
 * How an actor is drawn under the filters: hidden ("off"), shown but without a shown relation while
 * a date or relation types restrict the picture ("idle", dimmed), or plainly ("").
 */
export type NodeLook = "off" | "idle" | "";

export function nodeLook(id: string, visible: Visible, restricted: boolean): NodeLook {
  if (!visible.nodes.has(id)) return "off";
  return restricted && !visible.linked.has(id) ? "idle" : "";
}

/** What the picture shows now: each actor's look and the relations drawn. */
export interface Drawn {
  looks: Map<string, NodeLook>;
  edges: Set<string>;
}

/** The picture as the build draws it: every actor plain, every relation shown. */
export function drawnInFull(nodeIds: Iterable<string>, edgeIds: Iterable<string>): Drawn {
  return { looks: new Map([...nodeIds].map((id) => [id, ""])), edges: new Set(edgeIds) };
}

/**
 * What a filter or date change must redraw: the actors whose look changes and the relations that
 * appear or disappear, against `drawn` (brought up to date in place). The island touches only these
 * marks, so a slider step or a Play tick costs what changes, not the size of the picture.
 */
export function redraw(drawn: Drawn, next: Visible, restricted: boolean): { nodes: [string, NodeLook][]; edges: [string, boolean][] } {
  const nodes: [string, NodeLook][] = [];
  for (const [id, was] of drawn.looks) {
    const look = nodeLook(id, next, restricted);
    if (look === was) continue;
    drawn.looks.set(id, look);
    nodes.push([id, look]);
  }
  const edges: [string, boolean][] = [];
  for (const id of drawn.edges) if (!next.edges.has(id)) edges.push([id, false]);
  for (const id of next.edges) if (!drawn.edges.has(id)) edges.push([id, true]);
  for (const [id, on] of edges) if (on) drawn.edges.add(id); else drawn.edges.delete(id);
  return { nodes, edges };
}
