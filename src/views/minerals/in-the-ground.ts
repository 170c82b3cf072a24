// "In the ground": what Russia and Ukraine hold and mine as USGS's Mineral Commodity Summaries
// state it, next to China, the US and the world. One chart per mineral (reserves, mine and refined
// output, one axis per basis, and every claim beside them), and one compact overview across
// minerals: each country's share of the world total, on one 0–100% scale throughout. A missing
// figure is an empty dashed slot with its reason, never zero.

import type { Drawing } from "../../charts/chart.ts";
import type { Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import type { Chart } from "../../charts/chart.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
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
  STAT_COLUMNS,
  statFields,
  statTip,
  tonnage,
  whoShort,
  whoSays,
} from "./markup.ts";
import { inSentence } from "../../data/words.ts";
import { countryInk, drawing, INK, NARROW, SIZE, WIDE, type Variant } from "./style.ts";
import { blockHeight, label, measure, textBlock, wrap, wrapRuns, type Run } from "./text.ts";
import { axisKey, basisCore, basisRemark, GROUND_METRICS, groundRowsOf, inBaseUnit, type GroundMetric } from "./usgs.ts";

const COUNTRY_ORDER = ["RU", "UA", "CN", "US", "WORLD"];
const STAKES = ["RU", "UA"];
const UNIT_WORD: Record<string, string> = { t: "tonnes", kt: "tonnes", Mt: "tonnes", kg: "tonnes" };
const METRIC_TITLE: Record<GroundMetric, string> = {
  reserves: "Reserves",
  "mine-production": "Mine output, per year",
  "refined-production": "Refined or smelter output, per year",
};

/** One axis: the countries' figures on one basis, Russia and Ukraine always present (null = no row). */
export interface GroundGroup {
  metric: GroundMetric;
  basis: string;
  unit: string;
  slots: { country: string; row: MineralStatRow | null }[];
  world: MineralStatRow | null;
  max: number;
}

/** The groups of a mineral's chart, metric by metric, largest basis first. */
export function groundGroups(model: Model, mineral: string): GroundGroup[] {
  const rows = groundRowsOf(model.tables.mineral_stats, mineral);
  const groups: GroundGroup[] = [];
  for (const metric of GROUND_METRICS) {
    const inMetric = rows.filter((r) => r.metric === metric);
    if (inMetric.length === 0) continue;
    const byAxis = new Map<string, MineralStatRow[]>();
    for (const r of inMetric) byAxis.set(axisKey(r), [...(byAxis.get(axisKey(r)) ?? []), r]);
    const own = [...byAxis.values()].map((list) => {
      const pick = (c: string) => list.filter((r) => r.country === c).sort((a, b) => b.year.localeCompare(a.year))[0] ?? null;
      const slots = COUNTRY_ORDER.map((country) => ({ country, row: pick(country) })).filter((s) => s.row || STAKES.includes(s.country));
      const values = slots.flatMap((s) => (s.row?.value != null ? [inBaseUnit(s.row.value, s.row.unit)] : []));
      return { metric, basis: basisCore(list[0]!.basis), unit: list[0]!.unit, slots, world: pick("WORLD"), max: Math.max(0, ...values) };
    });
    // Bases where Russia or Ukraine has a row first; a basis only others report keeps its place after.
    const stake = (g: GroundGroup) => g.slots.filter((s) => STAKES.includes(s.country) && s.row).length;
    own.sort((a, b) => stake(b) - stake(a) || b.slots.filter((s) => s.row).length - a.slots.filter((s) => s.row).length);
    // Russia and Ukraine appear once per metric: in bases they have no row in, they are left out;
    // a basis only other countries report (a world total on its own basis) tells nothing about
    // either, and stays in the table of every figure rather than in this drawing.
    own.forEach((g, i) => {
      if (i > 0) g.slots = g.slots.filter((s) => s.row || !STAKES.includes(s.country));
    });
    groups.push(...own.filter((g, i) => i === 0 || stake(g) > 0));
  }
  return groups;
}

