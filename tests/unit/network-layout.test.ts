// The network's layout as a reader would notice it: the same data always draws the same picture,
// adding a row barely moves the rest, marks stay inside the frame and do not hide one another,
// and labels never overlap at any zoom level.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import type { ActorRow, RelationRow } from "../../src/data/tables.generated.ts";
import { computeGraph, type NetworkGraph } from "../../src/views/network/network-graph.ts";
import { layoutNetwork } from "../../src/views/network/network-layout.ts";
import { labelBox, placeLabels } from "../../src/views/network/network-labels.ts";
import { makeProject } from "../support/data-copy.ts";
import { inventedWeb } from "../support/invented-network.ts";

// An invented web of about today's size: the fixture's four pairs would not crowd the picture.
const fixture = loadData(join(makeProject(), "data")).tables;
const tables = inventedWeb({ actor: fixture.actors[0]!, relation: fixture.relations[0]! });
const hubOf = (country: string) => {
  const degree = (id: string) => tables.relations.filter((r) => r.from === id || r.to === id).length;
  return tables.actors.filter((a) => a.country === country).sort((a, b) => degree(b.id) - degree(a.id))[0]!.id;
};
const graph = computeGraph(tables.actors, tables.relations);
const positions = (g: NetworkGraph) => new Map(g.nodes.map((n) => [n.actor.id, n]));

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** How far each existing node moved between two layouts, sorted. */
function moves(a: NetworkGraph, b: NetworkGraph): number[] {
  const after = positions(b);
  return a.nodes.map((n) => Math.hypot(n.x - after.get(n.actor.id)!.x, n.y - after.get(n.actor.id)!.y)).sort((x, y) => x - y);
}
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

const newActor = (id: string, country: string, kind: ActorRow["kind"] = "person"): ActorRow => ({
  ...tables.actors[0]!, id, name: `New ${id}`, kind, country, parent: null, role: null, notes: null,
});
const newRelation = (id: string, from: string, to: string): RelationRow => ({ ...tables.relations[0]!, id, from, to });

describe("network layout", () => {
  it("is deterministic: the same rows in any order give exactly the same positions", () => {
    const again = computeGraph(tables.actors, tables.relations);
    const reordered = computeGraph(shuffled(tables.actors, 7), shuffled(tables.relations, 11));
    const expected = graph.nodes.map((n) => [n.actor.id, n.x, n.y]).sort();
    expect(again.nodes.map((n) => [n.actor.id, n.x, n.y]).sort()).toEqual(expected);
    expect(reordered.nodes.map((n) => [n.actor.id, n.x, n.y]).sort()).toEqual(expected);
  });

  it("barely moves existing nodes when an unlinked actor is added", () => {
    // Its id sorts before every other, so a layout that seeded each node by its place in id order would move them all.
    const d = moves(graph, computeGraph([...tables.actors, newActor("act-fixture-new", "UA")], tables.relations));
    // Units: the chart is 1000 across.
    expect(quantile(d, 0.5)).toBeLessThan(2);
    expect(quantile(d, 0.9)).toBeLessThan(6);
  });

  it.each([
    ["a US person linked to the busiest US actor", "US", hubOf("US")],
    ["a Russian company linked to the busiest Russian actor", "RU", hubOf("RU")],
    ["a European body linked to the busiest EU actor", "EU", hubOf("EU")],
  ])("moves existing nodes little when %s is added", (_, country, to) => {
    const actor = newActor("act-fixture-new", country, country === "RU" ? "company" : "person");
    const d = moves(graph, computeGraph([...tables.actors, actor], [...tables.relations, newRelation("rel-zz-new", actor.id, to)]));
    expect(quantile(d, 0.5)).toBeLessThan(6);
    expect(quantile(d, 0.9)).toBeLessThan(40);
  });

  it("keeps every node inside the frame", () => {
    for (const n of graph.nodes) {
      expect(n.x - n.r, n.actor.id).toBeGreaterThanOrEqual(0);
      expect(n.y - n.r, n.actor.id).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r, n.actor.id).toBeLessThanOrEqual(graph.width);
      expect(n.y + n.r, n.actor.id).toBeLessThanOrEqual(graph.height);
    }
  });

  it("never puts a node's centre under another node", () => {
    const hidden: string[] = [];
    for (const a of graph.nodes) {
      for (const b of graph.nodes) {
        if (a !== b && a.r >= b.r && Math.hypot(a.x - b.x, a.y - b.y) < a.r) hidden.push(`${b.actor.id} under ${a.actor.id}`);
      }
    }
    expect(hidden).toEqual([]);
  });

  it("places a node alone, and a pair of linked nodes apart but near", () => {
    const one = layoutNetwork([{ id: "a", cluster: "x", radius: 5 }], [], { width: 100, height: 100, anchors: { x: [0.5, 0.5] }, spacing: 20 });
    expect(one.get("a")!.x).toBeGreaterThan(0);
    const two = layoutNetwork(
      [{ id: "a", cluster: "x", radius: 5 }, { id: "b", cluster: "x", radius: 5 }],
      [{ source: "a", target: "b" }],
      { width: 400, height: 400, anchors: { x: [0.5, 0.5] }, spacing: 40 },
    );
    const d = Math.hypot(two.get("a")!.x - two.get("b")!.x, two.get("a")!.y - two.get("b")!.y);
    expect(d).toBeGreaterThan(10);
    expect(d).toBeLessThan(120);
  });
});

describe("network labels", () => {
  it("never overlap one another, at any zoom level, and stay inside the frame", () => {
    graph.levels.forEach((level, index) => {
      const fs = (level.fontPx * graph.width) / level.displayWidth;
      const boxes = graph.nodes
        .filter((n) => n.placed.level !== null && n.placed.level <= index)
        .map((n) => ({ id: n.actor.id, ...labelBox({ id: n.actor.id, x: n.x, y: n.y, r: n.r, text: n.label }, n.placed.side, fs) }));
      for (const b of boxes) {
        expect(b.x0, `${b.id} at level ${index}`).toBeGreaterThanOrEqual(0);
        expect(b.x1, `${b.id} at level ${index}`).toBeLessThanOrEqual(graph.width);
      }
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlaps.push(`${a.id} / ${b.id} at level ${index}`);
        }
      }
      expect(overlaps).toEqual([]);
    });
  });

  it("name the five most connected actors already on a phone", () => {
    for (const n of graph.nodes.slice(0, 5)) expect(n.placed.level, n.actor.id).toBe(0);
  });

  it("show more labels the closer the zoom", () => {
    const shown = graph.levels.map((_, i) => graph.nodes.filter((n) => n.placed.level !== null && n.placed.level <= i).length);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown[shown.length - 1]).toBe(graph.nodes.length);
  });

  it("leave a label unplaced rather than let it overlap another", () => {
    // Twelve nodes on one spot: there are not twelve free sides around it.
    const subjects = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, x: 150, y: 150, r: 4, text: `Label ${i}` }));
    const placed = placeLabels(subjects, [{ displayWidth: 300, fontPx: 12 }], 300, 300);
    const shown = subjects.filter((s) => placed.get(s.id)!.level === 0);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(subjects.length);
    const boxes = shown.map((s) => labelBox(s, placed.get(s.id)!.side, 12));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${i} / ${j}`).toBe(false);
      }
    }
  });
});
