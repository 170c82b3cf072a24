// Every registered chart carries its key inside its drawing, so the page, the embed, the SVG and PNG
// downloads and the share card all say what its colours and line styles mean. A chart whose
// colours mean something and whose drawing has no key fails here.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { chartCardSvg, chartExportSvg } from "../../src/export/export.ts";
import { exportStyle, exportText } from "../../src/export/chart-exports.ts";
import { resolveCustomProperties } from "../../src/export/css-vars.ts";
import { chartKey, squareSwatch } from "../../src/charts/chart-key.ts";
import { render } from "../../src/charts/dom.ts";
import { networkGraph } from "../../src/views/network/network-graph.ts";
import { COUNTRY_GROUPS, FAMILIES, FAMILY_STROKES, KINDS } from "../../src/views/network/network-style.ts";
import { textWidth } from "../../src/charts/text-width.ts";
import { checkChartKey } from "../support/chart-keys.ts";
import { ROOT } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
// Charts colour marks with the theme's custom properties (fill="var(--mx-ru)"); the check reads them
// as the light theme resolves them, as the downloads do, so a var()-coloured mark needs its key too.
// The accent colours links (mineral names) and the timeline's "now" line, the era bands lie behind
// the timeline under their names: words say what they are, not a key. They stay currentColor here,
// as they did while the data tier's CSS imports were empty (the page's colours now come from
// palette.ts, so the tier sees them).
const keyStyle = { vars: { ...exportStyle.vars, "--accent": "currentColor", "--era-a": "currentColor", "--era-b": "currentColor" } };
const resolved = (svg: string) => resolveCustomProperties(svg, keyStyle.vars);
const doc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe("the key check", () => {
  it("fails a drawing that colours its marks without a key, and one whose key leaves a colour or dash out", () => {
    const bars = `<rect fill="#0072B2" width="5" height="5"/><rect fill="#E69F00" x="6" width="5" height="5"/>`;
    expect(checkChartKey(`<svg viewBox="0 0 10 10">${bars}</svg>`).problems).toEqual([
      "colour #0072b2 is drawn but no key item shows it with a label",
      "colour #e69f00 is drawn but no key item shows it with a label",
    ]);
    const half = `<g data-key><g data-key-item><rect fill="#0072B2"/><text>Sanctions</text></g></g>`;
    expect(checkChartKey(`<svg viewBox="0 0 10 10">${bars}${half}</svg>`).problems).toEqual(["colour #e69f00 is drawn but no key item shows it with a label"]);
    const unlabelled = `<g data-key><g data-key-item><rect fill="#0072B2"/><rect fill="#E69F00"/><text> </text></g></g>`;
    expect(checkChartKey(`<svg viewBox="0 0 10 10">${bars}${unlabelled}</svg>`).problems).toHaveLength(2);
    const dashed = `<path data-relation-id="r1" stroke="#888" stroke-dasharray="7 4" d="M0 0H9"/>`;
    expect(checkChartKey(`<svg viewBox="0 0 10 10">${dashed}</svg>`).problems).toEqual(['line style stroke-dasharray="7 4" is drawn but no key item shows it with a label']);
    expect(checkChartKey(`<div class="mx"><svg viewBox="0 0 1 1"></svg></div>`).problems).toContain("the drawing is not one <svg> element");
    // Greys and theme colours are not hues that need a key.
    expect(checkChartKey(`<svg viewBox="0 0 10 10"><rect fill="#8a919c"/><rect fill="var(--accent)"/><rect fill="currentColor"/></svg>`).problems).toEqual([]);
  });

  it("lays keys out in rows that stay within the width given", () => {
    const items = ["Sanctions", "Relief & diplomacy", "Minerals deal", "War", "Energy"].map((label) => ({ label, swatch: squareSwatch("#0072B2") }));
    const narrow = chartKey([{ items }], { width: 200, fontSize: 11 });
    const wide = chartKey([{ items }], { width: 600, fontSize: 11 });
    expect(wide.height).toBeCloseTo(11 * 1.6);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const text of doc(`<svg>${render(narrow.node(0, 0))}</svg>`).querySelectorAll("text")) {
      expect(Number(text.getAttribute("x")) + textWidth(text.textContent!, 11)).toBeLessThanOrEqual(200 + 0.01);
    }
  });
});