/** A country's share of the world total on the same basis, edition and year, in per cent. */
function shareOfWorld(row: MineralStatRow | null, world: MineralStatRow | null): number | null {
  if (!row || row.value === null || !world || world.value === null || world.value === 0) return null;
  if (row.year !== world.year || row.edition !== world.edition || axisKey(row) !== axisKey(world)) return null;
  return (inBaseUnit(row.value, row.unit) / inBaseUnit(world.value, world.unit)) * 100;
}

/** A share for the CSV: one decimal, but a small non-zero share keeps one significant digit rather than reading 0. */
const csvShare = (v: number | null) => (v === null ? null : v > 0 && v < 0.05 ? Number(v.toPrecision(1)) : Math.round(v * 10) / 10);

const pct = (v: number) => `${v < 1 && v > 0 ? "<1" : Math.round(v)}%`;

/** Claims and other counts beside USGS: every other figure for Russia or Ukraine on this mineral. */
function mineralClaims(model: Model, mineral: string): MineralStatRow[] {
  const order = ["reserves", "resources", "share-of-world-reserves", "mine-production", "refined-production", "share-of-world-production", "deposit-count"];
  return model.tables.mineral_stats
    .filter((r) => r.mineral === mineral && STAKES.includes(r.country) && !isAssessment(r))
    .sort((a, b) => a.country.localeCompare(b.country) || order.indexOf(a.metric) - order.indexOf(b.metric) || a.year.localeCompare(b.year));
}

function claimFigure(r: MineralStatRow): string {
  if (r.value === null) return "no figure";
  if (r.unit === "%") return `${r.qualifier === "about" ? "~" : ""}${r.value}%`;
  if (r.unit === "count") return `${r.value}`;
  return tonnage(r.value, r.unit, r.qualifier);
}

interface Geometry {
  variant: Variant;
  wide: boolean;
  width: number;
  barX: number;
  bar: number;
}
const GEOMETRY: Record<Variant, Geometry> = {
  wide: { variant: "wide", wide: true, width: WIDE, barX: 100, bar: 300 },
  narrow: { variant: "narrow", wide: false, width: NARROW, barX: 88, bar: 92 },
};

const ROW_H = 20;

