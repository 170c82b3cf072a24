// At scale (synthetic data six times today's, past the thresholds) the views stay readable: the
// timeline draws counts per month linking to month pages, the network the most connected actors,
// relations resolve to their page of the full list, and expansions place the left-out neighbours.
// Today's data stays below every threshold and is drawn as before. Both are about the size of the
// real record, so this file reads data/ (the data tier); how list pages cut is in unit/list-pages.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { writeSyntheticData } from "../../scripts/synthetic-data.ts";
import { timelineChart } from "../../src/views/timeline/timeline.ts";
import { actorNetwork } from "../../src/views/network/actor-network.ts";
import { networkGraph } from "../../src/views/network/network-graph.ts";
import { expansion } from "../../src/views/network/network-expansion.ts";
import { mostConnected, NETWORK_MAX_NODES } from "../../src/views/network/network-selection.ts";
import { MINERAL_ROWS_PER_PAGE, relationPageOf, RELATIONS_PER_PAGE } from "../../src/site/row-pages.ts";
import { TIMELINE_MAX_MARKS } from "../../src/views/timeline/timeline-density.ts";
import { rowPath } from "../../src/site/row-paths.ts";
import { ROOT } from "../support/data-copy.ts";
import { sourceIndex, SOURCES_PER_PAGE } from "../../src/site/source-index.ts";
import { mineralTables } from "../../src/views/minerals/mineral-tables.ts";
import { oldIdPages, OLD_IDS_PER_PAGE } from "../../src/views/changes/old-id-pages.ts";
import { depositsMap, MAP_MAX_DEPOSITS } from "../../src/views/minerals/deposits-map.ts";
import { claimsVsAssessments, CLAIMS_MAX_SUBJECTS } from "../../src/views/minerals/claims-vs-assessments.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { PANEL_MAX_ROWS } from "../../src/views/minerals/rows.ts";
import { chinaProcessing, MAX_MINERALS } from "../../src/views/minerals/china-processing.ts";
import { storyTimelineSvg } from "../../src/views/story/story-timeline.ts";

const modelOf = (dir: string) => {
  const { tables, folder } = loadData(dir);
  return buildModel(tables, folder.descriptor, "2026-01-01");
};

describe("views at today's size", () => {
  const model = modelOf(join(ROOT, "data"));
  it("are below every threshold, so every event and actor is drawn", () => {
    expect(model.events.length).toBeLessThanOrEqual(TIMELINE_MAX_MARKS);
    expect(model.tables.actors.length).toBeLessThanOrEqual(NETWORK_MAX_NODES);
    const timeline = timelineChart(model).drawing.svg;
    expect(timeline).not.toContain("tl-bin");
    expect(timeline.match(/class="tl-event"/g)).toHaveLength(model.events.length);
    expect(networkGraph(model).nodes).toHaveLength(model.tables.actors.length);
  });
});