describe("every registered chart carries its key", () => {
  for (const { id } of CHARTS) {
    const chart = getChart(model, id);
    const drawings = [["svg", chart.drawing.svg], ...(chart.narrow?.svg ? [["narrowSvg", chart.narrow?.svg]] : []), ...(chart.narrowKey ? [["narrowKey", chart.narrowKey.svg]] : [])] as const;
    for (const [which, svg] of drawings) {
      it(`${id} (${which}): one SVG, every colour and line style explained by a key inside it`, () => {
        expect(checkChartKey(resolved(svg)).problems).toEqual([]);
      });
    }
    it(`${id}: the SVG/PNG download and the share card keep the key`, () => {
      const chartHues = checkChartKey(resolved(chart.drawing.svg)).hues;
      for (const [what, file] of [["download", chartExportSvg(chart, exportText(chart, model), keyStyle)], ["share card", chartCardSvg(chart, exportText(chart, model), keyStyle)]]) {
        const placed = doc(file!).querySelector("svg svg")!;
        const report = checkChartKey(placed.outerHTML);
        expect(report.problems, what).toEqual([]);
        expect(report.hues, what).toEqual(chartHues);
      }
    });
  }
});

describe("the network's key", () => {
  const chart = getChart(model, "actor-network");
  const graph = networkGraph(model);

  for (const [which, svg] of [["wide", chart.drawing.svg], ["narrow", chart.narrowKey!.svg]] as const) {
    it(`(${which}) names every kind of actor, country group and kind of relation in the data, drawn as the marks are`, () => {
      const items = [...doc(svg).querySelectorAll("[data-key] [data-key-item]")];
      const labels = items.map((i) => i.querySelector("text")!.textContent);
      const kinds = KINDS.filter((k) => graph.nodes.some((n) => n.actor.kind === k.id));
      const groups = COUNTRY_GROUPS.filter((g) => graph.nodes.some((n) => n.group === g.id));
      const families = FAMILIES.filter((f) => graph.edges.some((e) => e.family === f.id));
      for (const label of [...kinds.map((k) => k.label), ...groups.map((g) => g.label), ...families.map((f) => f.label)]) expect(labels).toContain(label);
      // Greys carry meaning here too ("Other countries"): each group's colour is in its own item.
      for (const g of groups) {
        const item = items.find((i) => i.querySelector("text")!.textContent === g.label)!;
        expect(item.querySelector("path")!.getAttribute("fill")).toBe(g.color);
      }
      for (const f of families) {
        const line = items.find((i) => i.querySelector("text")!.textContent === f.label)!.querySelector("path")!;
        expect(line.getAttribute("stroke-dasharray")).toBe(FAMILY_STROKES[f.id].dash ?? null);
        expect(line.getAttribute("stroke-width")).toBe(String(FAMILY_STROKES[f.id].width));
      }
    });
  }

  it("draws each relation's line style with attributes, so downloads keep dashes without the stylesheet", () => {
    const edges = [...doc(chart.drawing.svg).querySelectorAll("path[data-relation-id]")];
    expect(edges.length).toBe(graph.edges.length);
    for (const edge of edges) {
      const family = /\bf-([a-z]+)\b/.exec(edge.getAttribute("class")!)![1] as keyof typeof FAMILY_STROKES;
      expect(edge.getAttribute("stroke-dasharray")).toBe(FAMILY_STROKES[family].dash ?? null);
      expect(edge.getAttribute("stroke-width")).toBe(String(FAMILY_STROKES[family].width));
    }
    const download = chartExportSvg(chart, exportText(chart, model), keyStyle);
    expect(download).toContain(`stroke-dasharray="${FAMILY_STROKES.pressure.dash}"`);
  });
});