function drawMineral(model: Model, mineral: string, groups: GroundGroup[], claims: MineralStatRow[], g: Geometry, label0: string): Drawing {
  const name = mineralName(model, mineral);
  const others = [...new Set(groups.flatMap((gr) => gr.slots.filter((s) => !STAKES.includes(s.country) && s.row).map((s) => countryName(s.country))))];
  const items: KeyItem[] = [
    { shape: "bar", ink: INK.russia, text: "Russia" },
    { shape: "bar", ink: INK.ukraine, text: "Ukraine" },
    ...(others.length ? [{ shape: "bar" as const, ink: INK.other, text: others.join(", ") }] : []),
    { shape: "missing", text: "no figure" },
    ...(claims.length ? [{ shape: "diamond" as const, ink: INK.fg, text: "claim, not to scale" }] : []),
  ];
  const key = mineralKey(items, g.width);
  const parts: SvgNode[] = [key.node];
  let y = key.height + 6;
  let lastMetric = "";
  for (const group of groups) {
    if (group.metric !== lastMetric) {
      parts.push(h("line", { x1: 0, x2: g.width, y1: y + 6.5, y2: y + 6.5, stroke: INK.rule }));
      parts.push(label(METRIC_TITLE[group.metric], 0, y + 24, { size: SIZE.head, weight: "bold" }));
      y += 30;
      lastMetric = group.metric;
    }
    const editions = [...new Set(group.slots.flatMap((s) => (s.row?.edition ? [s.row.edition.replace(/^USGS Mineral Commodity Summaries (\d{4})$/, "USGS, $1 edition")] : [])))];
    // Bars leave room for the longest label beside them, so no figure runs off a narrow drawing.
    const labelOf = (row: MineralStatRow) => {
      const share = shareOfWorld(row, group.world);
      return measure(`${tonnage(row.value!, row.unit, row.qualifier)}${row.value === 0 ? " (reported zero)" : ""}`, SIZE.small, "bold") + (share !== null ? measure(` ${pct(share)} of world`, SIZE.small) : 0);
    };
    const bar = Math.min(g.bar, g.width - g.barX - 6 - Math.max(0, ...group.slots.filter((sl) => sl.row?.value != null).map((sl) => labelOf(sl.row!))));
    const caption = wrap(`${group.basis}, ${UNIT_WORD[group.unit] ?? group.unit} · ${editions.join("; ")}`, g.width, SIZE.small);
    parts.push(textBlock(caption, 0, y + 12, { size: SIZE.small, fill: INK.muted }));
    y += blockHeight(caption.length, SIZE.small) + 4;
    for (const { country, row } of group.slots) {
      parts.push(label(countryName(country), 0, y + 14, { size: SIZE.small, weight: STAKES.includes(country) ? "bold" : undefined }));
      const mid = y + ROW_H / 2;
      const tipLabel = `${countryName(country)} · ${name} · ${inSentence(metricLabel(group.metric))} (USGS)`;
      if (!row || row.value === null) {
        // An empty slot says "no figure"; why, it says beside the slot (wide) or under it (narrow).
        const boxW = g.wide ? 84 : g.bar;
        const empty = [
          h("rect", { x: g.barX + 0.5, y: mid - 7, width: boxW - 1, height: 14, rx: 2, fill: "none", stroke: INK.muted, "stroke-dasharray": "3 2" }),
          label("no figure", g.barX + boxW / 2, mid + 4, { size: SIZE.small, fill: INK.muted, anchor: "middle" }),
        ];
        parts.push(h("g", row ? markAttrs(statTip(model, row, tipLabel)) : { "aria-hidden": "true" }, ...empty));
        const why = row?.missing_reason ?? "No USGS figure for this country in our data.";
        if (g.wide) {
          const reason = wrap(why, g.width - g.barX - boxW - 8, SIZE.small);
          parts.push(textBlock(reason, g.barX + boxW + 8, mid + 4, { size: SIZE.small, fill: INK.muted }));
          y += Math.max(ROW_H, blockHeight(reason.length, SIZE.small) + 6);
        } else {
          y += ROW_H;
          const reason = wrap(why, g.width - g.barX, SIZE.small);
          parts.push(textBlock(reason, g.barX, y + 10, { size: SIZE.small, fill: INK.muted }));
          y += blockHeight(reason.length, SIZE.small) + 2;
        }
        continue;
      }
      const w = row.value === 0 ? 1 : Math.max(2, (inBaseUnit(row.value, row.unit) / group.max) * bar);
      const share = country === "WORLD" ? null : shareOfWorld(row, group.world);
      const remark = basisRemark(row.basis);
      const runs: Run[] = [{ text: `${tonnage(row.value, row.unit, row.qualifier)}${row.value === 0 ? " (reported zero)" : ""}`, weight: "bold" }];
      if (share !== null) runs.push({ text: ` ${pct(share)} of world`, fill: INK.muted });
      parts.push(
        h(
          "g",
          markAttrs(statTip(model, row, tipLabel)),
          h("rect", { x: g.barX, y: mid - 5.5, width: w, height: 11, rx: 1.5, fill: countryInk(country) }),
          textBlock([runs], g.barX + w + 4, mid + 4.5, { size: SIZE.small }),
        ),
      );
      y += ROW_H;
      if (remark && group.slots.some((s) => s.row && s.row !== row && basisRemark(s.row.basis) !== remark)) {
        const note = wrap(`${countryName(country)}: ${remark}`, g.width - g.barX, SIZE.small);
        parts.push(textBlock(note, g.barX, y + 10, { size: SIZE.small, fill: INK.muted }));
        y += blockHeight(note.length, SIZE.small) + 2;
      }
    }
    y += 6;
  }
  if (claims.length) {
    parts.push(h("line", { x1: 0, x2: g.width, y1: y + 6.5, y2: y + 6.5, stroke: INK.rule }));
    parts.push(label("Claims and other counts", 0, y + 24, { size: SIZE.head, weight: "bold" }));
    y += 32;
    for (const r of claims) {
      const runs: Run[] = [
        { text: `${countryName(r.country)}, ${inSentence(metricLabel(r.metric))}: `, fill: INK.muted },
        { text: claimFigure(r), weight: "bold" },
        { text: ` ${basisCore(r.basis)}` },
        { text: ` — ${whoShort(model, r.claimant, r.sources)}, ${shortDate(r.year)}`, fill: INK.muted },
      ];
      const lines = wrapRuns(runs, g.width - 16, SIZE.small);
      const tip = statTip(model, r, `Claim by ${whoSays(model, r.claimant, r.sources)}: ${countryName(r.country)} · ${name} · ${inSentence(metricLabel(r.metric))}`);
      parts.push(h("g", markAttrs(tip), diamond(5, y + 6, 5, countryInk(r.country)), textBlock(lines, 16, y + 10, { size: SIZE.small })));
      y += blockHeight(lines.length, SIZE.small) + 5;
    }
  }
  if (groups.length === 0 && claims.length === 0) {
    parts.push(label("No figures in the data yet.", 0, y + 16, { fill: INK.muted }));
    y += 24;
  }
  return drawing(g.variant, y + 4, label0, parts);
}

