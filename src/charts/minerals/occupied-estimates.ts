// Ukraine's resources under occupation: every estimate of the share (by basket: coal, metals,
// critical minerals, all resources) and of the value in Russian-held ground, by source and date,
// with the estimates of what all of Ukraine's resources are worth for scale. Shares sit on a 0–100%
// axis; values span two orders of magnitude, so they get their own log-scale panel.

import { scaleLinear, scaleLog } from "d3";
import type { Model } from "../../data/model.ts";
import type { FigureRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../lib/format.ts";
import type { Chart } from "../chart.ts";
import { dateLabel, markAttrs, moneyShort, publishers, sourceShort, whoSays } from "./markup.ts";
import { figureRowsSvg, type FigureRowSpec } from "./rows.ts";

const BASKETS = ["all mineral resources", "rare earths and critical minerals", "metals", "coal", "oil", "gas"];
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const KIND_WORD: Record<string, string> = { claim: "claim", estimate: "estimate", official: "official figure" };

const basketRank = (f: FigureRow) => {
  const i = BASKETS.indexOf(f.basket ?? "");
  return i === -1 ? BASKETS.length : i;
};

export function occupiedShareRows(model: Model): FigureRow[] {
  return model.tables.figures
    .filter((f) => f.topic === "occupied-resources" && f.unit === "%")
    .sort((a, b) => basketRank(a) - basketRank(b) || a.as_of.localeCompare(b.as_of));
}

/** Values in US dollars: under occupation first, then all of Ukraine for scale. */
export function occupiedValueRows(model: Model): FigureRow[] {
  const usd = (f: FigureRow) => f.unit === "USD" && f.scale !== null;
  const occupied = model.tables.figures.filter((f) => f.topic === "occupied-resources" && usd(f));
  const whole = model.tables.figures.filter((f) => f.topic === "resource-value" && usd(f));
  const byValue = (a: FigureRow, b: FigureRow) => b.value * SCALE[b.scale!]! - a.value * SCALE[a.scale!]!;
  return [...occupied.sort(byValue), ...whole.sort(byValue)];
}

function spec(model: Model, f: FigureRow, group: string, value: (v: number) => number): FigureRowSpec {
  const who = whoSays(model, f.claimant, f.sources);
  const short = formatQuantity(f);
  return {
    attrs: markAttrs({
      rowId: f.id,
      label: f.label,
      display: short,
      value: f.value,
      unit: f.scale ? `${f.unit} ${f.scale}` : f.unit,
      date: dateLabel(f.as_of),
      source: publishers(model, f.sources),
      note: `${KIND_WORD[f.kind] ?? f.kind} by ${who}${f.basket ? `; counts ${f.basket}` : ""}`,
    }),
    title: who.replace(/^unattributed, as reported by /, ""),
    sub: `${KIND_WORD[f.kind] ?? f.kind}, ${dateLabel(f.as_of)}`,
    valueText: moneyShort(f),
    low: value(f.value),
    high: f.value_high != null ? value(f.value_high) : null,
    qualifier: f.qualifier,
    tone: f.kind === "claim" ? "mx-contested" : "mx-other",
    group,
    source: sourceShort(model, f.sources),
  };
}

export function occupiedEstimates(model: Model): Chart {
  const shares = occupiedShareRows(model);
  const values = occupiedValueRows(model);
  const usd = (f: FigureRow) => f.value * SCALE[f.scale!]!;

  const shareSvg = figureRowsSvg({
    rows: shares.map((f) => spec(model, f, f.basket ?? "unspecified", (v) => v)),
    x: scaleLinear().domain([0, 100]).range([0, 340]),
    mode: "dot",
    ticks: [0, 25, 50, 75, 100].map((v) => ({ value: v, label: `${v}%` })),
    label: "Shares of Ukraine's resources under Russian control, by basket",
  });
  const lo = Math.min(...values.map(usd), 1e11);
  const hi = Math.max(...values.flatMap((f) => [usd(f), f.value_high ? f.value_high * SCALE[f.scale!]! : 0]), 1e13);
  const x = scaleLog().domain([10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))]).range([8, 332]);
  const tickValues = x.ticks().filter((t) => Number.isInteger(Math.log10(t)));
  const valueSvg = values.length
    ? figureRowsSvg({
        rows: values.map((f) => spec(model, f, f.topic === "occupied-resources" ? "under Russian control" : "all of Ukraine, for scale", (v) => v * SCALE[f.scale!]!)),
        x,
        mode: "dot",
        ticks: tickValues.map((t) => ({ value: t, label: t >= 1e12 ? `$${t / 1e12}tn` : `$${t / 1e9}bn` })),
        label: "Dollar values of Ukraine's resources, log scale",
      })
    : "";

  const legend = `<ul class="mx-legend" aria-label="Legend"><li><span class="mx-swatch mx-swatch--dot mx-other"></span>Estimate by an analyst or outlet</li><li><span class="mx-swatch mx-swatch--dot mx-contested"></span>Claim by a politician</li><li>→ / ← “more than” / “less than”</li></ul>`;
  const svg =
    `<div class="mx mx-occupied">${legend}<div class="mx-grid">` +
    `<section class="mx-panel" aria-label="Share under Russian control"><p class="mx-panel__title">Share under Russian control</p><p class="mx-caption">Per cent of each basket of Ukraine's resources, as each source counts it</p>${shareSvg}</section>` +
    (valueSvg ? `<section class="mx-panel" aria-label="What it is worth"><p class="mx-panel__title">What it is worth</p><p class="mx-caption">US dollars, log scale: each gridline is ten times the one before</p>${valueSvg}</section>` : "") +
    `</div></div>`;

  const drawn = [...shares, ...values];
  const zel = shares.filter((f) => f.claimant === "act-volodymyr-zelenskyy");
  const sec = shares.filter((f) => f.claimant === "act-secdev");
  const range = shares.length ? `${Math.min(...shares.map((f) => f.value))}% to ${Math.max(...shares.map((f) => f.value))}%` : "";
  const takeaway = shares.length
    ? `Estimates of how much lies in Russian-held ground run from ${range}, depending on who counts, what they count and when${sec.length && zel.length ? " — SecDev's 2022 baskets and Zelenskyy's 2025 figures are not the same measure" : ""}.`
    : "Estimates of Ukraine's resources under occupation, by source.";

  return {
    id: "minerals-occupied-estimates",
    title: "How much of Ukraine's mineral wealth is under occupation?",
    takeaway,
    description:
      "Dot chart, one row per estimate, grouped by what is counted, then a log-scale panel of dollar values. " +
      drawn.map((f) => `${whoSays(model, f.claimant, f.sources)}, ${f.basket ?? f.topic}, ${f.as_of}: ${formatQuantity(f)}.`).join(" "),
    svg,
    columns: [
      { key: "id", label: "Row id" },
      { key: "topic", label: "Topic" },
      { key: "basket", label: "What is counted" },
      { key: "kind", label: "Kind" },
      { key: "who", label: "Who says" },
      { key: "as_of", label: "As of" },
      { key: "value", label: "Value" },
      { key: "value_high", label: "Upper value" },
      { key: "qualifier", label: "Qualifier" },
      { key: "unit", label: "Unit" },
      { key: "scale", label: "Scale" },
      { key: "sources", label: "Sources" },
    ],
    rows: drawn.map((f) => ({
      id: f.id,
      topic: f.topic,
      basket: f.basket,
      kind: f.kind,
      who: whoSays(model, f.claimant, f.sources),
      as_of: f.as_of,
      value: f.value,
      value_high: f.value_high,
      qualifier: f.qualifier,
      unit: f.unit,
      scale: f.scale,
      sources: f.sources.join(";"),
    })),
    sources: [...new Set(drawn.flatMap((f) => f.sources))],
    notes:
      "SecDev's 2022 analysis counts deposits in areas held since 2014 as well; the 2025 figures reflect a different front line. Baskets differ (coal, metals, critical minerals, everything), so shares are comparable only within a basket. " +
      "Resource values count what is thought to be in the ground, not what could be mined at a profit.",
    page: "/minerals/",
  };
}
