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
  it("shows each actor's counterparts once and every relation among them", () => {
    for (const actor of tables.actors) {
      const hood = actorNeighbourhood(model, actor.id);
      const own = tables.relations.filter((r) => r.from === actor.id || r.to === actor.id);
      if (own.length === 0) {
        expect(hood).toBeNull();
        continue;
      }
      const others = new Set(own.map((r) => (r.from === actor.id ? r.to : r.from)));
      const doc = parseHTML(`<html><body>${hood!.drawing.svg}</body></html>`).document;
      const drawn = [...doc.querySelectorAll("[data-actor-id]")].map((e) => e.getAttribute("data-actor-id"));
      expect(drawn.sort(), actor.id).toEqual([actor.id, ...others].sort());
      const members = new Set([actor.id, ...others]);
      const among = tables.relations.filter((r) => members.has(r.from) && members.has(r.to));
      const arcs = [...doc.querySelectorAll("path[data-relation-id]")].map((e) => e.getAttribute("data-relation-id"));
      expect(arcs.sort(), actor.id).toEqual(among.map((r) => r.id).sort());
      // Neighbours are links to their pages; the actor itself is not.
      expect(doc.querySelectorAll("a[data-actor-id]")).toHaveLength(others.size);
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
        expect(r.other.href).toBe(`/actors/${row.from === actor.id ? row.to : row.from}/`);
      }
      expect(d.events.map((e) => e.id).sort()).toEqual(tables.event_actors.filter((l) => l.actor === actor.id).map((l) => l.event).sort());
    }
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