const GROUND_COLUMNS = [...STAT_COLUMNS.slice(0, STAT_COLUMNS.length - 3), { key: "share_of_world_pct", label: "Share of world (%)" }, ...SOURCE_COLUMNS];

/** One mineral's chart: registered as minerals-in-the-ground-<slug>, on /minerals/<slug>/. */
export function inTheGroundMineral(model: Model, mineral: string, slug: string): Chart {
  const name = mineralName(model, mineral);
  const groups = groundGroups(model, mineral);
  const claims = mineralClaims(model, mineral);
  const label0 = `${name}: reserves and output of Russia and Ukraine next to other countries, and the claims beside them`;
  const svg = drawMineral(model, mineral, groups, claims, GEOMETRY.wide, label0);
  const narrowSvg = drawMineral(model, mineral, groups, claims, GEOMETRY.narrow, label0);

  const drawn = groups.flatMap((gr) => gr.slots.filter((s) => s.row).map((s) => ({ row: s.row!, share: s.country === "WORLD" ? null : shareOfWorld(s.row, gr.world) })));
  const rows = [...drawn.map(({ row, share }) => ({ ...statFields(model, row), share_of_world_pct: csvShare(share) })), ...claims.map((r) => ({ ...statFields(model, r), share_of_world_pct: null }))];

  const stakes = (c: string) => groups.filter((gr) => gr.slots.some((s) => s.country === c && s.row?.value != null));
  const ua = stakes("UA");
  const ru = stakes("RU");
  const bestShare = (c: string) =>
    groups
      .flatMap((gr) => gr.slots.filter((s) => s.country === c).map((s) => ({ gr, share: shareOfWorld(s.row, gr.world) })))
      .filter((x) => x.share !== null)
      .sort((a, b) => b.share! - a.share!)[0];
  const phrase = (c: string) => {
    const best = bestShare(c);
    if (best) return `${countryName(c)} has ${pct(best.share!)} of the world's ${inSentence(metricLabel(best.gr.metric))}`;
    return (c === "RU" ? ru : ua).length ? `${countryName(c)} has USGS figures but no world total on the same basis` : `USGS gives ${countryName(c)} no figure`;
  };
  const claimed = [...new Set(claims.map((r) => countryName(r.country)))];
  const takeaway = groups.length
    ? `${phrase("RU")}; ${phrase("UA").replace(/^USGS/, "it")}${claimed.length ? `. ${claimed.join(" and ")} ${claimed.length > 1 ? "have" : "has"} ${claims.length} further figure${claims.length === 1 ? "" : "s"} from governments, companies and outlets, shown as claims` : ""}.`
    : `No USGS figures for ${name.toLowerCase()} in the data yet${claims.length ? `; ${claims.length} claims are shown` : ""}.`;

  return {
    id: `minerals-in-the-ground-${slug}`,
    title: `${name}: what Russia and Ukraine hold and mine`,
    takeaway: takeaway.charAt(0).toUpperCase() + takeaway.slice(1),
    description:
      `Horizontal bars, one axis per measure and basis, from the US Geological Survey's latest edition; claims by others listed below as claims. ` +
      groups
        .map((gr) => `${METRIC_TITLE[gr.metric]} (${gr.basis}): ` + gr.slots.map((s) => `${countryName(s.country)} ${s.row?.value != null ? `${tonnage(s.row.value, s.row.unit, s.row.qualifier)} in ${s.row.year}` : "no figure"}`).join(", ") + ".")
        .join(" ") +
      (claims.length ? ` Claims: ${claims.map((r) => `${whoSays(model, r.claimant, r.sources)}, ${countryName(r.country)} ${inSentence(metricLabel(r.metric))}, ${claimFigure(r)} (${dateLabel(r.year)})`).join("; ")}.` : ""),
    drawing: svg,
    narrow: narrowSvg,
    columns: GROUND_COLUMNS,
    rows,
    sources: [...new Set([...drawn.flatMap((d) => d.row.sources), ...claims.flatMap((r) => r.sources)])],
    notes: "Bars share an axis only within one basis. Shares of the world are computed from USGS figures of the same edition, year and basis. Claims use their own classifications and are not drawn to scale.",
    page: `/minerals/${slug}/`,
  };
}

