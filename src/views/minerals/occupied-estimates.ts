// Ukraine's resources under occupation, two questions, two charts: how large a share lies in
// Russian-held ground (every estimate, by what it counts, on one 0–100% axis), and what it is worth
// (dollar estimates on a log scale, with estimates of all of Ukraine's resources for scale).

import type { Model } from "../../data/model.ts";
import type { FigureRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../data/format.ts";
import type { Chart } from "../../charts/chart.ts";
import { moneyWords, whoSays } from "./markup.ts";
import { amount, FIGURE_COLUMNS, figureRecord, figureSpec, moneyTick } from "./money.ts";
import { figureChart, TONE_KEY } from "./rows.ts";

const BASKETS = ["all mineral resources", "rare earths and critical minerals", "metals", "coal", "oil", "gas"];
const basketRank = (f: FigureRow) => {
  const i = BASKETS.indexOf(f.basket ?? "");
  return i === -1 ? BASKETS.length : i;
};

function occupiedShareRows(model: Model): FigureRow[] {
  return model.tables.figures.filter((f) => f.topic === "occupied-resources" && f.unit === "%").sort((a, b) => basketRank(a) - basketRank(b) || a.as_of.localeCompare(b.as_of));
}

/** Values in US dollars: under occupation first, then all of Ukraine for scale. */
function occupiedValueRows(model: Model): FigureRow[] {
  const usd = (f: FigureRow) => f.unit === "USD" && f.scale !== null;
  const byValue = (a: FigureRow, b: FigureRow) => amount(b) - amount(a);
  const occupied = model.tables.figures.filter((f) => f.topic === "occupied-resources" && usd(f)).sort(byValue);
  const whole = model.tables.figures.filter((f) => f.topic === "resource-value" && usd(f)).sort(byValue);
  return [...occupied, ...whole];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const DOT_KEY = [TONE_KEY.claim("dot"), { ...TONE_KEY.count("dot"), text: "estimate by an analyst or outlet" }, { shape: "arrow" as const, text: "more than (or, pointing left, less than)" }];

export function occupiedEstimates(model: Model): Chart {
  const shares = occupiedShareRows(model);
  const label = "Estimates of the share of Ukraine's resources under Russian control, by what is counted";
  const panel = { caption: "Per cent of each basket of Ukraine's resources, as each source counts it", scale: "percent" as const, format: (v: number) => `${v}%`, rows: shares.map((f) => figureSpec(model, f, capital(f.basket ?? "unspecified"), (v) => v)) };
  const key = DOT_KEY.slice(0, 2);
  const zel = shares.filter((f) => f.claimant === "act-volodymyr-zelenskyy");
  const sec = shares.filter((f) => f.claimant === "act-secdev");
  const range = shares.length ? `${Math.min(...shares.map((f) => f.value))}% to ${Math.max(...shares.map((f) => f.value))}%` : "";
  return {
    id: "minerals-occupied-estimates",
    title: "How much of Ukraine's mineral wealth is under occupation?",
    takeaway: shares.length
      ? `Estimates run from ${range}, depending on who counts, what they count and when${sec.length && zel.length ? ": SecDev's 2022 baskets and Zelenskyy's 2025 figures are not the same measure" : ""}.`
      : "No estimates in the data yet.",
    description: "Dots on a 0 to 100 per cent scale, one row per estimate, grouped by what is counted. " + shares.map((f) => `${whoSays(model, f.claimant, f.sources)}, ${f.basket}, ${f.as_of}: ${formatQuantity(f)}.`).join(" "),
    drawing: figureChart({ panels: [panel], label, key, variant: "wide" }),
    narrow: figureChart({ panels: [panel], label, key, variant: "narrow" }),
    columns: [{ key: "basket", label: "What is counted" }, ...FIGURE_COLUMNS],
    rows: shares.map((f) => ({ basket: f.basket, ...figureRecord(model, "Share under Russian control", capital(f.basket ?? "unspecified"), f) })),
    sources: [...new Set(shares.flatMap((f) => f.sources))],
    notes: "SecDev's 2022 analysis counts deposits in areas held since 2014 too; the 2025 figures reflect a different front line. Shares are comparable only within a basket.",
    page: "/minerals/occupation/",
  };
}

export function occupiedValue(model: Model): Chart {
  const values = occupiedValueRows(model);
  const label = "Dollar values of Ukraine's resources under occupation and in all, log scale";
  const panel = {
    caption: "US dollars, log scale: each gridline is ten times the one before",
    scale: "log" as const,
    format: moneyTick("USD"),
    rows: values.map((f) => figureSpec(model, f, f.topic === "occupied-resources" ? "Under Russian control" : "All of Ukraine's resources, for scale")),
  };
  const occupied = values.filter((f) => f.topic === "occupied-resources");
  const whole = values.filter((f) => f.topic !== "occupied-resources");
  const hi = occupied[0];
  const lo = occupied[occupied.length - 1];
  return {
    id: "minerals-occupied-value",
    title: "What the resources under occupation are said to be worth",
    takeaway:
      hi && lo && hi !== lo
        ? `Estimates of the occupied part run from ${moneyWords(lo)} to ${moneyWords(hi)}; estimates for all of Ukraine span ${whole.length ? `${moneyWords(whole[whole.length - 1]!)} to ${moneyWords(whole[0]!)}` : "a similar range"}, so the figures say more about who counts than about the ground.`
        : "Dollar estimates of Ukraine's resources, by source.",
    description: "Dots on a logarithmic dollar scale, one row per estimate: first the value of resources under Russian control, then estimates for all of Ukraine. " + values.map((f) => `${whoSays(model, f.claimant, f.sources)}, ${f.label}, ${formatQuantity(f)} (${f.as_of}).`).join(" "),
    drawing: figureChart({ panels: [panel], label, key: DOT_KEY, variant: "wide" }),
    narrow: figureChart({ panels: [panel], label, key: DOT_KEY, variant: "narrow" }),
    columns: [{ key: "basket", label: "What is counted" }, ...FIGURE_COLUMNS],
    rows: values.map((f) => ({ basket: f.basket, ...figureRecord(model, "Value of Ukraine's resources", f.topic === "occupied-resources" ? "Under Russian control" : "All of Ukraine's resources", f) })),
    sources: [...new Set(values.flatMap((f) => f.sources))],
    notes: "Resource values count what is thought to be in the ground, not what could be mined at a profit; reserves (Mykhailov) are a far smaller base than resources.",
    page: "/minerals/occupation/",
  };
}
