// What the network shows for a reader's filters and date, and who counts as a neighbour, checked
// against expectations written out by hand from the fixture's relations.csv and the invented network
// (tests/support/invented-network.ts), and neighbours against a walk over relations.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { firstDay, lastDay, parsePartialDate } from "../../src/data/dates.ts";
import {
  activeOnDay, adjacency, drawnInFull, neighbourhood, NO_FILTER, redraw, visibleNetwork, type EdgeFacts, type NodeFacts,
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

// Each relation's first and last active day, read by hand off the CSV rows: a month-precise end runs
// to the month's last day, an empty end stays open.
const SPANS: Record<string, [string, string | null]> = {
  "rel-trump-putin-call-2025-02-12": ["2025-02-12", null],
  "rel-rubio-lavrov-call-2025-02-15": ["2025-02-15", null],
  "rel-bessent-heads-treasury": ["2025-01-27", null],
  "rel-reuters-reported-white-house-relief-list": ["2025-03-03", null],
  "rel-fixture-a-b-2022": ["2022-06-01", "2023-06-30"],
  "rel-fixture-c-a-2023": ["2023-01-15", null],
  "rel-fixture-a-b-2024": ["2024-05-01", null],
  "rel-fixture-b-c-2024": ["2024-02-01", null],
  "rel-fixture-c-d-2024": ["2024-09-09", null],
};

/** Every day on which some relation starts or ends, the day before and after, and a day a month. */
function probeDays(): string[] {
  const days = new Set<string>();
  const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  for (const e of edges) for (const d of [e.start, e.end].filter((x): x is string => x !== null)) for (const n of [-1, 0, 1]) days.add(shift(d, n));
  for (let y = 2014; y <= 2026; y++) for (let m = 1; m <= 12; m++) days.add(`${y}-${String(m).padStart(2, "0")}-15`);
  return [...days].sort();
}

describe("the date control", () => {
  it("shows exactly the relations active on each day, from the first day of the start to the last day of the end", () => {
    expect(Object.keys(SPANS).sort()).toEqual(tables.relations.map((r) => r.id).sort());
    for (const day of probeDays()) {
      const shown = visibleNetwork(nodes, edges, { ...NO_FILTER, date: day }).edges;
      const expected = Object.entries(SPANS).filter(([, [from, until]]) => from <= day && (until === null || day <= until)).map(([id]) => id);
      expect([...shown].sort(), day).toEqual(expected.sort());
    }
  });

  it("on the days around a start or an end, shows the relations a reader of the CSV would list", () => {
    const on = (day: string) => [...visibleNetwork(nodes, edges, { ...NO_FILTER, date: day }).edges].sort();
    expect(on("2022-05-31")).toEqual([]);
    expect(on("2022-06-01")).toEqual(["rel-fixture-a-b-2022"]);
    expect(on("2023-06-30")).toEqual(["rel-fixture-a-b-2022", "rel-fixture-c-a-2023"]);
    expect(on("2023-07-01")).toEqual(["rel-fixture-c-a-2023"]);
    expect(on("2024-02-01")).toEqual(["rel-fixture-b-c-2024", "rel-fixture-c-a-2023"]);
    expect(on("2025-02-14")).toEqual([
      "rel-bessent-heads-treasury", "rel-fixture-a-b-2024", "rel-fixture-b-c-2024", "rel-fixture-c-a-2023", "rel-fixture-c-d-2024", "rel-trump-putin-call-2025-02-12",
    ]);
    expect(on("2025-03-02")).not.toContain("rel-reuters-reported-white-house-relief-list");
    expect(on("2025-03-03")).toContain("rel-reuters-reported-white-house-relief-list");
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
    expect([...shown].sort()).toEqual(["rel-fixture-a-b-2024", "rel-fixture-b-c-2024", "rel-rubio-lavrov-call-2025-02-15", "rel-trump-putin-call-2025-02-12"]);
  });

  it("by actor kind hide other kinds and every relation touching them", () => {
    const v = visibleNetwork(nodes, edges, { ...NO_FILTER, kinds: ["person"] });
    expect([...v.nodes].sort()).toEqual([
      "act-donald-trump", "act-kirill-dmitriev", "act-marco-rubio", "act-scott-bessent", "act-sergey-lavrov", "act-vladimir-putin", "act-volodymyr-zelenskyy",
    ]);
    // Bessent heads the Treasury (a government), so that relation goes with the Treasury.
    expect([...v.edges].sort()).toEqual(["rel-rubio-lavrov-call-2025-02-15", "rel-trump-putin-call-2025-02-12"]);
  });

  it("by country combine with the date and with each other", () => {
    const f = { types: null, kinds: ["person", "government"], countries: ["US", "RU"], date: "2025-03-01" };
    const v = visibleNetwork(nodes, edges, f);
    // Reuters is British media and reported only on 3 March; the invented offices are agencies.
    expect([...v.edges].sort()).toEqual(["rel-bessent-heads-treasury", "rel-rubio-lavrov-call-2025-02-15", "rel-trump-putin-call-2025-02-12"]);
    expect([...v.linked].sort()).toEqual(["act-donald-trump", "act-marco-rubio", "act-scott-bessent", "act-sergey-lavrov", "act-us-treasury", "act-vladimir-putin"]);
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

describe("redrawing after a filter or date change", () => {
  const ids = (list: [string, unknown][]) => list.map(([id]) => id).sort();
  const allEdges = Object.keys(SPANS);
  const allActors = nodes.map((n) => n.id);

  it("touches only the marks whose look changes, step after step, and nothing when nothing changes", () => {
    const drawn = drawnInFull(allActors, allEdges);
    const step = (date: string | null) => redraw(drawn, visibleNetwork(nodes, edges, { ...NO_FILTER, date }), date !== null);

    // 1 March 2024: only C–A (2023) and B–C (2024) are active; every other relation goes, and every
    // actor but A, B and C stays drawn, dimmed, for want of a relation that day.
    const first = step("2024-03-01");
    expect(first.edges.every(([, on]) => !on)).toBe(true);
    expect(ids(first.edges)).toEqual(allEdges.filter((id) => id !== "rel-fixture-b-c-2024" && id !== "rel-fixture-c-a-2023").sort());
    expect(first.nodes.every(([, look]) => look === "idle")).toBe(true);
    expect(ids(first.nodes)).toEqual(allActors.filter((id) => id !== a && id !== b && id !== c).sort());

    // 1 May 2024: A–B (2024) begins; A and B were linked already, so no actor changes.
    expect(step("2024-05-01")).toEqual({ nodes: [], edges: [["rel-fixture-a-b-2024", true]] });
    // The same day again: nothing to touch.
    expect(step("2024-05-01")).toEqual({ nodes: [], edges: [] });

    // All dates again: the relations that went come back and no actor stays dimmed.
    const back = step(null);
    expect(back.edges.every(([, on]) => on)).toBe(true);
    expect(ids(back.edges)).toEqual(allEdges.filter((id) => !["rel-fixture-b-c-2024", "rel-fixture-c-a-2023", "rel-fixture-a-b-2024"].includes(id)).sort());
    expect(back.nodes.every(([, look]) => look === "")).toBe(true);
    expect(ids(back.nodes)).toEqual(ids(first.nodes));
  });

  it("hides the actors a kind filter leaves out, not dimmed ones, and only restricts by date or type", () => {
    const drawn = drawnInFull(allActors, allEdges);
    const v = visibleNetwork(nodes, edges, { ...NO_FILTER, kinds: ["person"] });
    const change = redraw(drawn, v, false);
    // The seven people of the fixture stay as drawn; everyone else is hidden.
    expect(ids(change.nodes)).toEqual(allActors.filter((id) => !v.nodes.has(id)).sort());
    expect(change.nodes.every(([, look]) => look === "off")).toBe(true);
    expect(v.nodes.size).toBe(7);
  });
});
