// Who processes the minerals: China's share of the world's mining next to its share of refining,
// where a source gives both for the same mineral, against the whole (100%). A plain bar chart, so
// Observable Plot draws the bars and axis; the key, the caption with its full credit and the
// tooltip contract on each bar are added around and onto Plot's marks.

import type { Drawing } from "../../charts/chart.ts";
import * as Plot from "@observablehq/plot";
import type { Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../data/format.ts";
import type { Chart } from "../../charts/chart.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
import { plotSvg } from "../../charts/render.ts";
import { CHART_FONT } from "../../charts/font.ts";
import { mineralKey } from "./key.ts";
import { markAttrs, withoutTipAttrs, metricLabel, mineralName, publishers, shortDate, SOURCE_COLUMNS, sourceFields, dateLabel, whoSays } from "./markup.ts";
import { drawing, INK, SIZE, widthOf, type Variant } from "./style.ts";
import { blockHeight, textBlock, wrap } from "./text.ts";

const STAGES = [
  { metric: "share-of-world-production", label: "Mining" },
  { metric: "share-of-world-refining", label: "Refining" },
] as const;
/** The y band that holds a mineral's name when several are drawn (it has no tick). */
const NAME_ROW = "name";
const stageOf = (r: MineralStatRow) => STAGES.find((s) => s.metric === r.metric)!.label;

/** China's mining and refining shares, for minerals where the data has a refining share. */
function processingRows(model: Model): MineralStatRow[] {
  const cn = model.tables.mineral_stats.filter((r) => r.country === "CN" && r.unit === "%" && r.value !== null);
  const minerals = new Set(cn.filter((r) => r.metric === "share-of-world-refining").map((r) => r.mineral));
  return STAGES.flatMap((s) => cn.filter((r) => r.metric === s.metric && minerals.has(r.mineral)));
}

/** The bars, drawn by Plot at build time against a server-side DOM; each bar gets its row's mark attributes. */
function plotBars(model: Model, rows: MineralStatRow[], variant: Variant): { markup: string; height: number } {
  const width = widthOf(variant);
  const name = (r: MineralStatRow) => mineralName(model, r.mineral);
  const minerals = [...new Set(rows.map(name))];
  // With more than one mineral, each pair of bars gets its mineral's name on a row of its own above
  // it: beside the stage labels, Plot put the names where the stage labels are.
  const named = minerals.length > 1;
  const rowsPerMineral = named ? 3 : 2;
  const height = minerals.length * rowsPerMineral * 30 + 36;
  const attrsOf = (r: MineralStatRow) => (variant === "narrow" ? withoutTipAttrs(tipAttrs(r)) : tipAttrs(r));
  const tipAttrs = (r: MineralStatRow) =>
    markAttrs({
      rowId: r.id,
      label: `China's share of world ${name(r).toLowerCase()} ${stageOf(r).toLowerCase()} (${whoSays(model, r.claimant, r.sources)})`,
      display: formatQuantity(r),
      value: r.value,
      unit: r.unit,
      date: dateLabel(r.year),
      source: publishers(model, r.sources),
      note: `${r.basis}${r.edition ? `; ${r.edition}` : ""}`,
    });
  const svg = plotSvg({
    width,
    height,
    marginLeft: 64,
    marginRight: 44,
    marginTop: 4,
    marginBottom: 26,
    x: { domain: [0, 100], ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null, grid: true },
    y: { label: null, domain: [...(named ? [NAME_ROW] : []), ...STAGES.map((s) => s.label)], padding: 0.3, ticks: STAGES.map((s) => s.label) },
    fy: { label: null, domain: minerals, axis: null },
    marks: [
      ...(named ? [Plot.text(minerals, { fy: (m: string) => m, y: () => NAME_ROW, x: 0, text: (m: string) => m, textAnchor: "start", fontWeight: "bold", fill: INK.fg })] : []),
      Plot.barX(rows, { y: stageOf, fy: name, x1: 0, x2: 100, fill: INK.track }),
      Plot.barX(rows, {
        y: stageOf,
        fy: name,
        x: "value",
        fill: INK.other,
        // Each bar carries its row's tooltip contract (data-*, focus, aria-label), as hand-drawn marks do.
        render(index, scales, values, dimensions, context, next) {
          const g = next!(index, scales, values, dimensions, context)!;
          [...g.querySelectorAll("rect")].forEach((rect, i) => {
            for (const [k, v] of Object.entries(attrsOf(rows[index[i]!]!))) if (v !== undefined && v !== null && v !== false) rect.setAttribute(k, v === true ? "" : String(v));
          });
          return g;
        },
      }),
      Plot.text(rows, { y: stageOf, fy: name, x: "value", text: (r: MineralStatRow) => `${r.value}%`, textAnchor: "start", dx: 5, fontWeight: "bold", fill: INK.fg }),
      Plot.ruleX([0], { stroke: INK.muted }),
    ],
  });
  svg.setAttribute("font-size", String(SIZE.small));
  svg.setAttribute("font-family", CHART_FONT);
  // Plot's axis ink is currentColor: the page's text colour on screen, resolved in downloads.
  svg.setAttribute("color", INK.muted);
  svg.setAttribute("fill", INK.fg);
  return { markup: svg.outerHTML, height };
}

/**
 * Minerals drawn at most. Today's data has one; at a hundred times as much the chart drew over a
 * hundred, 16,000 pixels tall in its download, which no one could publish and which took the most
 * memory of the whole build to draw. Past it the chart draws the first ones and its caption says
 * how many the table lists.
 */
export const MAX_MINERALS = 24;

function draw(model: Model, all: MineralStatRow[], variant: Variant, label0: string, maxMinerals: number): Drawing {
  const width = widthOf(variant);
  const every = [...new Set(all.map((r) => r.mineral))];
  const drawn = new Set(every.slice(0, maxMinerals));
  const rows = all.filter((r) => drawn.has(r.mineral));
  const key = mineralKey(
    [
      { shape: "bar", ink: INK.other, text: "China's share" },
      { shape: "bar", ink: INK.track, text: "rest of the world" },
    ],
    width,
  );
  const credit = [...new Set(rows.map((r) => `${r.edition ?? whoSays(model, r.claimant, r.sources)}, as reported by ${[...new Set(r.sources.map((id) => model.sourceById.get(id)?.publisher ?? id))].join("; ")}`))];
  const cut = every.length > drawn.size ? ` (the first ${drawn.size} of ${every.length.toLocaleString("en")} minerals; the table lists every figure)` : "";
  const caption = wrap(`China's share of the world total, per ${credit.join("; ")}${cut}`, width, SIZE.small);
  const parts: SvgNode[] = [key.node, textBlock(caption, 0, key.height + 16, { size: SIZE.small, fill: INK.muted })];
  const top = key.height + 10 + blockHeight(caption.length, SIZE.small) + 6;
  const minerals = [...new Set(rows.map((r) => mineralName(model, r.mineral)))];
  if (minerals.length === 1) parts.push(textBlock([minerals[0]!], 0, top + 14, { size: SIZE.head, weight: "bold" }));
  const plotTop = top + (minerals.length === 1 ? 22 : 0);
  const plot = plotBars(model, rows, variant);
  parts.push(h("svg", { x: 0, y: plotTop, width, height: plot.height, overflow: "visible" }, { raw: plot.markup.replace(/^<svg\b[^>]*>|<\/svg>$/g, "") }));
  return drawing(variant, plotTop + plot.height + 4, label0, parts);
}

export function chinaProcessing(model: Model, { maxMinerals = MAX_MINERALS }: { maxMinerals?: number } = {}): Chart {
  const rows = processingRows(model);
  const minerals = [...new Set(rows.map((r) => r.mineral))];
  const first = minerals
    .map((m) => ({ m, mining: rows.find((r) => r.mineral === m && r.metric === STAGES[0].metric), refining: rows.find((r) => r.mineral === m && r.metric === STAGES[1].metric) }))
    .find((p) => p.mining && p.refining);
  const label0 = "China's shares of world mining and refining, per mineral";
  return {
    id: "minerals-china-processing",
    title: "Who processes the minerals",
    takeaway: first
      ? `China mines ${first.mining!.value}% of the world's ${mineralName(model, first.m).toLowerCase()} but refines ${first.refining!.value}%: whoever digs them up, most pass through China.`
      : "China's shares of mining and refining, where a source gives both.",
    description: `Bars against 100% for each stage. ` + rows.map((r) => `${mineralName(model, r.mineral)}, ${stageOf(r).toLowerCase()}: China ${r.value}% in ${shortDate(r.year)}, per ${publishers(model, r.sources)}.`).join(" "),
    drawing: rows.length ? draw(model, rows, "wide", label0, maxMinerals) : drawing("wide", 30, label0, [textBlock(["No figures in the data yet."], 0, 18, { fill: INK.muted })]),
    narrow: rows.length ? draw(model, rows, "narrow", label0, maxMinerals) : undefined,
    columns: [
      { key: "id", label: "Row id" },
      { key: "mineral", label: "Mineral id" },
      { key: "mineral_name", label: "Mineral" },
      { key: "metric", label: "Stage id" },
      { key: "metric_label", label: "Metric" },
      { key: "stage", label: "Stage" },
      { key: "year", label: "Year" },
      { key: "value", label: "China's share (%)" },
      { key: "basis", label: "Basis" },
      { key: "edition", label: "Publication" },
      ...SOURCE_COLUMNS,
    ],
    rows: rows.map((r) => ({ id: r.id, mineral: r.mineral, mineral_name: mineralName(model, r.mineral), metric: r.metric, metric_label: metricLabel(r.metric), stage: stageOf(r), year: r.year, value: r.value, basis: r.basis, edition: r.edition, ...sourceFields(model, r.sources) })),
    sources: [...new Set(rows.flatMap((r) => r.sources))],
    notes: "Shares as the source states them; we compute none from USGS tonnages. The IEA also projects shares for 2030; those are not recorded as rows.",
    page: "/minerals/ground/",
  };
}
