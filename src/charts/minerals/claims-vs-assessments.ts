// Claim vs assessment: what a ministry, a minister, a company or a reporter says a country holds,
// next to what USGS publishes for the same country and mineral. Each figure keeps its own lane and
// its own scale: figures on different bases are shown side by side, never on one axis. Only lanes
// holding several figures on the same unit and basis (USGS's successive editions) get a shared axis.

import { scaleLinear } from "d3";
import type { Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../lib/format.ts";
import type { Chart } from "../chart.ts";
import { countryName, dateLabel, esc, markAttrs, publishers, signed, STAT_COLUMNS, statFields, svgOpen, whoSays } from "./markup.ts";

const IN_GROUND = ["reserves", "resources", "share-of-world-reserves"];
const METRIC_WORD: Record<string, string> = {
  reserves: "reserves",
  resources: "resources",
  "share-of-world-reserves": "share of world reserves",
};

const isAssessment = (r: MineralStatRow) => r.claimant === "act-usgs" && r.edition !== null;

interface Lane {
  who: string;
  metric: string;
  unit: string;
  basis: string;
  rows: MineralStatRow[];
}

interface Subject {
  country: string;
  mineral: string;
  lanes: Lane[];
}

/** Country–mineral pairs where someone other than USGS states how much is in the ground. */
export function claimSubjects(model: Model): Subject[] {
  const rows = model.tables.mineral_stats.filter((r) => IN_GROUND.includes(r.metric));
  const pairs = [...new Set(rows.filter((r) => !isAssessment(r)).map((r) => `${r.country}|${r.mineral}`))];
  return pairs.map((pair) => {
    const [country, mineral] = pair.split("|") as [string, string];
    const lanes = new Map<string, Lane>();
    for (const r of rows.filter((x) => x.country === country && x.mineral === mineral)) {
      const who = whoSays(model, r.claimant, r.sources);
      const key = `${who}|${r.metric}|${r.unit}|${r.basis}`;
      if (!lanes.has(key)) lanes.set(key, { who, metric: r.metric, unit: r.unit, basis: r.basis, rows: [] });
      lanes.get(key)!.rows.push(r);
    }
    const ordered = [...lanes.values()].sort((a, b) => Number(isAssessment(a.rows[0]!)) - Number(isAssessment(b.rows[0]!)));
    for (const lane of ordered) lane.rows.sort((a, b) => a.year.localeCompare(b.year) || (a.edition ?? "").localeCompare(b.edition ?? ""));
    return { country, mineral, lanes: ordered };
  });
}

const WIDTH = 340;

function tipFor(model: Model, r: MineralStatRow, lane: Lane) {
  return markAttrs({
    rowId: r.id,
    label: `${lane.who}: ${countryName(r.country)} · ${model.mineralById.get(r.mineral)?.name ?? r.mineral} ${METRIC_WORD[r.metric]}`,
    display: r.value === null ? "no figure" : formatQuantity(r),
    value: r.value,
    unit: r.unit,
    date: dateLabel(r.year),
    source: publishers(model, r.sources),
    note: r.value === null ? r.missing_reason : `${r.basis}${r.edition ? `; ${r.edition}` : ""}`,
  });
}

function laneSvg(model: Model, lane: Lane, label: string): string {
  const pct = lane.unit === "%";
  if (lane.rows.length === 1 && !pct) {
    // One figure on its own basis: a bar would have nothing to be long against, so the number is the mark.
    const r = lane.rows[0]!;
    const text = r.value === null ? "no figure" : `${signed(r.value, r.qualifier)} ${r.unit}`;
    return `${svgOpen(WIDTH, 34, label)}<g ${tipFor(model, r, lane)}><rect class="mx-track" x="0" y="0" width="${WIDTH}" height="34" rx="3"/><text class="mx-big" x="10" y="24">${esc(text)}</text><text class="mx-muted" x="${WIDTH - 10}" y="22" text-anchor="end">${esc(dateLabel(r.year))}</text></g></svg>`;
  }
  const max = pct ? 100 : Math.max(1e-9, ...lane.rows.map((r) => r.value ?? 0));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH]);
  const rowH = 30;
  const body = lane.rows
    .map((r, i) => {
      const y = i * rowH;
      const what = r.edition ? r.edition.replace("USGS Mineral Commodity Summaries", "USGS MCS") : lane.who;
      const value = r.value === null ? "no figure" : `${signed(r.value, r.qualifier)}${pct ? "%" : ` ${r.unit}`}`;
      const bar = r.value === null
        ? `<rect class="mx-missing" x="0.5" y="${y + 16.5}" width="${WIDTH - 1}" height="9" rx="2"/>`
        : `<rect class="mx-track" x="0" y="${y + 16}" width="${WIDTH}" height="10" rx="2"/><rect class="${r.country === "RU" ? "mx-ru" : r.country === "UA" ? "mx-ua" : "mx-other"}" x="0" y="${y + 16}" width="${Math.max(2, x(r.value)).toFixed(2)}" height="10" rx="2"/>`;
      return `<g ${tipFor(model, r, lane)}><text x="0" y="${y + 11}">${esc(what)}<tspan class="mx-muted"> · data ${esc(dateLabel(r.year))}</tspan></text><text class="mx-strong" x="${WIDTH}" y="${y + 11}" text-anchor="end">${esc(value)}</text>${bar}</g>`;
    })
    .join("");
  const axis = pct ? `<text class="mx-muted mx-small" x="${WIDTH}" y="${lane.rows.length * rowH + 10}" text-anchor="end">bar = share of 100%</text>` : "";
  return `${svgOpen(WIDTH, lane.rows.length * rowH + (pct ? 14 : 0), label)}${body}${axis}</svg>`;
}