describe("lists at today's size", () => {
  const model = modelOf(join(ROOT, "data"));
  it("stay on one page each: sources, mineral tables, renamed and removed ids, the deposits map", () => {
    expect(sourceIndex(model).pages).toEqual([]);
    expect(rowPath(model, "sources", model.sources[0]!.id)).toBe(`/sources/#${model.sources[0]!.id}`);
    for (const t of mineralTables(model)) expect(t.pageCount, t.slug).toBe(0);
    expect(rowPath(model, "mineral_stats", model.tables.mineral_stats[0]!.id)).toBe(`/minerals/figures/#${model.tables.mineral_stats[0]!.id}`);
    expect(oldIdPages(model).pages).toEqual([]);
    // No chart leaves figures to its table at today's size.
    for (const { id } of CHARTS) expect(getChart(model, id).drawing.svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").includes("the table lists"), id).toBe(false);
    const map = depositsMap(model);
    expect(/aria-label="Map of Ukraine with \d+ named deposits/.test(map.drawing.svg)).toBe(true);
    expect(map.drawing.svg.match(/data-deposit-id=/g)!.length).toBeGreaterThanOrEqual(model.deposits.filter((d) => d.country === "UA" && d.lat !== null).length);
  });
});

describe("views at six times today's data", () => {
  const dir = mkdtempSync(join(tmpdir(), "smt-scale-"));
  writeSyntheticData(dir, 6, { from: join(ROOT, "data") });
  const model = modelOf(dir);

  it("timeline: bars per month and track, each linking to its month's page, and no mark per event", () => {
    expect(model.events.length).toBeGreaterThan(TIMELINE_MAX_MARKS);
    const chart = timelineChart(model);
    expect(chart.drawing.svg).not.toContain('class="tl-event"');
    const bars = [...chart.drawing.svg.matchAll(/<a class="tl-bin" href="([^"]+)"[^>]*data-month="(\d{4}-\d{2})" data-count="(\d+)"/g)];
    expect(bars.length).toBeGreaterThan(10);
    for (const [, href, month] of bars) expect(href).toBe(`/timeline/${month}/`);
    // The bars count every event once.
    expect(bars.reduce((s, b) => s + Number(b[3]), 0)).toBe(model.events.length);
    // The chart's data (table alternative and CSV) is what it draws: counts per month.
    expect(chart.rows.reduce((s, r) => s + Number(r.events), 0)).toBe(model.events.length);
  });

  it("network: the most connected actors and only the relations among them", () => {
    const { actors, relations } = model.tables;
    expect(actors.length).toBeGreaterThan(NETWORK_MAX_NODES);
    const graph = networkGraph(model);
    expect(graph.nodes).toHaveLength(NETWORK_MAX_NODES);
    expect(graph.total).toEqual({ actors: actors.length, relations: relations.length });
    const drawn = new Set(graph.nodes.map((n) => n.actor.id));
    for (const e of graph.edges) expect(drawn.has(e.relation.from) && drawn.has(e.relation.to)).toBe(true);
    // No left-out actor has more relations than the least connected one drawn.
    const degree = (id: string) => relations.filter((r) => r.from === id || r.to === id).length;
    const leastDrawn = Math.min(...graph.nodes.map((n) => degree(n.actor.id)));
    const mostLeftOut = Math.max(...actors.filter((a) => !drawn.has(a.id)).map((a) => degree(a.id)));
    expect(mostLeftOut).toBeLessThanOrEqual(leastDrawn);
    expect(actorNetwork(model).takeaway).toMatch(new RegExp(`^Drawn: the ${NETWORK_MAX_NODES} most connected of ${actors.length.toLocaleString("en")} actors`));
  });

  it("relations link to the page of the full list that holds them", () => {
    const pages = relationPageOf(model.tables.relations);
    const ordered = [...model.tables.relations].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    const last = ordered[ordered.length - 1]!;
    expect(pages.get(ordered[0]!.id)).toBe(1);
    expect(pages.get(last.id)).toBe(Math.ceil(ordered.length / RELATIONS_PER_PAGE));
    expect(rowPath(model, "relations", ordered[RELATIONS_PER_PAGE]!.id)).toBe(`/network/relations/2/#${ordered[RELATIONS_PER_PAGE]!.id}`);
  });

  it("expanding a drawn actor places its left-out neighbours around it, inside the frame", () => {
    const graph = networkGraph(model);
    const drawn = new Set(graph.nodes.map((n) => n.actor.id));
    const node = graph.nodes.find((n) => (model.relationsOfActor.get(n.actor.id) ?? []).some((r) => !drawn.has(r.from) || !drawn.has(r.to)))!;
    const added = expansion(model, graph, node.actor.id);
    expect(added.length).toBeGreaterThan(0);
    for (const a of added) {
      expect(drawn.has(a.id)).toBe(false);
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x).toBeLessThanOrEqual(graph.width);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeLessThanOrEqual(graph.height);
      expect(Math.hypot(a.x - node.x, a.y - node.y)).toBeGreaterThan(node.r);
    }
    expect(new Set(added.map((a) => `${a.x} ${a.y}`)).size).toBe(added.length);
  });

  it("choosing the most connected is stable: ties go by id, whatever the input order", () => {
    const { actors, relations } = model.tables;
    const a = mostConnected(actors, relations).actors.map((x) => x.id);
    const b = mostConnected([...actors].reverse(), [...relations].reverse()).actors.map((x) => x.id);
    expect(b).toEqual(a);
  });

  it("sources: every source and publisher on exactly one page of at most about a page's size, links go there", () => {
    expect(model.sources.length).toBeGreaterThan(SOURCES_PER_PAGE);
    const { pages, pageOf } = sourceIndex(model);
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap((p, i) => p.flatMap((g) => g.sources.map((s) => [s.id, i + 1] as const)));
    expect(listed).toHaveLength(model.sources.length);
    expect(new Set(listed.map(([id]) => id)).size).toBe(model.sources.length);
    for (const [id, page] of listed) expect(pageOf.get(id)).toBe(page);
    // A publisher is never split between two pages.
    const publisherPages = pages.flatMap((p, i) => p.map((g) => [g.id, i] as const));
    expect(new Set(publisherPages.map(([id]) => id)).size).toBe(publisherPages.length);
    const [id, page] = listed[listed.length - 1]!;
    expect(rowPath(model, "sources", id)).toBe(`/sources/${page}/#${id}`);
  });

  it("mineral tables past a page are paged in file order, and rows link to their page", () => {
    const stats = mineralTables(model).find((t) => t.slug === "mineral-stats")!;
    expect(model.tables.mineral_stats.length).toBeGreaterThan(MINERAL_ROWS_PER_PAGE);
    expect(stats.pageCount).toBe(Math.ceil(model.tables.mineral_stats.length / MINERAL_ROWS_PER_PAGE));
    const row = model.tables.mineral_stats[MINERAL_ROWS_PER_PAGE]!;
    expect(rowPath(model, "mineral_stats", row.id)).toBe(`/minerals/figures/mineral-stats/2/#${row.id}`);
  });

  it("renamed and removed ids past a page move to pages, each version knowing which pages hold its ids", () => {
    const all = model.history.versions.flatMap((v) => v.redirects);
    expect(all.length).toBeGreaterThan(OLD_IDS_PER_PAGE);
    const { pages, pagesOfVersion } = oldIdPages(model);
    expect(pages.flat()).toEqual(all);
    for (const v of model.history.versions.filter((x) => x.redirects.length > 0)) {
      const [from, to] = pagesOfVersion.get(v.version)!;
      expect(pages.slice(from - 1, to).flat().filter((r) => r.version === v.version)).toHaveLength(v.redirects.length);
    }
  });

  it("the deposits map draws one deposit per place and says how many it leaves to the table", () => {
    const ukrainian = model.deposits.filter((d) => d.country === "UA");
    expect(ukrainian.length).toBeGreaterThan(MAP_MAX_DEPOSITS);
    const map = depositsMap(model);
    const drawn = new Set([...map.drawing.svg.matchAll(/data-deposit-id="([^"]+)"/g)].map((m) => m[1]));
    expect(drawn.size).toBeLessThanOrEqual(MAP_MAX_DEPOSITS);
    expect(/aria-label="Map of Ukraine with \d+ of (\d+) named deposits/.exec(map.drawing.svg)?.[1]).toBe(String(ukrainian.length));
    expect(map.rows).toHaveLength(ukrainian.length);
  });

  it("the claims chart draws its first pairs, says how many more, and keeps every figure in its table", () => {
    const chart = claimsVsAssessments(model);
    const total = Number(/^(\d+) country and mineral pairs/.exec(chart.description)?.[1]);
    expect(total).toBeGreaterThan(CLAIMS_MAX_SUBJECTS);
    expect(chart.drawing.svg.includes(`for the first ${CLAIMS_MAX_SUBJECTS} of ${total} country and mineral pairs`)).toBe(true);
    // Each drawn pair has a heading line; no more than the maximum are drawn.
    expect(chart.drawing.svg.match(/font-weight="700">[^<]* · [^<]*<\/text>/g)!.length).toBeLessThanOrEqual(CLAIMS_MAX_SUBJECTS * 2);
    const atToday = claimsVsAssessments(modelOf(join(ROOT, "data")));
    expect(chart.rows.length).toBeGreaterThan(atToday.rows.length * 5);
    expect(atToday.drawing.svg.includes("Showing the first")).toBe(false);
  });

  it("money charts draw at most a panel's worth of figures, say how many more, and keep them all in the table", () => {
    const chart = getChart(model, "minerals-money");
    const text = chart.drawing.svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toMatch(new RegExp(`the first ${PANEL_MAX_ROWS} of [\\d,]+; the table lists every figure`));
    expect(chart.rows.length).toBeGreaterThan(PANEL_MAX_ROWS);
    const drawn = chart.drawing.svg.match(/data-row-id="/g)!.length;
    expect(drawn).toBeLessThan(chart.rows.length);
  });

  it("the China processing chart draws its first minerals, says how many more, and keeps every share in its table", () => {
    const all = chinaProcessing(model);
    const minerals = new Set(all.rows.map((r) => r.mineral)).size;
    expect(minerals).toBeGreaterThan(3);
    expect(minerals).toBeLessThanOrEqual(MAX_MINERALS);
    const barsOf = (svg: string) => svg.match(/<rect[^>]*data-row-id="/g)?.length ?? 0;
    expect(barsOf(all.drawing.svg)).toBe(all.rows.length);
    // With room for three, three minerals' bars (mining and refining) are drawn and the caption says so.
    const cut = chinaProcessing(model, { maxMinerals: 3 });
    for (const svg of [cut.drawing.svg, cut.narrow!.svg]) {
      expect(barsOf(svg)).toBe(all.rows.filter((r) => [...new Set(all.rows.map((x) => x.mineral))].slice(0, 3).includes(r.mineral)).length);
      expect(svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain(`(the first 3 of ${minerals} minerals; the table lists every figure)`);
    }
    expect(cut.rows).toEqual(all.rows);
    expect(cut.drawing.height).toBeLessThan(all.drawing.height);
    // Each mineral is named on a row of its own, starting where its bars start, right of where the
    // stage labels ("Mining", "Refining") end: beside them, the names were drawn over the labels.
    for (const svg of [all.drawing.svg, all.narrow!.svg]) {
      const names = [...svg.matchAll(/<g transform="translate\(0,[\d.]+\)" font-weight="bold" text-anchor="start"[^>]*><text transform="translate\(([\d.]+),[\d.]+\)"[^>]*>([^<]+)<\/text>/g)].filter((m) => !m[2]!.endsWith("%"));
      expect(names.map((m) => m[2])).toEqual([...new Set(all.rows.map((r) => r.mineral_name))]);
      const stageEnd = /<g transform="translate\((-?[\d.]+),[\d.]+\)"><g transform="translate\(0,[\d.]+\)" text-anchor="end"><text transform="translate\(([\d.]+),/.exec(svg)!;
      for (const m of names) expect(Number(m[1])).toBeGreaterThan(Number(stageEnd[1]) + Number(stageEnd[2]));
    }
  });

  it("a story step's timeline merges dots on one spot when a window holds hundreds, keeping cited events' own", () => {
    const cited = [model.events[0]!.id, model.events[model.events.length - 1]!.id];
    const { drawing: { svg } } = storyTimelineSvg(model, { from: "2014-01-01", to: "2026-12-31", date: "2025-02-12", cited });
    const dots = [...svg.matchAll(/<circle data-event-id="([^"]+)"/g)].map((m) => m[1]);
    expect(model.events.length).toBeGreaterThan(400);
    expect(dots.length).toBeLessThan(model.events.length / 3);
    for (const id of cited) expect(dots).toContain(id);
    // Every event is still counted: each dot's own event plus the ones it says share its spot.
    const more = [...svg.matchAll(/and (\d+) more events? here/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(dots.length + more).toBe(model.events.length);
    const today = modelOf(join(ROOT, "data"));
    const whole = storyTimelineSvg(today, { from: "2014-01-01", to: "2026-12-31", date: "2025-02-12", cited: [] }).drawing.svg;
    expect(whole.match(/<circle data-event-id=/g)!.length).toBe(today.events.length);
  });
});
