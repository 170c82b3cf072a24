// The money: aid to Ukraine as claimed, voted and tracked; the $500bn demand against the fund's
// actual seed capital; frozen Russian assets; Russia's oil and gas revenue. One currency per panel,
// exactly as the sources state it: we never convert a currency (a dollar figure for Kiel's data is
// CNN's conversion, labelled as such). Panels are linear where the figures are of one order of
// magnitude; the demand-against-capital panel spans three, so it is a log scale, labelled so.

import { scaleLinear, scaleLog } from "d3";
import type { Model } from "../../data/model.ts";
import type { FigureRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../lib/format.ts";
import type { Chart } from "../chart.ts";
import { dateLabel, esc, markAttrs, moneyShort, publishers, sourceShort, whoSays } from "./markup.ts";
import { figureRowsSvg, type FigureRowSpec } from "./rows.ts";

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const KIND_GROUP: Record<string, string> = {
  claim: "said by politicians",
  appropriated: "voted by Congress",
  committed: "committed, per Kiel (dollars as converted by CNN)",
  tracked: "allocated, per Kiel (dollars as converted by CNN)",
  official: "parts of the total, official",
  estimate: "estimates",
  term: "terms and commitments",
};
const KIND_ORDER = ["claim", "appropriated", "tracked", "committed", "official", "estimate", "term"];

/** A difference between two totals is not a total: it cannot share an axis with them. */
const GAP_CLAIMS = new Set(["fig-trump-claim-us-over-europe-200bn-2025-02-19"]);

interface Panel {
  id: string;
  title: string;
  caption: string;
  rows: FigureRow[];
  /** Group heading for a row. */
  group: (f: FigureRow) => string;
  log?: boolean;
}

const amount = (f: FigureRow, v = f.value) => v * (f.scale ? SCALE[f.scale]! : 1);
const byKind = (a: FigureRow, b: FigureRow) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || amount(b) - amount(a);

/** The panels and the rows each draws, in page order. */
export function moneyPanels(model: Model): Panel[] {
  const f = model.tables.figures;
  const isKielCumulative = (x: FigureRow) => x.claimant === "act-kiel-institute" && x.period_start === "2022-01-24";
  const panels: Panel[] = [
    {
      id: "us-aid-usd",
      title: "US aid to Ukraine: said, voted, counted",
      caption: "US dollars, billions",
      rows: f.filter((x) => x.topic === "us-aid" && x.unit === "USD" && x.scale === "billion").sort(byKind),
      group: (x) => KIND_GROUP[x.kind] ?? x.kind,
    },
    {
      id: "kiel-eur",
      title: "Aid allocated to Ukraine, Kiel Institute tracker",
      caption: "Euros, billions, cumulative from 24 January 2022 (Kiel's own currency)",
      rows: f.filter((x) => (x.topic === "us-aid" || x.topic === "international-aid") && x.unit === "EUR" && isKielCumulative(x)).sort((a, b) => a.topic.localeCompare(b.topic) || b.as_of.localeCompare(a.as_of) || amount(b) - amount(a)),
      group: (x) => (x.topic === "us-aid" ? "United States" : "Europe and all donors"),
    },
    {
      id: "europe-usd",
      title: "Europe's aid: said and counted",
      caption: "US dollars, billions",
      rows: f.filter((x) => x.topic === "international-aid" && x.unit === "USD" && !GAP_CLAIMS.has(x.id)).sort(byKind),
      group: (x) => KIND_GROUP[x.kind] ?? x.kind,
    },
    {
      id: "demand-vs-fund",
      title: "The $500bn demand and the fund's actual money",
      caption: "US dollars, log scale: each gridline is ten times the one before",
      rows: f.filter((x) => (x.topic === "demand" || x.topic === "fund") && x.unit === "USD").sort((a, b) => amount(b) - amount(a)),
      group: (x) => (x.topic === "demand" ? "demanded in 2025 drafts and remarks" : "put into the fund (Sept 2025)"),
      log: true,
    },
    {
      id: "frozen-eur",
      title: "Russian state assets frozen in the West",
      caption: "Euros, billions",
      rows: f.filter((x) => x.topic === "frozen-assets" && x.unit === "EUR").sort((a, b) => Number(a.period_start !== null) - Number(b.period_start !== null) || a.as_of.localeCompare(b.as_of)),
      group: (x) => (x.period_start ? "interest earned on them" : "assets frozen"),
    },
    {
      id: "oil-gas-rub",
      title: "Russia's oil and gas budget revenue",
      caption: "Roubles, trillions (Finance Ministry)",
      rows: f.filter((x) => x.topic === "oil-gas-revenue" && x.unit === "RUB").sort((a, b) => (a.period_start ?? "").localeCompare(b.period_start ?? "") || a.as_of.localeCompare(b.as_of)),
      group: (x) => (x.period_start ?? x.as_of).slice(0, 4),
    },
    {
      id: "fossil-exports-eur",
      title: "Russia's fossil-fuel export revenue",
      caption: "Euros, billions (CREA estimates)",
      rows: f.filter((x) => x.topic === "oil-gas-revenue" && x.unit === "EUR").sort((a, b) => (a.period_start ?? "").localeCompare(b.period_start ?? "")),
      group: (x) => (/EU/.test(x.label) ? "paid by the EU" : "paid by all buyers"),
    },
  ];
  return panels.filter((p) => p.rows.length > 0);
}

/** What a figure counts, in two or three words, so rows of one panel can be told apart. */
function aspect(f: FigureRow): string {
  const l = f.label.toLowerCase();
  if (/received/.test(l)) return "received";
  if (/disbursed/.test(l)) return "disbursed";
  if (/budget support/.test(l)) return "budget support";
  if (/military/.test(l)) return "military only";
  if (/all donors/.test(l)) return "all donors";
  if (/europe/.test(l)) return "Europe";
  if (/planned|plan for/.test(l)) return "plan";
  if (/first 100 days/.test(l)) return "first 100 days";
  if (/first six months/.test(l)) return "first six months";
  if (/third year/.test(l)) return "third year of the war";
  return "";
}

function period(f: FigureRow): string {
  if (f.period_start && f.period_end && f.period_start !== f.period_end) return `${dateLabel(f.period_start)} – ${dateLabel(f.period_end)}`;
  if (f.period_start) return dateLabel(f.period_start);
  return dateLabel(f.as_of);
}

export function money(model: Model): Chart {
  const panels = moneyPanels(model);
  const html = panels
    .map((p) => {
      const values = p.rows.flatMap((f) => [amount(f), f.value_high != null ? amount(f, f.value_high) : 0]);
      const unitScale = p.rows[0]!.scale ? SCALE[p.rows[0]!.scale]! : 1;
      let x;
      let ticks: { value: number; label: string }[];
      const sign = ({ USD: "$", EUR: "€", RUB: "₽" } as Record<string, string>)[p.rows[0]!.unit] ?? "";
      if (p.log) {
        const lo = 10 ** Math.floor(Math.log10(Math.min(...values.filter((v) => v > 0))));
        const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
        x = scaleLog().domain([lo, hi]).range([8, 332]);
        ticks = x.ticks().filter((t) => Number.isInteger(Math.round(Math.log10(t) * 1e6) / 1e6)).map((t) => ({ value: t, label: t >= 1e12 ? `${sign}${t / 1e12}tn` : t >= 1e9 ? `${sign}${t / 1e9}bn` : `${sign}${t / 1e6}m` }));
      } else {
        x = scaleLinear().domain([0, Math.max(...values)]).nice(4).range([0, 340]);
        const abbr = ({ billion: "bn", trillion: "tn", million: "m" } as Record<string, string>)[p.rows[0]!.scale ?? ""] ?? "";
        ticks = x.ticks(4).map((t) => ({ value: t, label: `${sign}${t / unitScale}${abbr}` }));
      }
      const rows: FigureRowSpec[] = p.rows.map((f) => {
        const who = whoSays(model, f.claimant, f.sources).replace(/^unattributed, as reported by /, "");
        const what = aspect(f);
        return {
          attrs: markAttrs({
            rowId: f.id,
            label: f.label,
            display: formatQuantity(f),
            value: f.value,
            unit: f.scale ? `${f.unit} ${f.scale}` : f.unit,
            date: f.period_start || f.period_end ? `${period(f)} (stated ${dateLabel(f.as_of)})` : dateLabel(f.as_of),
            source: publishers(model, f.sources),
            note: `${f.kind} by ${whoSays(model, f.claimant, f.sources)}`,
          }),
          title: who,
          sub: [what, period(f)].filter(Boolean).join(", "),
          valueText: moneyShort(f),
          low: amount(f),
          high: f.value_high != null ? amount(f, f.value_high) : null,
          qualifier: f.qualifier,
          tone: f.kind === "claim" ? "mx-contested" : f.kind === "term" ? "mx-ua" : "mx-other",
          group: p.group(f),
          source: sourceShort(model, f.sources),
        };
      });
      const svg = figureRowsSvg({ rows, x, mode: p.log ? "dot" : "bar", ticks, label: `${p.title}, ${p.caption}` });
      return `<section class="mx-panel" aria-label="${esc(p.title)}"><p class="mx-panel__title">${esc(p.title)}</p><p class="mx-caption">${esc(p.caption)}</p>${svg}</section>`;
    })
    .join("");

  const drawn = panels.flatMap((p) => p.rows.map((row) => ({ panel: p.title, row })));
  const f = model.tables.figures;
  const maxClaim = f.filter((x) => x.topic === "us-aid" && x.kind === "claim" && x.unit === "USD").sort((a, b) => amount(b) - amount(a))[0];
  const appropriated = f.filter((x) => x.topic === "us-aid" && x.kind === "appropriated" && x.unit === "USD").sort((a, b) => amount(a) - amount(b));
  const seed = f.filter((x) => x.topic === "fund" && x.unit === "USD").sort((a, b) => amount(b) - amount(a))[0];
  const demand = f.filter((x) => x.topic === "demand" && x.unit === "USD").sort((a, b) => amount(b) - amount(a))[0];
  const parts: string[] = [];
  if (maxClaim && appropriated.length) {
    const top = appropriated[appropriated.length - 1]!;
    parts.push(`Trump's ${moneyShort(maxClaim)} of US aid is ${(amount(maxClaim) / amount(top)).toFixed(1)} times the most Congress is reported to have voted (${moneyShort(top)})`);
  }
  if (seed && demand) parts.push(`the fund started with ${moneyShort(seed)}, ${Math.round(amount(demand) / amount(seed)).toLocaleString("en-GB")} times less than the ${moneyShort(demand)} once demanded`);
  const takeaway = parts.length ? `${parts.join("; ")}.` : "The sums said out loud next to the sums voted, tracked and paid.";

  return {
    id: "minerals-money",
    title: "The money: claimed, voted, tracked and paid",
    takeaway: takeaway.charAt(0).toUpperCase() + takeaway.slice(1),
    description:
      `${panels.length} panels, one currency each. ` +
      panels.map((p) => `${p.title} (${p.caption}): ` + p.rows.map((r) => `${whoSays(model, r.claimant, r.sources)}, ${r.label}, ${formatQuantity(r)} as of ${r.as_of}`).join("; ") + ".").join(" "),
    svg: `<div class="mx mx-money"><ul class="mx-legend" aria-label="Legend"><li><span class="mx-swatch mx-contested"></span>Claimed by a politician</li><li><span class="mx-swatch mx-other"></span>Voted, tracked, official or estimated</li><li><span class="mx-swatch mx-ua"></span>Terms and money put in</li></ul><div class="mx-grid">${html}</div></div>`,
    columns: [
      { key: "panel", label: "Panel" },
      { key: "id", label: "Row id" },
      { key: "kind", label: "Kind" },
      { key: "who", label: "Who" },
      { key: "label", label: "What" },
      { key: "value", label: "Value" },
      { key: "value_high", label: "Upper value" },
      { key: "qualifier", label: "Qualifier" },
      { key: "unit", label: "Currency" },
      { key: "scale", label: "Scale" },
      { key: "as_of", label: "As of" },
      { key: "period_start", label: "Period from" },
      { key: "period_end", label: "Period to" },
      { key: "sources", label: "Sources" },
    ],
    rows: drawn.map(({ panel, row: r }) => ({
      panel,
      id: r.id,
      kind: r.kind,
      who: whoSays(model, r.claimant, r.sources),
      label: r.label,
      value: r.value,
      value_high: r.value_high,
      qualifier: r.qualifier,
      unit: r.unit,
      scale: r.scale,
      as_of: r.as_of,
      period_start: r.period_start,
      period_end: r.period_end,
      sources: r.sources.join(";"),
    })),
    sources: [...new Set(drawn.flatMap((d) => d.row.sources))],
    notes:
      "Congress's appropriations include money spent in the US, on US forces in Europe and for other countries; Kiel counts aid allocated to Ukraine itself. " +
      "We convert no currency: the dollar figures for Kiel data are CNN's conversions. Rates (KSE's earnings per day) and Trump's claimed gap between US and European aid are left out because they are not totals.",
    page: "/minerals/",
  };
}
