// The money, one question per chart: US and European aid as said, voted and counted; the Kiel
// Institute's tracker release by release; the $500bn demand against the fund's actual capital;
// frozen Russian assets; Russia's oil and gas revenue. One currency per panel, exactly as the
// sources state it: we convert no currency (dollar figures for Kiel data are CNN's conversions,
// and say so). Every row names who says it, what it counts and when.

import type { Model } from "../../data/model.ts";
import type { FigureRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../data/format.ts";
import type { Chart, ChartColumn } from "../../charts/chart.ts";
import type { KeyItem } from "./key.ts";
import { markAttrs, moneyShort, moneyWords, publishers, shortDate, SOURCE_COLUMNS, sourceFields, whoShort, whoSays } from "./markup.ts";
import { figureChart, TONE_KEY, type FigureRowSpec, type Panel, type Tone } from "./rows.ts";

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export const amount = (f: FigureRow, v = f.value): number => v * (f.scale ? SCALE[f.scale]! : 1);

const KIND_WORD: Record<string, string> = {
  claim: "said",
  appropriated: "voted",
  committed: "committed",
  tracked: "allocated",
  official: "official",
  estimate: "estimate",
  term: "in the text",
};

/** What a figure counts, in a few words, from its label: the scope that tells rows of a panel apart. */
function scope(f: FigureRow): string {
  const l = f.label.toLowerCase();
  const parts: string[] = [];
  // Only where the label opens with it: "(military, financial, humanitarian)" lists parts of a whole.
  if (/^(us |european |europe's )?military (aid|assistance)/.test(l)) parts.push("military aid only");
  if (/^(us )?(direct )?budget support/.test(l)) parts.push("budget support only");
  if (/received/.test(l)) parts.push("received");
  if (/disbursed/.test(l)) parts.push("disbursed");
  if (/all donors/.test(l)) parts.push("all donors");
  if (/average yearly/.test(l)) parts.push("yearly average");
  if (/interest/.test(l)) parts.push("interest");
  if (/planned|plan for/.test(l)) parts.push("plan");
  if (/first 100 days/.test(l)) parts.push("first 100 days of the war");
  if (/first six months/.test(l)) parts.push("first six months of the war");
  if (/third year/.test(l)) parts.push("third year of the war");
  return parts.join(", ");
}

/** When: the period a figure covers and when it was stated; for a tracker, the data cut-off of its release. */
export function when(f: FigureRow): string {
  const stated = shortDate(f.as_of);
  const start = shortDate(f.period_start);
  const end = shortDate(f.period_end);
  if ((f.kind === "tracked" || f.kind === "committed") && f.period_end) return `release with data to ${end}, published ${stated}`;
  if (f.period_start && f.period_end && f.period_start !== f.period_end) return `${start} – ${end}${f.as_of.slice(0, 7) !== f.period_end.slice(0, 7) ? `, stated ${stated}` : ""}`;
  if (f.period_start && !f.period_end) return `since ${start}, stated ${stated}`;
  return stated;
}

function tone(f: FigureRow): Tone {
  if (f.kind === "claim") return "claim";
  if (f.topic === "fund") return "term";
  return "count";
}

/**
 * A row's label. The kind of figure is left out where the group heading already says it (a panel
 * grouped by kind), so each row keeps to what it counts and when.
 */
export function figureSpec(model: Model, f: FigureRow, group: string, value: (v: number) => number = (v) => amount(f, v), showKind = true): FigureRowSpec {
  const what = [showKind ? `${KIND_WORD[f.kind] ?? f.kind}${scope(f) ? `: ${scope(f)}` : ""}` : scope(f), when(f)].filter(Boolean).join(", ");
  return {
    attrs: markAttrs({
      rowId: f.id,
      label: f.label,
      display: formatQuantity(f),
      value: f.value,
      unit: f.scale ? `${f.unit} ${f.scale}` : f.unit,
      date: when(f),
      source: publishers(model, f.sources),
      note: `${f.kind} by ${whoSays(model, f.claimant, f.sources)}`,
    }),
    who: whoShort(model, f.claimant, f.sources),
    what,
    valueText: moneyShort(f),
    low: value(f.value),
    high: f.value_high != null ? value(f.value_high) : null,
    qualifier: f.qualifier,
    tone: tone(f),
    group,
  };
}

/** Axis labels in the panel's currency: "$100bn", "€50bn", "₽5tn". */
export function moneyTick(unit: string): (v: number) => string {
  const sign = ({ USD: "$", EUR: "€", RUB: "₽" } as Record<string, string>)[unit] ?? "";
  return (v) => {
    const fmt = (n: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(n);
    if (v === 0) return `${sign}0`;
    if (v >= 1e12) return `${sign}${fmt(v / 1e12)}tn`;
    if (v >= 1e9) return `${sign}${fmt(v / 1e9)}bn`;
    if (v >= 1e6) return `${sign}${fmt(v / 1e6)}m`;
    return `${sign}${fmt(v)}`;
  };
}

export const FIGURE_COLUMNS: ChartColumn[] = [
  { key: "panel", label: "Panel" },
  { key: "group", label: "Group" },
  { key: "id", label: "Row id" },
  { key: "kind", label: "Kind" },
  { key: "who", label: "Who says it" },
  { key: "label", label: "What it counts" },
  { key: "value", label: "Value" },
  { key: "value_high", label: "Upper value" },
  { key: "qualifier", label: "Qualifier" },
  { key: "unit", label: "Currency or unit" },
  { key: "scale", label: "Scale" },
  { key: "as_of", label: "Stated" },
  { key: "period_start", label: "Period from" },
  { key: "period_end", label: "Period to" },
  ...SOURCE_COLUMNS,
];

export function figureRecord(model: Model, panel: string, group: string, r: FigureRow): Record<string, string | number | null> {
  return {
    panel,
    group,
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
    ...sourceFields(model, r.sources),
  };
}

interface MoneyPanel {
  title?: string;
  caption: string;
  rows: FigureRow[];
  group: (f: FigureRow) => string;
  scale?: Panel["scale"];
  /** The group headings name the kind of figure (said, voted, counted). */
  groupsByKind?: boolean;
}

interface MoneySpec {
  id: string;
  title: string;
  takeaway: (panels: MoneyPanel[]) => string;
  intro: string;
  panels: MoneyPanel[];
  notes: string;
  key?: KeyItem[];
}

function moneyChart(model: Model, spec: MoneySpec): Chart {
  const panels = spec.panels.filter((p) => p.rows.length > 0);
  const toPanel = (p: MoneyPanel): Panel => ({
    title: p.title,
    caption: p.caption,
    scale: p.scale ?? "linear",
    format: moneyTick(p.rows[0]?.unit ?? ""),
    rows: p.rows.map((f) => figureSpec(model, f, p.group(f), undefined, !p.groupsByKind)),
  });
  const tones = new Set(panels.flatMap((p) => p.rows.map(tone)));
  const mode = panels.every((p) => (p.scale ?? "linear") === "linear") ? "bar" : "dot";
  const key = spec.key ?? (["claim", "count", "term"] as Tone[]).filter((t) => tones.has(t)).map((t) => TONE_KEY[t](mode));
  const drawn = panels.flatMap((p) => p.rows.map((row) => ({ panel: p.title ?? spec.title, group: p.group(row), row })));
  const label = `${spec.title}: ${panels.map((p) => p.caption).join("; ")}`;
  return {
    id: spec.id,
    title: spec.title,
    takeaway: panels.length ? spec.takeaway(panels) : "No figures in the data yet.",
    description:
      `${spec.intro} ` +
      panels.map((p) => `${p.title ? `${p.title} (${p.caption})` : p.caption}: ` + p.rows.map((r) => `${whoSays(model, r.claimant, r.sources)}, ${r.label}, ${formatQuantity(r)}, ${when(r)}`).join("; ") + ".").join(" "),
    drawing: figureChart({ panels: panels.map(toPanel), label, key, variant: "wide" }),
    narrow: figureChart({ panels: panels.map(toPanel), label, key, variant: "narrow" }),
    columns: FIGURE_COLUMNS,
    rows: drawn.map(({ panel, group, row }) => figureRecord(model, panel, group, row)),
    sources: [...new Set(drawn.flatMap((d) => d.row.sources))],
    notes: spec.notes,
    page: "/minerals/money/",
  };
}

const byKindThenSize = (order: string[]) => (a: FigureRow, b: FigureRow) => order.indexOf(a.kind) - order.indexOf(b.kind) || amount(b) - amount(a);
const KIND_ORDER = ["claim", "appropriated", "official", "tracked", "committed", "estimate", "term"];
const US_GROUP: Record<string, string> = {
  claim: "Said by politicians",
  appropriated: "Voted by Congress",
  official: "Official figures",
  tracked: "Counted by the Kiel Institute (in dollars as CNN converted them)",
  committed: "Counted by the Kiel Institute (in dollars as CNN converted them)",
};
/** A difference between two totals is not a total: it cannot share an axis with them (figures.part). */
const isGap = (f: FigureRow) => f.part === "difference";
/** Interest earned on assets is not the assets (figures.part). */
const isInterest = (f: FigureRow) => f.part === "interest";

/** US and European aid to Ukraine in dollars: what politicians said, Congress voted and trackers counted. */
export function money(model: Model): Chart {
  const f = model.tables.figures;
  const usd = (x: FigureRow) => x.unit === "USD" && x.scale === "billion";
  const us = f.filter((x) => x.topic === "us-aid" && usd(x) && !isGap(x)).sort(byKindThenSize(KIND_ORDER));
  const europe = f.filter((x) => x.topic === "international-aid" && usd(x) && !isGap(x)).sort(byKindThenSize(KIND_ORDER));
  return moneyChart(model, {
    id: "minerals-money",
    title: "US aid to Ukraine: said, voted and counted",
    intro: "Horizontal bars in US dollars on one axis, grouped by who counts: politicians' claims (hollow), Congress's appropriations, official figures and the Kiel Institute's tracker.",
    panels: [
      {
        caption: "US dollars, billions. Kiel Institute figures are CNN's conversions of its euro data.",
        rows: [...us, ...europe],
        group: (x) => (x.topic === "us-aid" ? (US_GROUP[x.kind] ?? x.kind) : `Europe's aid, for comparison: ${x.kind === "claim" ? "said" : "counted by the Kiel Institute (CNN's dollars)"}`),
        groupsByKind: true,
      },
    ],
    takeaway: () => {
      const claim = us.filter((x) => x.kind === "claim").sort((a, b) => amount(b) - amount(a))[0];
      const voted = us.filter((x) => x.kind === "appropriated").sort((a, b) => amount(b) - amount(a))[0];
      if (claim && voted) return `Trump's ${moneyWords(claim)} is ${(amount(claim) / amount(voted)).toFixed(1)} times the most Congress is reported to have voted (${moneyWords(voted)}), and money voted is not money sent to Ukraine.`;
      return "The sums said out loud next to the sums voted and counted.";
    },
    notes: "Congress's appropriations include money spent in the US, on US forces in Europe and for other countries; Kiel counts aid allocated to Ukraine itself. Trump's claimed gap between US and European aid is left out: a difference is not a total.",
  });
}

/** The Kiel Institute's tracker, in euros, release by release. */
export function moneyKiel(model: Model): Chart {
  const kiel = model.tables.figures
    .filter((x) => x.claimant === "act-kiel-institute" && x.unit === "EUR" && x.scale === "billion")
    .sort((a, b) => groupOf(a).localeCompare(groupOf(b)) || (a.period_end ?? a.as_of).localeCompare(b.period_end ?? b.as_of) || amount(b) - amount(a));
  return moneyChart(model, {
    id: "minerals-money-kiel",
    title: "Aid to Ukraine by the Kiel Institute's count, release by release",
    intro: "Horizontal bars in euros, one per figure from the Kiel Institute's Ukraine Support Tracker, grouped by donor, each labelled with the release it comes from.",
    panels: [{ caption: "Euros, billions, allocated since 24 January 2022 unless stated (Kiel's own currency)", rows: kiel, group: groupOf }],
    takeaway: () => {
      const us = kiel.filter((x) => groupOf(x) === KIEL_GROUPS.us && !/military/i.test(x.label)).sort((a, b) => (b.period_end ?? "").localeCompare(a.period_end ?? ""))[0];
      const eu = kiel.filter((x) => groupOf(x) === KIEL_GROUPS.europe && !/military/i.test(x.label)).sort((a, b) => (b.period_end ?? "").localeCompare(a.period_end ?? ""))[0];
      if (us && eu) return `In Kiel's release with data to ${shortDate(eu.period_end)}, Europe had allocated ${moneyWords(eu)} against ${moneyWords(us)} from the US; each release revises the last, which is why one institute has several numbers.`;
      return "Each release of the tracker revises the last, which is why one institute has several numbers.";
    },
    notes: "Kiel counts aid allocated to Ukraine (military, financial and humanitarian), by the date each release's data runs to. Figures from different releases overlap; they are not to be added.",
  });
}

const KIEL_GROUPS = { us: "From the United States", europe: "From Europe", all: "From all donors" };
/** Kiel's figures by donor, as figures.paid_by records it. */
function groupOf(f: FigureRow): string {
  if (f.paid_by === "united-states") return KIEL_GROUPS.us;
  if (f.paid_by === "europe") return KIEL_GROUPS.europe;
  return KIEL_GROUPS.all;
}

/** The $500bn demand against the money the fund was actually given (log scale: three orders apart). */
export function moneyFund(model: Model): Chart {
  const rows = model.tables.figures.filter((x) => (x.topic === "demand" || x.topic === "fund") && x.unit === "USD").sort((a, b) => amount(b) - amount(a));
  return moneyChart(model, {
    id: "minerals-money-fund",
    title: "The $500bn demand and the fund's actual money",
    intro: "Dots on a logarithmic dollar scale, each gridline ten times the one before: the sums demanded in 2025 against the capital put into the joint fund.",
    panels: [{ caption: "US dollars, log scale: each gridline is ten times the one before", rows, group: (x) => (x.topic === "demand" ? "Demanded in 2025 remarks and drafts" : "Put into the fund"), scale: "log" }],
    key: [
      { shape: "ring", ink: "var(--mx-contested)", text: "said by a politician (claim)" },
      { shape: "dot", ink: "var(--mx-other)", text: "in a draft text" },
      { shape: "dot", ink: "var(--mx-ua)", text: "money actually put in" },
    ],
    takeaway: () => {
      const seed = rows.filter((x) => x.topic === "fund").sort((a, b) => amount(b) - amount(a))[0];
      const demand = rows.filter((x) => x.topic === "demand")[0];
      if (seed && demand) return `The fund started with ${moneyWords(seed)}; the ${moneyWords(demand)} once demanded is ${Math.round(amount(demand) / amount(seed)).toLocaleString("en-GB")} times as much.`;
      return "The sums demanded next to the money put in.";
    },
    notes: "The signed agreement fixes no overall sum; the starting capital is what each side committed in September 2025.",
  });
}

/** Russian state assets frozen in the West, and the interest they earn, in euros. */
export function moneyFrozen(model: Model): Chart {
  const rows = model.tables.figures
    .filter((x) => x.topic === "frozen-assets" && x.unit === "EUR")
    .sort((a, b) => Number(isInterest(a)) - Number(isInterest(b)) || a.as_of.localeCompare(b.as_of));
  return moneyChart(model, {
    id: "minerals-money-frozen-assets",
    title: "Russian state assets frozen in the West",
    intro: "Horizontal bars in euros: estimates and official figures of Russian assets frozen, by date, then the interest they earned.",
    panels: [{ caption: "Euros, billions", rows, group: (x) => (isInterest(x) ? "Interest earned on them" : "Assets frozen") }],
    takeaway: () => {
      const euroclear = rows.filter((x) => x.claimant === "act-euroclear" && !isInterest(x)).sort((a, b) => b.as_of.localeCompare(a.as_of))[0];
      const eu = rows.filter((x) => x.claimant !== "act-euroclear" && !isInterest(x)).sort((a, b) => b.as_of.localeCompare(a.as_of))[0];
      return euroclear && eu ? `The EU speaks of ${moneyWords(eu)} immobilised (${shortDate(eu.as_of)}); Euroclear alone held ${moneyWords(euroclear)} by ${shortDate(euroclear.as_of)}.` : "Russian assets frozen in the West, by source and date.";
    },
    notes: "Different counts cover different holders (the EU, the G7, Euroclear alone) and dates; they are not to be added.",
  });
}

/** Russia's oil and gas revenue: the budget's, in roubles, and export revenue, in euros (two axes). */
export function moneyRussiaRevenue(model: Model): Chart {
  const f = model.tables.figures.filter((x) => x.topic === "oil-gas-revenue");
  const rub = f.filter((x) => x.unit === "RUB" && x.scale === "trillion").sort((a, b) => (a.period_start ?? a.as_of).slice(0, 4).localeCompare((b.period_start ?? b.as_of).slice(0, 4)) || a.as_of.localeCompare(b.as_of));
  const paidByEu = (x: FigureRow) => x.paid_by === "eu";
  const eur = f.filter((x) => x.unit === "EUR" && x.scale === "billion").sort((a, b) => Number(paidByEu(a)) - Number(paidByEu(b)) || (a.period_start ?? "").localeCompare(b.period_start ?? ""));
  return moneyChart(model, {
    id: "minerals-money-russia-revenue",
    title: "Russia's oil and gas money",
    intro: "Two panels with their own axes: federal budget oil and gas revenue in roubles (Finance Ministry), and fossil-fuel export revenue in euros (CREA estimates).",
    panels: [
      { title: "Federal budget revenue from oil and gas", caption: "Roubles, trillions (Finance Ministry)", rows: rub, group: (x) => (x.period_start ?? x.as_of).slice(0, 4) },
      { title: "Fossil-fuel export revenue", caption: "Euros, billions (CREA estimates)", rows: eur, group: (x) => (paidByEu(x) ? "Paid by the EU" : "Paid by all buyers") },
    ],
    takeaway: () => {
      const y2024 = rub.find((x) => x.id.endsWith("budget-2024"));
      const y2025 = rub.find((x) => x.id.endsWith("budget-2025"));
      if (y2024 && y2025) return `Russia's budget took in ${moneyWords(y2025)} from oil and gas in 2025, down from ${moneyWords(y2024)} in 2024.`;
      return "Russia's oil and gas revenue as the Finance Ministry and CREA count it.";
    },
    notes: "Roubles and euros are never converted or drawn on one axis. Budget revenue is tax on production and exports; export revenue is what buyers paid.",
  });
}