/** The minerals the overview covers: those with a per-mineral chart. */
export interface OverviewOptions {
  minerals: readonly { mineral: string; slug: string }[];
  mineralPage?: (mineral: string) => string | null;
}

const OVERVIEW_COUNTRIES = ["RU", "UA", "CN"];

interface ShareCell {
  country: string;
  row: MineralStatRow | null;
  world: MineralStatRow | null;
  share: number | null;
}

interface ShareLine {
  mineral: string;
  name: string;
  metric: GroundMetric;
  cells: ShareCell[];
}

/** Per mineral and metric, each country's share of the world on the first basis that has a world total. */
function shareLines(model: Model, minerals: readonly string[]): ShareLine[] {
  const out: ShareLine[] = [];
  for (const mineral of minerals) {
    const groups = groundGroups(model, mineral);
    for (const metric of GROUND_METRICS) {
      const inMetric = groups.filter((gr) => gr.metric === metric);
      if (!inMetric.some((gr) => gr.slots.some((s) => STAKES.includes(s.country) && s.row))) continue;
      const withWorld = inMetric.find((gr) => gr.world) ?? inMetric[0]!;
      const cells = OVERVIEW_COUNTRIES.map((country) => {
        const row = inMetric.map((gr) => gr.slots.find((s) => s.country === country)?.row ?? null).find((r) => r) ?? null;
        const world = row ? (inMetric.find((gr) => gr.slots.some((s) => s.row === row))?.world ?? null) : withWorld.world;
        return { country, row, world, share: shareOfWorld(row, world) };
      });
      out.push({ mineral, name: mineralName(model, mineral), metric, cells });
    }
  }
  return out;
}

const SHORT_METRIC: Record<GroundMetric, string> = { reserves: "Reserves", "mine-production": "Mine output", "refined-production": "Refined output" };
const TINY_METRIC: Record<GroundMetric, string> = { reserves: "Reserves", "mine-production": "Mining", "refined-production": "Refining" };

