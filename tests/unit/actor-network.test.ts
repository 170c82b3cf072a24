// The network chart as markup: one node per actor, one edge per relation, each carrying the facts
// the island filters on; text escaped; the download equal to the table. (That the stylesheet's
// label sizes match the levels placed at build time is checked where a reader would see it: labels
// without JavaScript never overlap, tests/e2e/charts.test.ts.)
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { firstDay, lastDay, parsePartialDate } from "../../src/data/dates.ts";
import { actorNetwork, networkSvg } from "../../src/views/network/actor-network.ts";
import { computeGraph } from "../../src/views/network/network-graph.ts";
import { chartCsv } from "../../src/export/csv.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { shortName } from "../../src/views/network/network-style.ts";
import { makeProject } from "../support/data-copy.ts";
import { addInventedNetwork } from "../support/invented-network.ts";

const svgDoc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

// The fixture's four relations have exact dates and no end; the invented ones add month-only dates,
// an end, and actors with more than one relation.
describe("actor network on the fixture with an invented network", () => {
  const { tables, folder } = loadData(join(makeProject(), "data"));
  addInventedNetwork(tables);
  const model = buildModel(tables, folder.descriptor, "2026-01-01");
  const chart = actorNetwork(model);
  const doc = svgDoc(chart.drawing.svg);

  it("draws one node per actor and one edge per relation, with their ids", () => {
    const nodeIds = [...doc.querySelectorAll("a[data-actor-id]")].map((a) => a.getAttribute("data-actor-id"));
    const edgeIds = [...doc.querySelectorAll("path[data-relation-id]")].map((p) => p.getAttribute("data-relation-id"));
    expect(nodeIds.sort()).toEqual(tables.actors.map((a) => a.id).sort());
    expect(edgeIds.sort()).toEqual(tables.relations.map((r) => r.id).sort());
    expect(doc.querySelectorAll(".net-labels text")).toHaveLength(tables.actors.length);
  });

  it("writes each relation's ends, type, first and last day, and an arrow only when directed", () => {
    for (const r of tables.relations) {
      const p = doc.querySelector(`path[data-relation-id="${r.id}"]`)!;
      expect(p.getAttribute("data-from")).toBe(r.from);
      expect(p.getAttribute("data-to")).toBe(r.to);
      expect(p.getAttribute("data-type")).toBe(r.type);
      expect(p.getAttribute("data-start")).toBe(firstDay(parsePartialDate(r.start)!));
      expect(p.getAttribute("data-end")).toBe(r.end ? lastDay(parsePartialDate(r.end)!) : null);
      expect(p.hasAttribute("marker-end"), r.id).toBe(r.directed);
    }
    // Month-only dates stand for the whole month; a relation still open has no last day.
    const at = (id: string) => doc.querySelector(`path[data-relation-id="${id}"]`)!;
    expect([at("rel-fixture-a-b-2022").getAttribute("data-start"), at("rel-fixture-a-b-2022").getAttribute("data-end")]).toEqual(["2022-06-01", "2023-06-30"]);
    expect([at("rel-fixture-b-c-2024").getAttribute("data-start"), at("rel-fixture-b-c-2024").getAttribute("data-end")]).toEqual(["2024-02-01", null]);
    expect([at("rel-fixture-a-b-2024").hasAttribute("marker-end"), at("rel-fixture-c-d-2024").hasAttribute("marker-end")]).toEqual([false, true]);
  });

  it("links every node to its actor's page and names it in full", () => {
    for (const a of tables.actors) {
      const node = doc.querySelector(`a[data-actor-id="${a.id}"]`)!;
      expect(node.getAttribute("href")).toBe(`/actors/${a.id}/`);
      expect(node.querySelector("title")!.textContent).toContain(a.name);
      expect(doc.querySelector(`text[data-for="${a.id}"]`)!.textContent).toBe(shortName(a.name));
    }
  });

  it("downloads as a CSV of exactly its relations and cites every relation's sources", () => {
    const records = parseCsv(chartCsv(chart)).records.map((r) => r.cells.map((c) => c.value));
    expect(records.slice(1).map((r) => r[records[0]!.indexOf("id")]).sort()).toEqual(tables.relations.map((r) => r.id).sort());
    expect(chart.sources.sort()).toEqual([...new Set(tables.relations.flatMap((r) => r.sources))].sort());
  });
});

describe("network markup", () => {
  const { tables } = loadData(join(makeProject(), "data"));

  it("escapes names and ids from the data", () => {
    const actors = [
      { ...tables.actors[0]!, id: "act-a", name: `A & <b>"quoted"</b>` },
      { ...tables.actors[1]!, id: "act-b", name: "B" },
    ];
    const relations = [{ ...tables.relations[0]!, id: "rel-a-b", from: "act-a", to: "act-b" }];
    const svg = networkSvg(computeGraph(actors, relations), { label: "x < y" }).svg;
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("A &amp; &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;");
    expect(svg).toContain('aria-label="x &lt; y"');
  });

  it("shortens long names for labels, preferring an acronym in brackets", () => {
    expect(shortName("Office of Foreign Assets Control (OFAC)")).toBe("OFAC");
    expect(shortName("Kremlin (Presidential Administration of Russia)")).toBe("Kremlin");
    expect(shortName("Donald J. Trump")).toBe("Donald J. Trump");
    const long = shortName("US Department of Defense Office of Inspector General (Special Inspector General for Operation Atlantic Resolve)");
    expect(long.length).toBeLessThanOrEqual(28);
    expect(long.endsWith("…")).toBe(true);
  });
});
