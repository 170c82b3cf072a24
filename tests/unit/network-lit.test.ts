// What a tap on an actor lights, on a hand-made network:
//
//   a — b — c        a is the focus; b and d are one step away, c and e two steps.
//   |       |        b–c and d–e are second-step relations; x (unlinked) stays dark.
//   d — e ---+
import { describe, expect, it } from "vitest";
import { adjacency, neighbourhood } from "../../src/views/network/network-filter.ts";
import { litPlan, namesThatFit } from "../../src/views/network/network-lit.ts";

const rel = (id: string, from: string, to: string) => ({ id, from, to, type: "t", start: "2020-01-01", end: null });
const edges = [rel("ab", "a", "b"), rel("ad", "a", "d"), rel("bc", "b", "c"), rel("de", "d", "e"), rel("ce", "c", "e")];
const adj = adjacency(edges);
const all = new Set(edges.map((e) => e.id));
// The picture draws the most connected first: here d, then c, b, e, a.
const order = ["d", "c", "b", "e", "a", "x"];
const byRank = (p: string, q: string) => order.indexOf(p) - order.indexOf(q);

describe("the lit marks", () => {
  it("are the focus's relations and neighbours one and two steps away, and nothing else", () => {
    const plan = litPlan(neighbourhood(adj, "a", all), "a", byRank);
    expect(Object.fromEntries(plan.edges)).toEqual({ ab: "is-e1", ad: "is-e1", bc: "is-e2", de: "is-e2" });
    expect(Object.fromEntries(plan.nodes)).toEqual({ a: "is-focus", b: "is-n1", d: "is-n1", c: "is-n2", e: "is-n2" });
  });

  it("stack as the picture does, with the focus on top and nearer relations over farther ones", () => {
    const plan = litPlan(neighbourhood(adj, "a", all), "a", byRank);
    expect(plan.nodes.map(([id]) => id)).toEqual(["d", "c", "b", "e", "a"]);
    expect(plan.edges.map(([, cls]) => cls)).toEqual(["is-e2", "is-e2", "is-e1", "is-e1"]);
    expect(plan.named).toEqual(["d", "b"]);
  });

  it("leave out relations the filters or the date hide, and the actors only they reached", () => {
    const plan = litPlan(neighbourhood(adj, "a", new Set(["ab", "bc"])), "a", byRank);
    expect(plan.nodes.map(([id]) => id)).toEqual(["c", "b", "a"]);
  });
});

describe("the names shown", () => {
  const box = (x0: number, y0: number) => ({ x0, y0, x1: x0 + 50, y1: y0 + 12 });
  it("always include the focus, then every neighbour whose name overlaps none already shown", () => {
    const boxes: Record<string, ReturnType<typeof box>> = { a: box(0, 0), d: box(10, 5), b: box(100, 0), c: box(110, 4) };
    expect(namesThatFit("a", ["d", "b", "c"], (id) => boxes[id] ?? null).map((n) => n.id)).toEqual(["a", "b"]);
  });

  it("skip actors drawn without a name", () => {
    expect(namesThatFit("a", ["b"], (id) => (id === "b" ? box(0, 0) : null)).map((n) => n.id)).toEqual(["b"]);
  });
});
