// Who processes the minerals: China's share of the world's mining next to its share of refining,
// where a source gives both for the same mineral. Shares are drawn against the whole (100%).

import type { Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../lib/format.ts";
import type { Chart } from "../chart.ts";
import { dateLabel, esc, markAttrs, publishers, svgOpen, whoSays } from "./markup.ts";

const STAGES = [
  { metric: "share-of-world-production", label: "Mining" },
  { metric: "share-of-world-refining", label: "Refining" },
] as const;

/** China's mining and refining shares, for minerals where the data has a refining share. */
export function processingRows(model: Model): MineralStatRow[] {
  const cn = model.tables.mineral_stats.filter((r) => r.country === "CN" && r.unit === "%" && r.value !== null);
  const minerals = new Set(cn.filter((r) => r.metric === "share-of-world-refining").map((r) => r.mineral));
  return STAGES.flatMap((s) => cn.filter((r) => r.metric === s.metric && minerals.has(r.mineral)));
}

const WIDTH = 340;

export function chinaProcessing(model: Model): Chart {
  const rows = processingRows(model);
  const mineralName = (id: string) => model.mineralById.get(id)?.name ?? id;
  const minerals = [...new Set(rows.map((r) => r.mineral))];
  const stageOf = (r: MineralStatRow) => STAGES.find((s) => s.metric === r.metric)!.label;

  const panels = minerals
    .map((mineral) => {
      const mine = rows.filter((r) => r.mineral === mineral);
      const height = mine.length * 40 + 16;
      const bars = mine
        .map((r, i) => {
          const y = i * 40;
          const w = (WIDTH * r.value!) / 100;
          const tip = markAttrs({
            rowId: r.id,
            label: `China's share of world ${mineralName(mineral).toLowerCase()} ${stageOf(r).toLowerCase()} (${whoSays(model, r.claimant, r.sources)})`,
            display: formatQuantity(r),
            value: r.value,
            unit: r.unit,
            date: dateLabel(r.year),
            source: publishers(model, r.sources),
            note: `${r.basis}${r.edition ? `; ${r.edition}` : ""}`,
          });
          return `<g ${tip}><text class="mx-strong" x="0" y="${y + 13}">${esc(stageOf(r))}</text><text class="mx-strong" x="${WIDTH}" y="${y + 13}" text-anchor="end">${esc(r.value)}%<tspan class="mx-muted" font-weight="400"> · ${esc(dateLabel(r.year))}</tspan></text><rect class="mx-track" x="0" y="${y + 19}" width="${WIDTH}" height="16" rx="2"/><rect class="mx-other" x="0" y="${y + 19}" width="${w.toFixed(2)}" height="16" rx="2"/></g>`;
        })
        .join("");
      const ticks = [0, 50, 100]
        .map((t) => `<text class="mx-muted mx-small" x="${(WIDTH * t) / 100}" y="${height - 2}" text-anchor="${t === 0 ? "start" : t === 100 ? "end" : "middle"}">${t}%</text>`)
        .join("");
      const source = [...new Set(mine.map((r) => whoSays(model, r.claimant, r.sources)))].join("; ");
      return `<section class="mx-panel" aria-label="${esc(mineralName(mineral))}"><p class="mx-panel__title">${esc(mineralName(mineral))}</p><p class="mx-caption">China's share of the world total, per ${esc(source)}</p>${svgOpen(WIDTH, height, `China's shares of ${mineralName(mineral)} mining and refining`)}${bars}${ticks}</svg></section>`;
    })
    .join("");

  const pairs = minerals.map((m) => {
    const mining = rows.find((r) => r.mineral === m && r.metric === "share-of-world-production");
    const refining = rows.find((r) => r.mineral === m && r.metric === "share-of-world-refining");
    return { m, mining, refining };
  });
  const first = pairs.find((p) => p.mining && p.refining);
  const takeaway = first
    ? `China mines ${first.mining!.value}% of the world's ${mineralName(first.m).toLowerCase()} but refines ${first.refining!.value}% of them: whoever digs them up, most pass through China.`
    : "China's shares of mining and refining, where a source gives both.";

  return {
    id: "minerals-china-processing",
    title: "Who processes the minerals",
    takeaway,
    description: `Bars against 100% for each stage. ` + rows.map((r) => `${mineralName(r.mineral)}, ${stageOf(r).toLowerCase()}: China ${r.value}% in ${r.year}.`).join(" "),
    svg: `<div class="mx mx-processing"><div class="mx-grid">${panels}</div></div>`,
    columns: [
      { key: "id", label: "Row id" },
      { key: "mineral", label: "Mineral" },
      { key: "metric", label: "Stage" },
      { key: "year", label: "Year" },
      { key: "value", label: "Share (%)" },
      { key: "basis", label: "Basis" },
      { key: "edition", label: "Edition" },
      { key: "sources", label: "Sources" },
    ],
    rows: rows.map((r) => ({ id: r.id, mineral: r.mineral, metric: r.metric, year: r.year, value: r.value, basis: r.basis, edition: r.edition, sources: r.sources.join(";") })),
    sources: [...new Set(rows.flatMap((r) => r.sources))],
    notes: "Shares as the source states them; we compute none from USGS tonnages. The IEA also projects shares for 2030; those are not recorded as rows.",
    page: "/minerals/",
  };
}
