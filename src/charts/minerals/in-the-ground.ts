// "In the ground": reserves and production per mineral, Russia and Ukraine next to China, the US
// and the world, as USGS's Mineral Commodity Summaries state them. Small multiples: one panel per
// mineral and metric, and inside it one axis per unit and basis, never shared across them. A missing
// figure is drawn as an empty, dashed slot with the reason, never as zero.

import { scaleLinear } from "d3";
import type { Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../lib/format.ts";
import type { Chart } from "../chart.ts";
import { compact, countryName, dateLabel, esc, markAttrs, publishers, signed, STAT_COLUMNS, statFields, svgOpen } from "./markup.ts";

export const GROUND_METRICS = ["reserves", "mine-production", "refined-production"] as const;
const COUNTRY_ORDER = ["RU", "UA", "CN", "US", "WORLD"];
const METRIC_LABEL: Record<string, string> = {
  reserves: "Reserves",
  "mine-production": "Mine production",
  "refined-production": "Refined or smelter production",
};
const UNIT_WORD: Record<string, string> = { t: "tonnes", kt: "thousand tonnes", Mt: "million tonnes", kg: "kilograms" };

const editionYear = (r: MineralStatRow): number => Number(r.edition?.match(/(\d{4})\s*$/)?.[1] ?? 0);

/**
 * The rows the chart draws: USGS-edition figures for the three metrics, the latest year per
 * country, unit and basis, dropping a row when a newer edition covers the same country, mineral
 * and metric (a revision replaces it, even on a reworded basis).
 */
export function groundRows(stats: readonly MineralStatRow[]): MineralStatRow[] {
  const candidates = stats.filter((r) => r.edition !== null && (GROUND_METRICS as readonly string[]).includes(r.metric));
  const newestEdition = new Map<string, number>();
  for (const r of candidates) {
    const key = `${r.mineral}|${r.metric}|${r.country}`;
    newestEdition.set(key, Math.max(newestEdition.get(key) ?? 0, editionYear(r)));
  }
  const latest = new Map<string, MineralStatRow>();
  for (const r of candidates) {
    if (editionYear(r) < newestEdition.get(`${r.mineral}|${r.metric}|${r.country}`)!) continue;
    const key = `${r.mineral}|${r.metric}|${r.country}|${r.unit}|${r.basis}`;
    const held = latest.get(key);
    if (!held || r.year > held.year) latest.set(key, r);
  }
  return [...latest.values()];
}

interface Group {
  unit: string;
  basis: string;
  rows: MineralStatRow[];
}

interface Panel {
  mineral: string;
  metric: string;
  groups: Group[];
}

const hasStake = (rows: readonly MineralStatRow[]) => rows.some((r) => r.country === "RU" || r.country === "UA");

/** Panels per mineral and metric (only where Russia or Ukraine appears), groups per unit and basis. */
export function groundPanels(model: Model): Panel[] {
  const rows = groundRows(model.tables.mineral_stats);
  const mineralOrder = model.tables.minerals.map((m) => m.id);
  const panels: Panel[] = [];
  for (const mineral of mineralOrder) {
    for (const metric of GROUND_METRICS) {
      const inPanel = rows.filter((r) => r.mineral === mineral && r.metric === metric);
      if (!hasStake(inPanel)) continue;
      const groups = new Map<string, Group>();
      for (const r of inPanel) {
        const key = `${r.unit}|${r.basis}`;
        if (!groups.has(key)) groups.set(key, { unit: r.unit, basis: r.basis, rows: [] });
        groups.get(key)!.rows.push(r);
      }
      for (const g of groups.values()) g.rows.sort((a, b) => COUNTRY_ORDER.indexOf(a.country) - COUNTRY_ORDER.indexOf(b.country));
      const ordered = [...groups.values()].sort((a, b) => Number(hasStake(b.rows)) - Number(hasStake(a.rows)) || b.rows.length - a.rows.length);
      panels.push({ mineral, metric, groups: ordered });
    }
  }
  return panels;
}

const fillClass = (country: string) => (country === "RU" ? "mx-ru" : country === "UA" ? "mx-ua" : "mx-other");

const WIDTH = 340;
const ROW = 34;

function groupSvg(model: Model, panelLabel: string, group: Group, notes: Map<string, number>): string {
  const present = group.rows.filter((r) => r.value !== null).map((r) => r.value!);
  const x = scaleLinear().domain([0, Math.max(1e-9, ...present)]).range([0, WIDTH]);
  const height = group.rows.length * ROW + 2;
  const body = group.rows
    .map((r, i) => {
      const y = i * ROW;
      const name = countryName(r.country);
      const year = dateLabel(r.year);
      const stake = r.country === "RU" || r.country === "UA";
      const tip = markAttrs({
        rowId: r.id,
        label: `${name} · ${model.mineralById.get(r.mineral)?.name ?? r.mineral} · ${METRIC_LABEL[r.metric]!.toLowerCase()}`,
        display: r.value === null ? "no figure" : formatQuantity(r),
        value: r.value,
        unit: r.unit,
        date: year,
        source: publishers(model, r.sources),
        note: r.value === null ? r.missing_reason : `${r.basis}${r.edition ? `; ${r.edition}` : ""}`,
      });
      const nameText = `<text class="mx-label${stake ? " mx-strong" : ""}" x="0" y="${y + 12}">${esc(name)}</text>`;
      if (r.value === null) {
        const n = notes.get(r.id)!;
        return `<g ${tip}>${nameText}<text class="mx-value mx-muted" x="${WIDTH}" y="${y + 12}" text-anchor="end">no figure (note ${n}) · ${esc(year)}</text><rect class="mx-missing" x="0.5" y="${y + 17.5}" width="${WIDTH - 1}" height="11" rx="2"/></g>`;
      }
      const w = r.value === 0 ? 0 : Math.max(2, x(r.value));
      const value = `${signed(r.value, r.qualifier)} ${r.unit}${r.value === 0 ? " (reported zero)" : ""}`;
      return `<g ${tip}>${nameText}<text class="mx-value" x="${WIDTH}" y="${y + 12}" text-anchor="end">${esc(value)}<tspan class="mx-muted"> · ${esc(year)}</tspan></text><rect class="mx-track" x="0" y="${y + 17}" width="${WIDTH}" height="12" rx="2"/><rect class="${fillClass(r.country)}" x="0" y="${y + 17}" width="${w.toFixed(2)}" height="12" rx="2"/></g>`;
    })
    .join("");
  return `${svgOpen(WIDTH, height, `${panelLabel}, ${group.unit}, ${group.basis}`)}${body}</svg>`;
}

export function inTheGround(model: Model): Chart {
  const panels = groundPanels(model);
  const drawn = panels.flatMap((p) => p.groups.flatMap((g) => g.rows));
  const notes = new Map<string, number>();
  for (const r of drawn) if (r.value === null) notes.set(r.id, notes.size + 1);

  const mineralName = (id: string) => model.mineralById.get(id)?.name ?? id;
  const html = panels
    .map((p) => {
      const title = `${mineralName(p.mineral)} · ${METRIC_LABEL[p.metric]}`;
      const groups = p.groups
        .map((g) => {
          const editions = [...new Set(g.rows.map((r) => r.edition))].join("; ");
          const reasons = g.rows
            .filter((r) => r.value === null)
            .map((r) => `<li>${notes.get(r.id)}. ${esc(countryName(r.country))}: ${esc(r.missing_reason ?? "no reason recorded")}</li>`)
            .join("");
          return `<div class="mx-group"><p class="mx-caption">${esc(UNIT_WORD[g.unit] ?? g.unit)}, ${esc(g.basis)} <span class="mx-muted">(${esc(editions)})</span></p>${groupSvg(model, title, g, notes)}${reasons ? `<ol class="mx-reasons">${reasons}</ol>` : ""}</div>`;
        })
        .join(`<p class="mx-sep" aria-hidden="true">different basis, own scale</p>`);
      return `<section class="mx-panel" aria-label="${esc(title)}"><p class="mx-panel__title">${esc(title)}</p>${groups}</section>`;
    })
    .join("");

  const legend = `<ul class="mx-legend" aria-label="Legend"><li><span class="mx-swatch mx-ru"></span>Russia</li><li><span class="mx-swatch mx-ua"></span>Ukraine</li><li><span class="mx-swatch mx-other"></span>China, United States, world</li><li><span class="mx-swatch mx-swatch--missing"></span>No figure published</li></ul>`;

  // Takeaway from the data: the largest share of a world total that Russia or Ukraine reaches where
  // USGS gives both on the same basis, and how many Ukrainian figures are blank.
  let maxShare = 0;
  let maxWhat = "";
  for (const p of panels) {
    for (const g of p.groups) {
      const world = g.rows.find((r) => r.country === "WORLD" && r.value);
      if (!world) continue;
      for (const r of g.rows) {
        if ((r.country !== "RU" && r.country !== "UA") || !r.value || r.value / world.value! <= maxShare) continue;
        maxShare = r.value / world.value!;
        maxWhat = `${countryName(r.country)}'s ${mineralName(r.mineral).toLowerCase()} ${METRIC_LABEL[r.metric]!.toLowerCase()}`;
      }
    }
  }
  const ua = drawn.filter((r) => r.country === "UA");
  const uaMissing = ua.filter((r) => r.value === null).length;
  const takeaway =
    `Against USGS's world totals, the biggest share Russia or Ukraine holds is ${Math.round(maxShare * 100)}% (${maxWhat})` +
    (ua.length ? `; for ${uaMissing} of the ${ua.length} Ukrainian entries USGS publishes no figure at all.` : ".");

  const description =
    `Small multiples of horizontal bars, one panel per mineral and measure, each split into separate axes by unit and basis. ` +
    panels
      .map((p) =>
        `${mineralName(p.mineral)}, ${METRIC_LABEL[p.metric]!.toLowerCase()}: ` +
        p.groups
          .map((g) => `${g.basis} (${g.unit}): ` + g.rows.map((r) => `${countryName(r.country)} ${r.value === null ? `no figure (${r.missing_reason})` : `${compact(r.value)} in ${r.year}`}`).join(", "))
          .join("; ") + ".",
      )
      .join(" ");

  return {
    id: "minerals-in-the-ground",
    title: "What Russia and Ukraine hold and mine, next to China and the world",
    takeaway,
    description,
    svg: `<div class="mx mx-ground">${legend}<div class="mx-grid">${html}</div></div>`,
    columns: [{ key: "mineral", label: "Mineral" }, { key: "country", label: "Country" }, ...STAT_COLUMNS],
    rows: drawn.map((r) => ({ mineral: r.mineral, country: r.country, ...statFields(r) })),
    sources: [...new Set(drawn.flatMap((r) => r.sources))],
    notes:
      "Each bar is the latest year in the newest USGS Mineral Commodity Summaries edition in our data; a newer edition replaces an older one for the same country. " +
      "Bars share an axis only within one unit and basis. Ukraine's blanks are blanks in USGS's own tables, not zeros; national and company claims are compared in the next chart.",
    page: "/minerals/",
  };
}