export function claimsVsAssessments(model: Model): Chart {
  const subjects = claimSubjects(model);
  const mineralName = (id: string) => model.mineralById.get(id)?.name ?? id;
  const drawn: { subject: string; lane: Lane; row: MineralStatRow }[] = [];

  const html = subjects
    .map((s) => {
      const title = `${countryName(s.country)} · ${mineralName(s.mineral)}: how much is in the ground?`;
      const lanes = s.lanes
        .map((lane) => {
          for (const row of lane.rows) drawn.push({ subject: title, lane, row });
          const kind = isAssessment(lane.rows[0]!) ? "Assessment" : "Claim";
          const missing = lane.rows.filter((r) => r.value === null).map((r) => `<li>${esc(r.missing_reason ?? "")}</li>`).join("");
          return `<div class="mx-group"><p class="mx-caption"><strong class="mx-who">${esc(kind)}: ${esc(lane.who)}</strong><br>${esc(METRIC_WORD[lane.metric])}, ${esc(lane.unit === "%" ? "per cent" : lane.unit)}: ${esc(lane.basis)}</p>${laneSvg(model, lane, `${lane.who}, ${lane.basis}`)}${missing ? `<ul class="mx-reasons">${missing}</ul>` : ""}</div>`;
        })
        .join(`<p class="mx-sep" aria-hidden="true">different source or basis: not comparable on one scale</p>`);
      return `<section class="mx-panel" aria-label="${esc(title)}"><p class="mx-panel__title">${esc(title)}</p>${lanes}</section>`;
    })
    .join("");

  // The widest gap between a claim and USGS's latest figure for the same pair, in the same unit.
  let widest: { ratio: number; claim: MineralStatRow; usgs: MineralStatRow; who: string } | null = null;
  for (const s of subjects) {
    const usgs = s.lanes.filter((l) => isAssessment(l.rows[0]!)).flatMap((l) => l.rows).filter((r) => r.value).sort((a, b) => b.year.localeCompare(a.year))[0];
    if (!usgs) continue;
    for (const lane of s.lanes.filter((l) => !isAssessment(l.rows[0]!))) {
      for (const r of lane.rows) {
        if (!r.value || r.unit !== usgs.unit) continue;
        const ratio = r.value / usgs.value!;
        if (!widest || ratio > widest.ratio) widest = { ratio, claim: r, usgs, who: lane.who };
      }
    }
  }
  const claims = drawn.filter((d) => !isAssessment(d.row)).length;
  const takeaway = widest
    ? `${widest.who} puts ${countryName(widest.claim.country)}'s ${mineralName(widest.claim.mineral).toLowerCase()} at ${signed(widest.claim.value!, widest.claim.qualifier)} ${widest.claim.unit}, ${widest.ratio.toFixed(1)} times USGS's ${signed(widest.usgs.value!, widest.usgs.qualifier)} ${widest.usgs.unit} — on a different basis, so the two cannot simply be compared.`
    : `${claims} figures from governments, companies and reporters, each beside what USGS publishes.`;

  return {
    id: "minerals-claims-vs-assessments",
    title: "Who says how much is in the ground",
    takeaway,
    description:
      `${subjects.length} country and mineral pairs, each with one lane per source and basis. ` +
      drawn.map((d) => `${d.subject} ${d.lane.who} (${d.lane.basis}): ${d.row.value === null ? "no figure" : formatQuantity(d.row)}, ${d.row.year}.`).join(" "),
    svg: `<div class="mx mx-claims"><ul class="mx-legend" aria-label="Legend"><li><strong>Claim</strong>: a government, minister, company or report</li><li><strong>Assessment</strong>: USGS Mineral Commodity Summaries</li><li>Each lane has its own scale</li></ul><div class="mx-grid">${html}</div></div>`,
    columns: [{ key: "subject", label: "Question" }, { key: "who", label: "Who says" }, ...STAT_COLUMNS],
    rows: drawn.map(({ subject, lane, row }) => ({ subject, who: lane.who, ...statFields(row) })),
    sources: [...new Set(drawn.flatMap((d) => d.row.sources))],
    notes:
      "Reserves (what can be mined profitably today), resources (what is thought to be there) and shares are different measures; national classifications (Soviet and Russian categories) differ from USGS's. " +
      "Figures without a named author are marked as reported by the outlet that printed them.",
    page: "/minerals/",
  };
}
