// The dates a minerals page carries for ?date=: only the rows its charts mark or its tables list,
// each with the date it was known from (a figure's as_of, a deal term's version date).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { getChart } from "../../src/charts/registry.ts";
import { MINERAL_TOPICS } from "../../src/views/minerals/topics.ts";
import { asOfPairs, markedRows } from "../../src/site/as-of/as-of-rows.ts";
import { FIXTURES, makeProject } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(makeProject(join(FIXTURES, "base"), join(FIXTURES, "charts")), "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

describe("a page's as-of dates", () => {
  it("lists each figure and deal term once with its own date when the page shows every row", () => {
    const pairs = asOfPairs(model);
    expect(pairs).toHaveLength(tables.figures.length + tables.deal_terms.length);
    const figure = tables.figures[0]!;
    expect(pairs).toContain(`${figure.id}@${figure.as_of}`);
    const term = tables.deal_terms[0]!;
    expect(pairs).toContain(`${term.id}@${term.version_date}`);
  });

  it("lists only the rows a topic's charts mark, and every dated one of them", () => {
    let total = 0;
    for (const topic of Object.values(MINERAL_TOPICS)) {
      const charts = topic.charts.map((id) => getChart(model, id));
      const marked = markedRows(charts);
      const listed = asOfPairs(model, marked).map((p) => p.split("@")[0]!);
      // Every listed row is drawn on the page...
      for (const id of listed) expect(marked.has(id), `${topic.slug}: ${id}`).toBe(true);
      // ...and every drawn figure or deal term is listed.
      const dated = new Set([...tables.figures, ...tables.deal_terms].map((r) => r.id));
      expect(new Set(listed)).toEqual(new Set([...marked].filter((id) => dated.has(id))));
      total += listed.length;
    }
    // The fixture's topics do draw dated rows, so the checks above are not run on empty lists.
    expect(total).toBeGreaterThan(0);
  });

  it("finds marks in the narrow drawing too, and leaves a page without dated marks without dates", () => {
    const chart = getChart(model, Object.values(MINERAL_TOPICS)[0]!.charts[0]!);
    const narrowOnly = { ...chart, drawing: { ...chart.drawing, svg: "<svg></svg>" }, narrow: { ...chart.drawing, svg: '<svg><a data-row-id="fig-x"></a></svg>' } };
    expect([...markedRows([narrowOnly])]).toEqual(["fig-x"]);
    expect(asOfPairs(model, new Set(["no-such-row"]))).toEqual([]);
  });
});