function drawOverview(model: Model, lines: ShareLine[], link: (m: string) => string | null, variant: Variant, label0: string): Drawing {
  const wide = variant === "wide";
  const width = wide ? WIDE : NARROW;
  const G = wide ? { name: 0, metric: 104, cells: [200, 326, 452], cell: 126, bar: 62 } : { name: 0, metric: 0, cells: [66, 144, 222], cell: 78, bar: 30 };
  const key = mineralKey(
    [
      { shape: "bar", ink: INK.russia, text: "Russia" },
      { shape: "bar", ink: INK.ukraine, text: "Ukraine" },
      { shape: "bar", ink: INK.other, text: "China, for scale" },
      { shape: "missing", text: "no figure" },
    ],
    width,
  );
  const parts: SvgNode[] = [key.node];
  let y = key.height + 8;
  const caption = wrap("Share of the world total: each bar runs from 0 to 100%", width, SIZE.small);
  parts.push(textBlock(caption, 0, y + 12, { size: SIZE.small, fill: INK.muted }));
  y += blockHeight(caption.length, SIZE.small) + 4;
  OVERVIEW_COUNTRIES.forEach((c, i) => parts.push(label(countryName(c), G.cells[i]!, y + 12, { size: SIZE.small, weight: "bold" })));
  y += 20;
  let last = "";
  let nameBottom = 0;
  for (const line of lines) {
    if (line.mineral !== last) {
      y = Math.max(y, nameBottom);
      parts.push(h("line", { x1: 0, x2: width, y1: y + 0.5, y2: y + 0.5, stroke: INK.rule }));
      last = line.mineral;
      const href = link(line.mineral);
      const names = wrap(line.name, wide ? G.metric - 6 : width, SIZE.head, "bold");
      const title = textBlock(names, G.name, y + 17, { size: SIZE.head, weight: "bold", line: 17, fill: href ? "var(--accent)" : undefined, attrs: href ? { "text-decoration": "underline" } : {} });
      parts.push(href ? h("a", { href }, title) : title);
      nameBottom = y + 3 + names.length * 17 + 6;
      if (!wide) y += names.length * 17 + 3;
      y += 3;
    }
    parts.push(label((wide ? SHORT_METRIC : TINY_METRIC)[line.metric], G.metric, y + 14, { size: SIZE.small, fill: INK.muted }));
    line.cells.forEach((cell, i) => {
      const x = G.cells[i]!;
      const mid = y + 10;
      if (cell.share === null) {
        const text = cell.row?.value != null ? "no total" : "no figure";
        const node = [
          h("rect", { x: x + 0.5, y: mid - 7, width: G.cell - 8, height: 14, rx: 2, fill: "none", stroke: INK.muted, "stroke-dasharray": "3 2" }),
          label(text, x + (G.cell - 8) / 2, mid + 4, { size: SIZE.small, fill: INK.muted, anchor: "middle" }),
        ];
        // Nothing is drawn on the share scale, so the mark carries no value; the figure stays in words.
        const tip = cell.row ? { ...statTip(model, cell.row, `${countryName(cell.country)} · ${line.name} · ${inSentence(metricLabel(line.metric))}`), value: null, note: cell.row.value === null ? cell.row.missing_reason : "USGS gives no world total on the same basis and year, so no share." } : null;
        parts.push(h("g", tip ? markAttrs(tip) : { "aria-hidden": "true" }, ...node));
        return;
      }
      const w = Math.max(1.5, (cell.share / 100) * G.bar);
      const tip = { ...statTip(model, cell.row!, `${countryName(cell.country)}'s share of world ${line.name.toLowerCase()} ${inSentence(metricLabel(line.metric))}`), display: `${csvShare(cell.share)}% of the world total`, value: csvShare(cell.share), unit: "%" };
      tip.note = `${tonnage(cell.row!.value!, cell.row!.unit, cell.row!.qualifier)} of ${tonnage(cell.world!.value!, cell.world!.unit, cell.world!.qualifier)} (${cell.row!.basis}; ${cell.row!.edition})`;
      parts.push(
        h(
          "g",
          markAttrs(tip),
          h("rect", { x, y: mid - 6, width: G.bar, height: 12, fill: INK.track }),
          h("rect", { x, y: mid - 6, width: w, height: 12, fill: countryInk(cell.country) }),
          label(pct(cell.share), x + G.bar + 4, mid + 4.5, { size: SIZE.small, weight: "bold" }),
        ),
      );
    });
    y += 22;
  }
  return drawing(variant, Math.max(y, nameBottom) + 4, label0, parts);
}

