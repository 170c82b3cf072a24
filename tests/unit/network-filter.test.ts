// What the network shows for a reader's filters and date, and who counts as a neighbour, checked
// against the data itself (dates through src/data/dates.ts, neighbours straight from relations).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { activeOn, firstDay, lastDay, parsePartialDate } from "../../src/data/dates.ts";
import {
  activeOnDay, adjacency, neighbourhood, NO_FILTER, visibleNetwork, type EdgeFacts, type NodeFacts,
} from "../../src/views/network/network-filter.ts";
import { makeProject } from "../support/data-copy.ts";
import { addInventedNetwork, INVENTED_ACTORS } from "../support/invented-network.ts";

// The fixture's four unconnected pairs, and an invented network where actors are two steps apart and
// relations start and end by the month.
const { tables } = loadData(join(makeProject(), "data"));
addInventedNetwork(tables);
const { a, b, c, d } = INVENTED_ACTORS;
const nodes: NodeFacts[] = tables.actors.map((a) => ({ id: a.id, kind: a.kind, country: a.country }));
// The facts as the chart writes them into the SVG: first and last day of each relation.
const edges: EdgeFacts[] = tables.relations.map((r) => ({
  id: r.id, from: r.from, to: r.to, type: r.type,
  start: firstDay(parsePartialDate(r.start)!),
  end: r.end ? lastDay(parsePartialDate(r.end)!) : null,
}));
const actorById = new Map(tables.actors.map((a) => [a.id, a]));

/** Every day on which some relation starts or ends, the day before and after, and a day a month. */
function probeDays(): string[] {
  const days = new Set<string>();
  const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  for (const e of edges) for (const d of [e.start, e.end].filter((x): x is string => x !== null)) for (const n of [-1, 0, 1]) days.add(shift(d, n));
  for (let y = 2014; y <= 2026; y++) for (let m = 1; m <= 12; m++) days.add(`${y}-${String(m).padStart(2, "0")}-15`);
  return [...days].sort();
}

describe("the date control", () => {
  it("shows exactly the relations active on each day, as src/data/dates.ts defines it", () => {
    for (const day of probeDays()) {
      const shown = visibleNetwork(nodes, edges, { ...NO_FILTER, date: day }).edges;
      const expected = tables.relations.filter((r) => activeOn(r.start, r.end, day)).map((r) => r.id);
      expect([...shown].sort(), day).toEqual(expected.sort());
    }
  });

  it("treats a relation as active through the last day of a month- or year-precise end", () => {
    const e: EdgeFacts = { id: "r", from: "a", to: "b", type: "met", start: firstDay(parsePartialDate("2025-02")!), end: lastDay(parsePartialDate("2025-03")!) };
    expect(activeOnDay(e, "2025-01-31")).toBe(false);
    expect(activeOnDay(e, "2025-02-01")).toBe(true);
    expect(activeOnDay(e, "2025-03-31")).toBe(true);
    expect(activeOnDay(e, "2025-04-01")).toBe(false);
    expect(activeOnDay({ ...e, end: null }, "2099-01-01")).toBe(true);
  });
});

describe("filters", () => {
  it("by relation type keep only those types", () => {
    const shown = visibleNetwork(nodes, edges, { ...NO_FILTER, types: ["met", "called"] }).edges;
    expect([...shown].sort()).toEqual(tables.relations.filter((r) => r.type === "met" || r.type === "called").map((r) => r.id).sort());
  });

  it("by actor kind hide other kinds and every relation touching them", () => {
    const v = visibleNetwork(nodes, edges, { ...NO_FILTER, kinds: ["person"] });
    expect([...v.nodes].sort()).toEqual(tables.actors.filter((a) => a.kind === "person").map((a) => a.id).sort());
    const expected = tables.relations.filter((r) => actorById.get(r.from)!.kind === "person" && actorById.get(r.to)!.kind === "person");
    expect([...v.edges].sort()).toEqual(expected.map((r) => r.id).sort());
  });

  it("by country combine with the date and with each other", () => {
    const f = { types: null, kinds: ["person", "government"], countries: ["US", "RU"], date: "2025-03-01" };
    const v = visibleNetwork(nodes, edges, f);
    const ok = (id: string) => f.kinds.includes(actorById.get(id)!.kind) && f.countries.includes(actorById.get(id)!.country);
    const expected = tables.relations.filter((r) => ok(r.from) && ok(r.to) && activeOn(r.start, r.end, f.date));
    expect([...v.edges].sort()).toEqual(expected.map((r) => r.id).sort());
    expect(expected.length).toBeGreaterThan(0);
    for (const id of v.linked) expect(ok(id)).toBe(true);
  });

  it("with an empty list hide everything of that sort", () => {
    expect(visibleNetwork(nodes, edges, { ...NO_FILTER, types: [] }).edges.size).toBe(0);
    expect(visibleNetwork(nodes, edges, { ...NO_FILTER, countries: [] }).nodes.size).toBe(0);
  });
});

describe("neighbours", () => {
  const adj = adjacency(edges);
  const all = new Set(edges.map((e) => e.id));

  it("one and two steps away match a walk over relations.csv, for every actor", () => {
    for (const a of tables.actors) {
      const n1 = new Set(tables.relations.flatMap((r) => (r.from === a.id ? [r.to] : r.to === a.id ? [r.from] : [])).filter((id) => id !== a.id));
      const n2 = new Set<string>();
      for (const b of n1) for (const r of tables.relations) {
        const o = r.from === b ? r.to : r.to === b ? r.from : null;
        if (o && o !== a.id && !n1.has(o)) n2.add(o);
      }
      const hood = neighbourhood(adj, a.id, all);
      expect([...hood.n1].sort(), a.id).toEqual([...n1].sort());
      expect([...hood.n2].sort(), a.id).toEqual([...n2].sort());
      expect([...hood.e1].sort(), a.id).toEqual(tables.relations.filter((r) => r.from === a.id || r.to === a.id).map((r) => r.id).sort());
    }
    const hood = neighbourhood(adj, a, all);
    expect([[...hood.n1].sort(), [...hood.n2]]).toEqual([[b, c], [d]]);
  });

  it("only count relations that are shown", () => {
    // On this day C's relations with A and B have begun, the one with D not yet.
    const day = "2024-03-01";
    const shown = visibleNetwork(nodes, edges, { ...NO_FILTER, date: day }).edges;
    const hood = neighbourhood(adj, c, shown);
    expect([...hood.e1].sort()).toEqual(["rel-fixture-b-c-2024", "rel-fixture-c-a-2023"]);
    expect([...hood.n1].sort()).toEqual([a, b]);
    expect([...neighbourhood(adj, c, all).n1].sort()).toEqual([a, b, d]);
  });
});
