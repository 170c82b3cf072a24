// The headline comparison: for each mineral at the centre of the deal talks, Russia's and Ukraine's
// reserves and mine output as USGS counts them, the claims governments and companies make beside
// them, and how many of Ukraine's named deposits of it lie in Russian-held ground. Built so a
// reader sees at once where each country is larger (bars share a scale within a cell, and only
// there), where a figure is only a claim (a hollow diamond, never a bar), and where no figure
// exists (an empty dashed slot that says so).

import type { Drawing } from "../../charts/chart.ts";
import type { DepositView as DepositRow, Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import type { Chart } from "../../charts/chart.ts";
import { controlAt, stateStart } from "../../data/deposit-control.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
import { CONTROL, controlPaint, controlSummary, depositAttrs, depositsOf } from "./deposits.ts";
import { diamond, mineralKey, type KeyItem } from "./key.ts";
import {
  countryName,
  dateLabel,
  isAssessment,
  markAttrs,
  metricLabel,
  mineralName,
  shortDate,
  SOURCE_COLUMNS,
  sourceFields,
  statTip,
  tonnage,
  whoShort,
  whoSays,
} from "./markup.ts";
import { inSentence } from "../../data/words.ts";
import { drawing, INK, NARROW, SIZE, WIDE, countryInk, type Variant } from "./style.ts";
import { blockHeight, label, measure, textBlock, wrap, wrapRuns, type Run } from "./text.ts";
import { axisKey, basisCore, basisRemark, groundRows, inBaseUnit } from "./usgs.ts";

/**
 * The minerals the comparison covers, in reading order: those most talked about in the deal and in
 * Russia's counter-offer. Rows appear for each whatever the data holds, so a mineral without figures
 * says so rather than vanishing. (Which texts name which mineral is not yet a column in data/.)
 */
export const SIDE_BY_SIDE_MINERALS = [
  "min-rare-earths",
  "min-lithium",
  "min-graphite",
  "min-titanium",
  "min-manganese",
  "min-nickel",
  "min-iron-ore",
  "min-uranium",
] as const;

const COUNTRIES = ["RU", "UA"] as const;
type Country = (typeof COUNTRIES)[number];
const COLUMNS = [
  { metric: "reserves", title: "Reserves", claimMetrics: ["reserves", "resources"] },
  { metric: "mine-production", title: "Mine output", claimMetrics: ["mine-production"] },
] as const;

/** One axis in a cell: Russia's and Ukraine's USGS figures where they measure the same thing. */
export interface Pair {
  /** Short basis ("ilmenite concentrate"), shown when a cell holds more than one pair. */
  basis: string;
  rows: Record<Country, MineralStatRow | null>;
  /** Largest value in the pair, in the base unit. */
  max: number;
  /** How many bases USGS gives for the mineral and measure (the cell draws one). */
  bases: number;
}

export interface Claim {
  row: MineralStatRow;
  /** Further claims for the same country and measure, not drawn here. */
  others: number;
}

export interface MineralLine {
  mineral: string;
  name: string;
  /** Per column (reserves, output): the pair drawn (one axis; the mineral's own chart has every basis). */
  cells: Pair[][];
  /** Figures stated by others than USGS, per column. */
  claims: Claim[][];
  deposits: DepositRow[];
}

export interface SideBySideOptions {
  /** Minerals to compare, in order (default SIDE_BY_SIDE_MINERALS). */
  minerals?: readonly string[];
  /** The page of a mineral, if it has one (its name then links there). */
  mineralPage?: (mineral: string) => string | null;
}

/** The figures per mineral, column and country; what the drawing and the CSV both come from. */
export function sideBySideLines(model: Model, minerals: readonly string[] = SIDE_BY_SIDE_MINERALS): MineralLine[] {
  const usgs = groundRows(model.tables.mineral_stats).filter((r) => r.country === "RU" || r.country === "UA");
  return minerals
    .filter((m) => model.mineralById.has(m))
    .map((mineral) => {
      const cells = COLUMNS.map((col) => pairsOf(usgs.filter((r) => r.mineral === mineral && r.metric === col.metric)));
      const claims = COLUMNS.map((col) => headlineClaims(model.tables.mineral_stats.filter((r) => r.mineral === mineral && !isAssessment(r) && (col.claimMetrics as readonly string[]).includes(r.metric))));
      return { mineral, name: mineralName(model, mineral), cells, claims, deposits: depositsOf(model, mineral) };
    });
}

/**
 * The claims a row shows: per country and measure the largest figure claimed (the one in the
 * headlines), with how many others there are; the mineral's own chart lists them all.
 */
function headlineClaims(rows: readonly MineralStatRow[]): Claim[] {
  const out: Claim[] = [];
  for (const country of COUNTRIES) {
    for (const metric of new Set(rows.map((r) => r.metric))) {
      const own = rows.filter((r) => r.country === country && r.metric === metric && r.unit !== "%" && r.value !== null);
      const top = [...own].sort((a, b) => inBaseUnit(b.value!, b.unit) - inBaseUnit(a.value!, a.unit))[0];
      if (top) out.push({ row: top, others: own.length - 1 });
    }
  }
  return out;
}

/**
 * The pair a cell draws: of the bases USGS gives for the mineral and measure, the one with most
 * figures for the two countries, then the largest (the gross measure USGS leads with: crude ore
 * before its iron content, ilmenite before rutile). The mineral's own chart draws every basis.
 */
function pairsOf(rows: readonly MineralStatRow[]): Pair[] {
  const byAxis = new Map<string, MineralStatRow[]>();
  for (const r of rows) byAxis.set(axisKey(r), [...(byAxis.get(axisKey(r)) ?? []), r]);
  const pairs = [...byAxis.values()].map((group) => {
    const pick = (c: Country) => group.filter((r) => r.country === c).sort((a, b) => b.year.localeCompare(a.year))[0] ?? null;
    const ru = pick("RU");
    const ua = pick("UA");
    const values = [ru, ua].flatMap((r) => (r && r.value !== null ? [inBaseUnit(r.value, r.unit)] : []));
    return { basis: basisCore((ru ?? ua)!.basis), rows: { RU: ru, UA: ua }, max: Math.max(0, ...values), bases: byAxis.size };
  });
  pairs.sort((a, b) => countValues(b) - countValues(a) || b.max - a.max || a.basis.localeCompare(b.basis));
  return [pairs[0] ?? { basis: "", rows: { RU: null, UA: null }, max: 0, bases: 0 }];
}

const countValues = (p: Pair) => COUNTRIES.filter((c) => p.rows[c]?.value != null).length;

/** A remark in one country's basis that the other's lacks: printed as a footnote, not hidden. */
function remarkOf(p: Pair, c: Country): string | null {
  const own = p.rows[c] ? basisRemark(p.rows[c]!.basis) : null;
  const other = p.rows[c === "RU" ? "UA" : "RU"];
  if (!own || !other || other.value === null || p.rows[c]!.value === null) return null;
  return basisRemark(other.basis) === own ? null : own;
}

/** The basis a cell draws, in its first words ("ilmenite", "crude ore"), wrapped to the cell. */
const basisLines = (p: Pair, width: number): string[] => wrap(p.basis.split(",")[0]!, width, SIZE.small);

const BAR_H = 11;
const ROW_H = 18;

interface Ctx {
  model: Model;
  notes: string[];
}

/** One country's slot in a pair: a bar with its figure, or an empty dashed slot saying "no figure". */
function slot(ctx: Ctx, line: MineralLine, metric: string, p: Pair, c: Country, x: number, y: number, g: Geometry): SvgNode {
  const r = p.rows[c];
  const mid = y + ROW_H / 2;
  const tip = () => markAttrs(statTip(ctx.model, r!, `${countryName(c)} · ${line.name} · ${inSentence(metricLabel(metric))} (USGS)`));
  if (!r || r.value === null) {
    const w = Math.min(g.cell - 4, Math.max(g.bar, 70));
    const empty = [
      h("rect", { x: x + 0.5, y: mid - 7, width: w - 1, height: 14, rx: 2, fill: "none", stroke: INK.muted, "stroke-dasharray": "3 2" }),
      label("no figure", x + w / 2, mid + 4, { size: SIZE.small, fill: INK.muted, anchor: "middle" }),
    ];
    return h("g", r ? tip() : { "aria-hidden": "true" }, ...empty);
  }
  const v = inBaseUnit(r.value, r.unit);
  const w = r.value === 0 ? 0 : Math.max(2, (v / p.max) * g.bar);
  const remark = remarkOf(p, c);
  let marker = "";
  if (remark) {
    const note = `${countryName(c)}'s ${line.name.toLowerCase()} ${inSentence(metricLabel(metric))}: ${remark} (USGS).`;
    if (!ctx.notes.includes(note)) ctx.notes.push(note);
    marker = "*".repeat(ctx.notes.indexOf(note) + 1);
  }
  return h(
    "g",
    tip(),
    h("rect", { x, y: mid - BAR_H / 2, width: Math.max(w, 1), height: BAR_H, rx: 1.5, fill: countryInk(c) }),
    label(`${tonnage(r.value, r.unit, r.qualifier)}${marker}`, x + w + 4, mid + 4.5, { size: SIZE.small, weight: "bold" }),
  );
}

/** A claim: hollow diamond in the country's colour, the figure, what it counts and who says it. Never a bar. */
function claimMark(ctx: Ctx, line: MineralLine, { row: r, others }: Claim, x: number, y: number, width: number): { node: SvgNode; height: number } {
  const figure = r.value === null ? "no figure" : tonnage(r.value, r.unit, r.qualifier);
  const runs: Run[] = [
    { text: `${countryName(r.country)}'s ${r.metric === "resources" ? "resources" : inSentence(metricLabel(r.metric))}: `, fill: INK.muted },
    { text: figure, weight: "bold" },
    { text: ` — ${whoShort(ctx.model, r.claimant, r.sources)}, ${shortDate(r.year)}${others ? ` (+${others} more)` : ""}`, fill: INK.muted },
  ];
  const lines = wrapRuns(runs, width - 16, SIZE.small);
  const tip = statTip(ctx.model, r, `Claim by ${whoSays(ctx.model, r.claimant, r.sources)}: ${countryName(r.country)} · ${line.name} · ${inSentence(metricLabel(r.metric))}`);
  return {
    node: h("g", markAttrs(tip), diamond(x + 5, y + 6, 5, countryInk(r.country)), textBlock(lines, x + 16, y + 10, { size: SIZE.small })),
    height: blockHeight(lines.length, SIZE.small) + 5,
  };
}

/** A square per deposit, in who-holds-it colours, and the count in words (beside or below). */
function depositSquares(ctx: Ctx, line: MineralLine, x: number, y: number, width: number, beside: boolean): { node: SvgNode; height: number } {
  const perRow = beside ? line.deposits.length || 1 : Math.max(1, Math.floor((width + 3) / 14));
  // A square per deposit is a summary: it carries the deposit's row (data-row-id) and tooltip, while
  // the map, where each deposit links to its row, is the deposit's own mark (data-deposit-id).
  const squares = line.deposits.map((d, i) => {
    // data-control stays, with data-control-history, so ?date= can recolour the square in the browser.
    const { "data-deposit-id": _id, "data-precision": _precision, ...attrs } = depositAttrs(ctx.model, d);
    return h("g", attrs, h("rect", { x: x + (i % perRow) * 14, y: y + Math.floor(i / perRow) * 14, width: 11, height: 11, rx: 2, fill: CONTROL[d.control].ink }));
  });
  const rows = Math.ceil(line.deposits.length / perRow);
  const tx = beside ? x + line.deposits.length * 14 + (line.deposits.length ? 4 : 0) : x;
  const textTop = beside ? y + 10 : y + rows * 14 + (rows ? 11 : 10);
  // The count in words, once per span in which the deposits' states stayed the same: today's is
  // shown, the others wait (display="none") for ?date= to pick theirs (as-of-bar.ts), as the
  // squares are recoloured. A download shows today's.
  const versions = summaryVersions(line.deposits).map((v) => ({ ...v, words: wrap(v.value, width - (tx - x), SIZE.small) }));
  const fill = line.deposits.length ? INK.fg : INK.muted;
  const texts = versions.map((v) =>
    versions.length === 1
      ? textBlock(v.words, tx, textTop, { size: SIZE.small, fill })
      : textBlock(v.words, tx, textTop, { size: SIZE.small, fill, attrs: { "data-as-of-version": "", "data-from": v.from, "data-until": v.until, display: v.until === "" ? undefined : "none" } }));
  const lines = Math.max(...versions.map((v) => v.words.length));
  return { node: h("g", {}, ...squares, ...texts), height: textTop - y + (lines - 1) * 15 + 4 };
}

/** "1 of 4 Russian-held" through time: one version per span between the deposits' changes of state. */
function summaryVersions(deposits: readonly DepositRow[]): { from: string; until: string; value: string }[] {
  const days = [...new Set(deposits.flatMap((d) => d.history.map((s) => stateStart(s.as_of))))].sort();
  const starts = ["", ...days];
  const out: { from: string; until: string; value: string }[] = [];
  starts.forEach((from, i) => {
    const until = starts[i + 1] ?? "";
    const then = until === "" ? deposits : deposits.map((d) => ({ ...d, control: from === "" ? "unknown" as const : controlAt(d.history, from)?.control ?? "unknown" }));
    const value = controlSummary(then);
    const last = out[out.length - 1];
    if (last && last.value === value) last.until = until;
    else out.push({ from, until, value });
  });
  return out;
}

function mineralTitle(line: MineralLine, x: number, y: number, width: number, link: string | null): { node: SvgNode; height: number } {
  const lines = wrap(line.name, width, SIZE.head, "bold");
  const text = textBlock(lines, x, y + 13, { size: SIZE.head, weight: "bold", fill: link ? "var(--accent)" : undefined, attrs: link ? { "text-decoration": "underline" } : {} });
  return { node: link ? h("a", { href: link }, text) : text, height: blockHeight(lines.length, SIZE.head) };
}

function keyItems(lines: readonly MineralLine[]): KeyItem[] {
  const controls = new Set(lines.flatMap((l) => l.deposits.map((d) => d.control)));
  return [
    { shape: "bar", ink: INK.russia, text: "Russia" },
    { shape: "bar", ink: INK.ukraine, text: "Ukraine" },
    { shape: "missing", text: "no figure" },
    { shape: "diamond", ink: INK.fg, text: "claim, not to scale" },
    ...(["contested", "unknown"] as const).filter((c) => controls.has(c)).map((c): KeyItem => ({ shape: "square", ink: CONTROL[c].ink, text: CONTROL[c].short })),
  ];
}

/** Where things go in each drawing: the wide one puts the mineral's name and deposits in columns. */
interface Geometry {
  variant: Variant;
  width: number;
  /** Mineral name column (wide) or null (narrow: the name is a line of its own). */
  name: number | null;
  country: number;
  cells: [number, number];
  cell: number;
  bar: number;
  /** Deposits column (wide) or null (narrow: a line under the cells). */
  deposits: number | null;
}

const GEOMETRY: Record<Variant, Geometry> = {
  wide: { variant: "wide", width: WIDE, name: 96, country: 102, cells: [156, 322], cell: 158, bar: 76, deposits: 490 },
  narrow: { variant: "narrow", width: NARROW, name: null, country: 0, cells: [54, 184], cell: 116, bar: 46, deposits: null },
};

function draw(ctx: Ctx, lines: readonly MineralLine[], link: (m: string) => string | null, g: Geometry, label0: string): Drawing {
  const key = mineralKey(keyItems(lines), g.width);
  const parts: SvgNode[] = [key.node];
  let y = key.height + 10;
  const head = (x: number, title: string, sub: string, w: number) => {
    const rows = [...wrap(title, w, SIZE.small, "bold").map((t) => [{ text: t, weight: "bold" as const }]), ...wrap(sub, w, SIZE.small).map((t) => [{ text: t, fill: INK.muted }])];
    parts.push(textBlock(rows, x, y + 12, { size: SIZE.small }));
    return blockHeight(rows.length, SIZE.small);
  };
  const headH = Math.max(
    head(g.cells[0], "Reserves", "USGS, latest edition", g.cell - 4),
    head(g.cells[1], "Mine output", "USGS, per year", g.cell - 4),
    g.deposits === null ? 0 : head(g.deposits, "Ukraine's", "named deposits", g.width - g.deposits),
  );
  y += headH + 8;
  for (const line of lines) {
    parts.push(h("line", { x1: 0, x2: g.width, y1: y + 0.5, y2: y + 0.5, stroke: INK.rule }));
    let top = y + 6;
    const title = mineralTitle(line, 0, top, g.name ?? g.width, link(line.mineral));
    parts.push(title.node);
    if (g.name === null) top += title.height + 4;
    const groups = Math.max(...line.cells.map((c) => c.length));
    // Where USGS counts a mineral on several bases, each cell names the one it draws.
    const multi = line.cells.some((c) => c.some((p) => p.bases > 1));
    let gy = top;
    for (let i = 0; i < groups; i++) {
      const labelLines = multi ? Math.max(1, ...line.cells.map((c) => (c[i] && c[i]!.basis ? basisLines(c[i]!, g.cell - 4).length : 0))) : 0;
      gy += labelLines * 15;
      COUNTRIES.forEach((c, j) => parts.push(label(countryName(c), g.country, gy + j * ROW_H + 14, { size: SIZE.small })));
      COLUMNS.forEach((col, k) => {
        const p = line.cells[k]![i];
        if (!p) return;
        if (multi && p.basis) {
          const lines = basisLines(p, g.cell - 4);
          parts.push(textBlock(lines, g.cells[k]!, gy - 3 - (lines.length - 1) * 15, { size: SIZE.small, fill: INK.muted }));
        }
        COUNTRIES.forEach((c, j) => parts.push(slot(ctx, line, col.metric, p, c, g.cells[k]!, gy + j * ROW_H, g)));
      });
      gy += 2 * ROW_H + (i < groups - 1 ? 4 : 0);
    }
    let cy = gy + 4;
    const claimRight = g.deposits ?? g.width;
    for (const r of line.claims.flat()) {
      const claim = claimMark(ctx, line, r, g.country, cy, claimRight - g.country - (g.deposits === null ? 0 : 8));
      parts.push(claim.node);
      cy += claim.height;
    }
    let bottom = Math.max(cy, y + 6 + title.height);
    if (g.deposits !== null) {
      const deps = depositSquares(ctx, line, g.deposits, top + 2, g.width - g.deposits, false);
      parts.push(deps.node);
      bottom = Math.max(bottom, top + 2 + deps.height);
    } else {
      const lead = "Named deposits:";
      parts.push(label(lead, 0, cy + 11, { size: SIZE.small, fill: INK.muted }));
      const dx = Math.ceil(measure(lead, SIZE.small)) + 6;
      const deps = depositSquares(ctx, line, dx, cy + 1, g.width - dx, true);
      parts.push(deps.node);
      bottom = cy + Math.max(16, deps.height + 1);
    }
    y = bottom + 6;
  }
  y = footnotes(ctx, parts, y, g.width);
  return drawing(g.variant, y, label0, parts, controlPaint());
}

function footnotes(ctx: Ctx, parts: SvgNode[], y: number, width: number): number {
  parts.push(h("line", { x1: 0, x2: width, y1: y + 0.5, y2: y + 0.5, stroke: INK.rule }));
  let fy = y + 6;
  ctx.notes.forEach((note, i) => {
    const lines = wrap(`${"*".repeat(i + 1)} ${note}`, width, SIZE.small);
    parts.push(textBlock(lines, 0, fy + 11, { size: SIZE.small, fill: INK.muted }));
    fy += blockHeight(lines.length, SIZE.small) + 3;
  });
  return fy + 2;
}

/**
 * The home page's card: Russia's and Ukraine's reserves for the first minerals, the same bars and
 * empty slots as the chart, small enough to read at card size.
 */
function drawPreview(lines: readonly MineralLine[]): Drawing {
  const parts: SvgNode[] = [];
  const shown = lines.slice(0, 5);
  let y = 0;
  parts.push(label("Reserves, USGS", 96, 12, { size: SIZE.small, fill: INK.muted }));
  y = 18;
  for (const line of shown) {
    const p = line.cells[0]![0]!;
    parts.push(label(line.name, 0, y + 16, { size: SIZE.small, weight: "bold" }));
    COUNTRIES.forEach((c, i) => {
      const r = p.rows[c];
      const top = y + i * 14;
      if (!r || r.value === null) {
        parts.push(h("rect", { x: 96.5, y: top + 2.5, width: 120, height: 10, rx: 2, fill: "none", stroke: INK.muted, "stroke-dasharray": "3 2" }));
        return;
      }
      const w = Math.max(2, (inBaseUnit(r.value, r.unit) / p.max) * 150);
      parts.push(h("rect", { x: 96, y: top + 2, width: w, height: 11, rx: 1.5, fill: countryInk(c) }));
    });
    y += 34;
  }
  return drawing("narrow", y, "Russia's and Ukraine's reserves, side by side", parts, controlPaint());
}

const COLUMN_KEYS = [
  { key: "kind", label: "Kind" },
  { key: "id", label: "Row id" },
  { key: "mineral", label: "Mineral id" },
  { key: "mineral_name", label: "Mineral" },
  { key: "country", label: "Country code" },
  { key: "country_name", label: "Country" },
  { key: "metric", label: "Metric id" },
  { key: "metric_label", label: "Metric" },
  { key: "year", label: "Year or date" },
  { key: "value", label: "Value" },
  { key: "qualifier", label: "Qualifier" },
  { key: "unit", label: "Unit" },
  { key: "basis", label: "Basis or control" },
  { key: "who", label: "Whose figure" },
  { key: "edition", label: "Edition" },
  { key: "missing_reason", label: "Why no figure" },
  ...SOURCE_COLUMNS,
];

export function sideBySide(model: Model, options: SideBySideOptions = {}): Chart {
  const lines = sideBySideLines(model, options.minerals);
  const link = (m: string) => options.mineralPage?.(m) ?? null;
  const names = lines.map((l) => l.name.toLowerCase());
  const label0 = `Russia's and Ukraine's reserves, mine output and claims for ${names.join(", ")}, with Ukraine's named deposits by who holds the ground`;
  const svg = draw({ model, notes: [] }, lines, link, GEOMETRY.wide, label0);
  const narrowSvg = draw({ model, notes: [] }, lines, link, GEOMETRY.narrow, label0);

  // Rows in drawing order: each country's USGS slot, the claims, the deposit squares.
  const rows: Record<string, string | number | null>[] = [];
  const base = (line: MineralLine) => ({ mineral: line.mineral, mineral_name: line.name });
  for (const line of lines) {
    COLUMNS.forEach((col, k) => {
      for (const p of line.cells[k]!) {
        for (const c of COUNTRIES) {
          const r = p.rows[c];
          rows.push({
            kind: r ? "USGS figure" : "no USGS figure in our data",
            id: r?.id ?? null,
            ...base(line),
            country: c,
            country_name: countryName(c),
            metric: col.metric,
            metric_label: metricLabel(col.metric),
            year: r?.year ?? null,
            value: r?.value ?? null,
            qualifier: r?.qualifier ?? null,
            unit: r?.unit ?? null,
            basis: r?.basis ?? (p.basis || null),
            who: r ? "US Geological Survey (USGS)" : null,
            edition: r?.edition ?? null,
            missing_reason: r?.missing_reason ?? (r ? null : "No USGS row for this country, mineral and measure in the data."),
            ...(r ? sourceFields(model, r.sources) : { sources: null, source_publishers: null, source_urls: null }),
          });
        }
      }
    });
    for (const { row: r } of line.claims.flat()) {
      rows.push({
        kind: "claim",
        id: r.id,
        ...base(line),
        country: r.country,
        country_name: countryName(r.country),
        metric: r.metric,
        metric_label: metricLabel(r.metric),
        year: r.year,
        value: r.value,
        qualifier: r.qualifier,
        unit: r.unit,
        basis: r.basis,
        who: whoSays(model, r.claimant, r.sources),
        edition: r.edition,
        missing_reason: r.missing_reason,
        ...sourceFields(model, r.sources),
      });
    }
    for (const d of line.deposits) {
      rows.push({
        kind: "named deposit",
        id: d.id,
        ...base(line),
        country: "UA",
        country_name: countryName("UA"),
        metric: null,
        metric_label: d.name,
        year: d.control_as_of,
        value: null,
        qualifier: null,
        unit: null,
        basis: CONTROL[d.control].label,
        who: null,
        edition: null,
        missing_reason: null,
        ...sourceFields(model, d.control_sources),
      });
    }
  }

  // The takeaway, from the data: comparisons USGS makes possible, blanks, and occupied deposits.
  const both = lines.flatMap((l) => l.cells.flat()).filter((p) => countValues(p) === 2);
  const ruLarger = both.filter((p) => inBaseUnit(p.rows.RU!.value!, p.rows.RU!.unit) > inBaseUnit(p.rows.UA!.value!, p.rows.UA!.unit)).length;
  const uaNoReserves = lines.filter((l) => !l.cells[0]!.some((p) => p.rows.UA?.value != null));
  const deposits = [...new Map(lines.flatMap((l) => l.deposits).map((d) => [d.id, d])).values()];
  const russianHeld = deposits.filter((d) => d.control === "russia").length;
  const takeaway =
    `USGS gives both countries a figure in ${both.length} of the comparisons${both.length ? `, and Russia's is larger in ${ruLarger}` : ""}; ` +
    `for ${uaNoReserves.length} of ${lines.length} minerals it publishes no reserve figure for Ukraine, where only claims speak` +
    (deposits.length ? `. ${russianHeld} of the ${deposits.length} named Ukrainian deposits ${russianHeld === 1 ? "lies" : "lie"} in Russian-held ground.` : ".");

  const describe = (line: MineralLine) => {
    const cells = COLUMNS.map((col, k) =>
      `${col.title.toLowerCase()}: ` +
      line.cells[k]!.map((p) => COUNTRIES.map((c) => `${countryName(c)} ${p.rows[c]?.value != null ? tonnage(p.rows[c]!.value!, p.rows[c]!.unit, p.rows[c]!.qualifier) : "no figure"}`).join(", ") + (p.basis && line.cells[k]!.length > 1 ? ` (${p.basis})` : "")).join("; "),
    );
    const claims = line.claims.flat().map(({ row: r }) => `claim by ${whoSays(model, r.claimant, r.sources)}: ${countryName(r.country)} ${inSentence(metricLabel(r.metric))} ${r.value === null ? "no figure" : tonnage(r.value, r.unit, r.qualifier)} (${dateLabel(r.year)})`);
    return `${line.name}: ${[...cells, ...claims, `named deposits in Ukraine: ${controlSummary(line.deposits)}`].join("; ")}.`;
  };

  const sources = [...new Set(rows.flatMap((r) => String(r.sources ?? "").split(";").filter(Boolean)))];
  return {
    id: "minerals-side-by-side",
    title: "Russia and Ukraine, side by side",
    takeaway,
    description:
      `For each of ${lines.length} minerals, Russia's and Ukraine's reserves and mine output as the US Geological Survey's latest edition states them, drawn as bars that share a scale only within a cell; claims by governments, companies and outlets listed beside them as claims; and Ukraine's named deposits of the mineral by who holds the ground. ` +
      lines.map(describe).join(" "),
    drawing: svg,
    narrow: narrowSvg,
    preview: drawPreview(lines),
    columns: COLUMN_KEYS,
    rows,
    sources,
    notes:
      "Bars compare Russia and Ukraine within one cell only, on one USGS basis (each mineral's own chart shows every basis). Claims use their own classifications and are not drawn to scale. Deposits are those named in our data, not all of Ukraine's.",
    page: "/minerals/",
  };
}