/** The overview across minerals (minerals-in-the-ground): shares of world reserves and output. */
export function inTheGround(model: Model, options: OverviewOptions): Chart {
  const lines = shareLines(model, options.minerals.map((m) => m.mineral).filter((m) => model.mineralById.has(m)));
  const link = (m: string) => options.mineralPage?.(m) ?? null;
  const label0 = "Russia's, Ukraine's and China's shares of world reserves and output, mineral by mineral";
  const rows = lines.flatMap((line) =>
    line.cells.map((c) => ({
      mineral: line.mineral,
      mineral_name: line.name,
      metric: line.metric,
      metric_label: metricLabel(line.metric),
      country: c.country,
      country_name: countryName(c.country),
      id: c.row?.id ?? null,
      share_of_world_pct: csvShare(c.share),
      value: c.row?.value ?? null,
      unit: c.row?.unit ?? null,
      world_id: c.world?.id ?? null,
      world_value: c.world?.value ?? null,
      world_unit: c.world?.unit ?? null,
      year: c.row?.year ?? null,
      edition: c.row?.edition ?? null,
      basis: c.row?.basis ?? null,
      missing_reason: c.row ? (c.row.value === null ? c.row.missing_reason : c.share === null ? "No world total on the same basis and year." : null) : "No USGS row for this country in the data.",
      ...(c.row ? sourceFields(model, [...new Set([...c.row.sources, ...(c.world?.sources ?? [])])]) : { sources: null, source_publishers: null, source_urls: null }),
    })),
  );
  const top = (c: string) => lines.flatMap((l) => l.cells.filter((x) => x.country === c && x.share !== null).map((x) => ({ l, share: x.share! }))).sort((a, b) => b.share - a.share)[0];
  const chinaIn = (l: ShareLine) => l.cells.find((c) => c.country === "CN")?.share ?? null;
  const blanks = lines.flatMap((l) => l.cells.filter((c) => c.country === "UA" && c.share === null)).length;
  const part = (c: string) => {
    const t = top(c);
    if (!t) return `${countryName(c)} has no share on record`;
    const cn = chinaIn(t.l);
    return `${countryName(c)}'s largest is ${pct(t.share)} of world ${t.l.name.toLowerCase()} ${SHORT_METRIC[t.l.metric].toLowerCase()}${cn !== null ? ` (China: ${pct(cn)})` : ""}`;
  };
  const takeaway = `${part("RU")}; ${part("UA")}. For ${blanks} of ${lines.length} measures USGS gives Ukraine no share to compute.`;
  return {
    id: "minerals-in-the-ground",
    title: "How big Russia and Ukraine are in world terms",
    takeaway,
    description:
      "A table of bars: for each mineral and measure, Russia's, Ukraine's and China's shares of the world total, each from USGS figures of the same edition, year and basis, on one 0 to 100 per cent scale. " +
      lines.map((l) => `${l.name}, ${SHORT_METRIC[l.metric].toLowerCase()}: ${l.cells.map((c) => `${countryName(c.country)} ${c.share === null ? "no figure" : pct(c.share)}`).join(", ")}.`).join(" "),
    drawing: drawOverview(model, lines, link, "wide", label0),
    narrow: drawOverview(model, lines, link, "narrow", label0),
    columns: [
      { key: "mineral", label: "Mineral id" },
      { key: "mineral_name", label: "Mineral" },
      { key: "metric", label: "Metric id" },
      { key: "metric_label", label: "Metric" },
      { key: "country", label: "Country code" },
      { key: "country_name", label: "Country" },
      { key: "id", label: "Row id" },
      { key: "share_of_world_pct", label: "Share of world (%)" },
      { key: "value", label: "Value" },
      { key: "unit", label: "Unit" },
      { key: "world_id", label: "World row id" },
      { key: "world_value", label: "World value" },
      { key: "world_unit", label: "World unit" },
      { key: "year", label: "Year" },
      { key: "edition", label: "Edition" },
      { key: "basis", label: "Basis" },
      { key: "missing_reason", label: "Why no share" },
      ...SOURCE_COLUMNS,
    ],
    rows,
    sources: [...new Set(rows.flatMap((r) => String(r.sources ?? "").split(";").filter(Boolean)))],
    notes: "Each share is a country's figure divided by USGS's world total in the same edition, year and basis. Where USGS gives no figure, or no world total to divide by, the slot is empty.",
    page: "/minerals/ground/",
  };
}

