// The neighbourhood graph on actor pages: everyone the actor has a relation with, every relation
// among them, nothing else; and the panel data behind the network's side panel.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { actorNeighbourhood } from "../../src/views/network/actor-neighbourhood.ts";
import { actorDetails } from "../../src/views/network/actor-details.ts";
import { makeProject } from "../support/data-copy.ts";
import { addInventedNetwork, INVENTED_ACTORS } from "../support/invented-network.ts";

const { a, b, c, d } = INVENTED_ACTORS;
const { tables, folder } = loadData(join(makeProject(), "data"));
addInventedNetwork(tables);
const model = buildModel(tables, folder.descriptor, "2026-01-01");

describe("actor neighbourhood", () => {
  // Read by hand off the fixture's relations.csv and the invented network: each actor's counterparts
  // and every relation among the actor and them. Actors with no relation get no drawing.
  const HOODS: Record<string, { others: string[]; arcs: string[] } | null> = {
    "act-donald-trump": { others: ["act-vladimir-putin"], arcs: ["rel-trump-putin-call-2025-02-12"] },
    "act-vladimir-putin": { others: ["act-donald-trump"], arcs: ["rel-trump-putin-call-2025-02-12"] },
    "act-marco-rubio": { others: ["act-sergey-lavrov"], arcs: ["rel-rubio-lavrov-call-2025-02-15"] },
    "act-sergey-lavrov": { others: ["act-marco-rubio"], arcs: ["rel-rubio-lavrov-call-2025-02-15"] },
    "act-scott-bessent": { others: ["act-us-treasury"], arcs: ["rel-bessent-heads-treasury"] },
    "act-us-treasury": { others: ["act-scott-bessent"], arcs: ["rel-bessent-heads-treasury"] },
    "act-reuters": { others: ["act-white-house"], arcs: ["rel-reuters-reported-white-house-relief-list"] },
    "act-white-house": { others: ["act-reuters"], arcs: ["rel-reuters-reported-white-house-relief-list"] },
    "act-volodymyr-zelenskyy": null,
    "act-us-state-department": null,
    "act-kirill-dmitriev": null,
    "act-usgs": null,
    "act-russia-natural-resources-ministry": null,
    [a]: { others: [b, c], arcs: ["rel-fixture-a-b-2022", "rel-fixture-a-b-2024", "rel-fixture-b-c-2024", "rel-fixture-c-a-2023"] },
    [b]: { others: [a, c], arcs: ["rel-fixture-a-b-2022", "rel-fixture-a-b-2024", "rel-fixture-b-c-2024", "rel-fixture-c-a-2023"] },
    [c]: { others: [a, b, d], arcs: ["rel-fixture-a-b-2022", "rel-fixture-a-b-2024", "rel-fixture-b-c-2024", "rel-fixture-c-a-2023", "rel-fixture-c-d-2024"] },
    // D's only counterpart is C: C's relations with A and B are not D's business.
    [d]: { others: [c], arcs: ["rel-fixture-c-d-2024"] },
  };

  it("shows each actor's counterparts once and every relation among them", () => {
    expect(Object.keys(HOODS).sort()).toEqual(tables.actors.map((x) => x.id).sort());
    for (const [actor, want] of Object.entries(HOODS)) {
      const hood = actorNeighbourhood(model, actor);
      if (want === null) {
        expect(hood, actor).toBeNull();
        continue;
      }
      const doc = parseHTML(`<html><body>${hood!.drawing.svg}</body></html>`).document;
      const drawn = [...doc.querySelectorAll("[data-actor-id]")].map((e) => e.getAttribute("data-actor-id"));
      expect(drawn.sort(), actor).toEqual([actor, ...want.others].sort());
      const arcs = [...doc.querySelectorAll("path[data-relation-id]")].map((e) => e.getAttribute("data-relation-id"));
      expect(arcs.sort(), actor).toEqual(want.arcs);
      // Neighbours are links to their pages; the actor itself is not.
      const linked = [...doc.querySelectorAll("a[data-actor-id]")].map((e) => e.getAttribute("data-actor-id"));
      expect(linked.sort(), actor).toEqual([...want.others].sort());
    }
  });

  it("draws A with B and C and the relation between them, but not C's other neighbour D", () => {
    const doc = parseHTML(`<html><body>${actorNeighbourhood(model, a)!.drawing.svg}</body></html>`).document;
    const drawn = [...doc.querySelectorAll("[data-actor-id]")].map((e) => e.getAttribute("data-actor-id"));
    expect(new Set(drawn)).toEqual(new Set([a, b, c]));
    const arcs = [...doc.querySelectorAll("path[data-relation-id]")].map((e) => e.getAttribute("data-relation-id"));
    expect(arcs.sort()).toEqual(["rel-fixture-a-b-2022", "rel-fixture-a-b-2024", "rel-fixture-b-c-2024", "rel-fixture-c-a-2023"]);
    expect(drawn).not.toContain(d);
  });

  it("orders neighbours by their first relation", () => {
    // B's first relation with A (2022) comes before C's (2023), though C's name comes first and B's
    // latest relation is the later one.
    expect(actorNeighbourhood(model, a)!.neighbours.map((n) => n.id)).toEqual([b, c]);
    expect(actorNeighbourhood(model, c)!.neighbours.map((n) => n.id)).toEqual([a, b, d]);
  });
});

describe("actor details for the side panel", () => {
  it("lists every relation with its direction, dates and sources, and every event", () => {
    for (const actor of tables.actors) {
      const d = actorDetails(model, actor.id);
      const own = tables.relations.filter((r) => r.from === actor.id || r.to === actor.id);
      expect(d.relations.map((r) => r.id).sort()).toEqual(own.map((r) => r.id).sort());
      for (const r of d.relations) {
        const row = own.find((x) => x.id === r.id)!;
        expect(r.sources.map((s) => s.id)).toEqual(row.sources);
      }
      expect(d.events.map((e) => e.id).sort()).toEqual(tables.event_actors.filter((l) => l.actor === actor.id).map((l) => l.event).sort());
    }
  });

  it("links each relation to the actor at its other end", () => {
    const others = (actor: string) => Object.fromEntries(actorDetails(model, actor).relations.map((r) => [r.id, r.other.href]));
    expect(others("act-donald-trump")).toEqual({ "rel-trump-putin-call-2025-02-12": "/actors/act-vladimir-putin/" });
    expect(others("act-vladimir-putin")).toEqual({ "rel-trump-putin-call-2025-02-12": "/actors/act-donald-trump/" });
    expect(others("act-us-treasury")).toEqual({ "rel-bessent-heads-treasury": "/actors/act-scott-bessent/" });
    expect(others(c)).toEqual({
      "rel-fixture-c-a-2023": `/actors/${a}/`,
      "rel-fixture-b-c-2024": `/actors/${b}/`,
      "rel-fixture-c-d-2024": `/actors/${d}/`,
    });
  });

  it("reads a directed relation as going out from one end and in to the other, an undirected one as mutual at both", () => {
    const directed = tables.relations.filter((r) => r.directed);
    const mutual = tables.relations.filter((r) => !r.directed);
    expect(directed.length).toBeGreaterThan(0);
    expect(mutual.length).toBeGreaterThan(0);
    const at = (actor: string, id: string) => actorDetails(model, actor).relations.find((r) => r.id === id)!.direction;
    for (const r of directed) expect([at(r.from, r.id), at(r.to, r.id)], r.id).toEqual(["out", "in"]);
    for (const r of mutual) expect([at(r.from, r.id), at(r.to, r.id)], r.id).toEqual(["mutual", "mutual"]);
  });
});
