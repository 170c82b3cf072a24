// Claim vs assessment: what a ministry, a minister, a company or a reporter says a country holds,
// beside what USGS publishes for the same country and mineral. USGS comes first, as the common
// yardstick; its editions share a bar axis with each other and with nothing else. A claim is its
// own basis, so it is a number beside a hollow diamond, never a bar that could be measured against
// USGS's.

import type { Drawing } from "../../charts/chart.ts";
import type { Model } from "../../data/model.ts";
import type { MineralStatRow } from "../../data/tables.generated.ts";
import { formatQuantity } from "../../data/format.ts";
import type { Chart } from "../../charts/chart.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
import { diamond, mineralKey } from "./key.ts";
import { countryName, isAssessment, markAttrs, TONNES, mineralName, shortDate, STAT_COLUMNS, statFields, statTip, tonnage, whoShort, whoSays } from "./markup.ts";
import { countryInk, drawing, INK, SIZE, widthOf, type Variant } from "./style.ts";
import { blockHeight, label, measure, textBlock, wrap, wrapRuns, type Run } from "./text.ts";
import { basisCore, inBaseUnit } from "./usgs.ts";

const IN_GROUND = ["reserves", "resources", "share-of-world-reserves"];
const METRIC_WORD: Record<string, string> = { reserves: "reserves", resources: "resources", "share-of-world-reserves": "share of world reserves" };

interface Lane {
  who: string;
  assessment: boolean;
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
function claimSubjects(model: Model): Subject[] {
  const rows = model.tables.mineral_stats.filter((r) => IN_GROUND.includes(r.metric));
  const pairs = [...new Set(rows.filter((r) => !isAssessment(r)).map((r) => `${r.country}|${r.mineral}`))];
  return pairs.map((pair) => {
    const [country, mineral] = pair.split("|") as [string, string];
    const lanes = new Map<string, Lane>();
    for (const r of rows.filter((x) => x.country === country && x.mineral === mineral)) {
      const who = whoShort(model, r.claimant, r.sources);
      const key = `${who}|${r.metric}|${r.unit}|${isAssessment(r) ? basisCore(r.basis) : r.basis}`;
      if (!lanes.has(key)) lanes.set(key, { who, assessment: isAssessment(r), metric: r.metric, unit: r.unit, basis: basisCore(r.basis), rows: [] });
      lanes.get(key)!.rows.push(r);
    }
    const ordered = [...lanes.values()].sort((a, b) => Number(b.assessment) - Number(a.assessment));
    for (const lane of ordered) lane.rows.sort((a, b) => (a.edition ?? "").localeCompare(b.edition ?? "") || a.year.localeCompare(b.year));
    return { country, mineral, lanes: ordered };
  });
}

const figure = (r: MineralStatRow) => (r.value === null ? "no figure" : r.unit === "%" ? `${r.qualifier === "about" ? "~" : ""}${r.value}%` : tonnage(r.value, r.unit, r.qualifier));
const edition = (r: MineralStatRow) => `${/(\d{4})\s*$/.exec(r.edition ?? "")?.[1] ?? r.edition} edition, data ${shortDate(r.year)}`;

/**
 * Pairs drawn at most. Today's data has a handful; at a hundred times today's the drawing listed
 * every pair, 13 MB of SVG per copy, and its PNG took minutes. Past it the chart draws the first
 * pairs in the order of the table and says so; its table and CSV keep every figure.
 */
export const CLAIMS_MAX_SUBJECTS = 12;

function draw(model: Model, subjects: Subject[], variant: Variant, ariaLabel: string, total = subjects.length): Drawing {
  const width = widthOf(variant);
  const wide = variant === "wide";
  const labelW = wide ? 220 : width;
  const markX = wide ? 232 : 0;
  const key = mineralKey(
    [
      { shape: "bar", ink: INK.russia, text: "Russia (USGS)" },
      { shape: "bar", ink: INK.ukraine, text: "Ukraine (USGS)" },
      { shape: "missing", text: "no figure" },
      { shape: "diamond", ink: INK.fg, text: "claim, own basis" },
    ],
    width,
  );
  const parts: SvgNode[] = [key.node];
  let y = key.height + 4;
  for (const s of subjects) {
    const name = mineralName(model, s.mineral);
    parts.push(h("line", { x1: 0, x2: width, y1: y + 6.5, y2: y + 6.5, stroke: INK.rule }));
    parts.push(label(`${countryName(s.country)} · ${name}`, 0, y + 24, { size: SIZE.head, weight: "bold" }));
    y += 31;
    for (const lane of s.lanes) {
      // Left (or above): whose figure and what it measures. Right (or below): the figures, and for a
      // claim its basis in the claimant's own terms.
      const runs: Run[] = [
        { text: lane.assessment ? "USGS" : `Claim: ${lane.who}`, weight: "bold" },
        { text: ` · ${METRIC_WORD[lane.metric]}${lane.assessment ? `, ${lane.basis}` : ""}`, fill: INK.muted },
      ];
      const lines = wrapRuns(runs, labelW, SIZE.small);
      parts.push(textBlock(lines, 0, y + 12, { size: SIZE.small }));
      let my = wide ? y : y + blockHeight(lines.length, SIZE.small) + 4;
      const tipLabel = (r: MineralStatRow) => `${lane.assessment ? "USGS" : `Claim by ${whoSays(model, r.claimant, r.sources)}`}: ${countryName(r.country)} · ${name} ${METRIC_WORD[r.metric]}`;
      if (lane.assessment) {
        const max = Math.max(1e-9, ...lane.rows.map((r) => (r.value === null ? 0 : inBaseUnit(r.value, r.unit))));
        const edW = Math.max(...lane.rows.map((r) => measure(edition(r), SIZE.small))) + 8;
        const bar = width - markX - edW - 64;
        for (const r of lane.rows) {
          const mid = my + 8;
          const inner: SvgNode[] = [label(edition(r), markX, mid + 4, { size: SIZE.small, fill: INK.muted })];
          if (r.value === null) {
            inner.push(h("rect", { x: markX + edW + 0.5, y: mid - 7, width: bar + 40, height: 14, rx: 2, fill: "none", stroke: INK.muted, "stroke-dasharray": "3 2" }), label("no figure", markX + edW + (bar + 40) / 2, mid + 4, { size: SIZE.small, fill: INK.muted, anchor: "middle" }));
          } else {
            const w = Math.max(2, (inBaseUnit(r.value, r.unit) / max) * bar);
            inner.push(h("rect", { x: markX + edW, y: mid - 5.5, width: w, height: 11, rx: 1.5, fill: countryInk(r.country) }), label(figure(r), markX + edW + w + 4, mid + 4.5, { size: SIZE.small, weight: "bold" }));
          }
          parts.push(h("g", markAttrs(statTip(model, r, tipLabel(r))), ...inner));
          my += 20;
        }
        for (const r of lane.rows.filter((x) => x.value === null && x.missing_reason)) {
          const why = wrap(r.missing_reason!, width - markX, SIZE.small);
          parts.push(textBlock(why, markX, my + 10, { size: SIZE.small, fill: INK.muted }));
          my += blockHeight(why.length, SIZE.small) + 2;
        }
      } else {
        for (const r of lane.rows) {
          const mid = my + 8;
          const fig = figure(r);
          const basis = wrap(basisCore(r.basis).replace(/^(reserves|resources),?\s+/i, ""), width - markX - 18, SIZE.small);
          parts.push(
            h(
              "g",
              markAttrs(statTip(model, r, tipLabel(r))),
              diamond(markX + 6, mid, 5.5, countryInk(r.country)),
              label(fig, markX + 18, mid + 5, { size: SIZE.head, weight: "bold" }),
              label(shortDate(r.year), markX + 26 + measure(fig, SIZE.head, "bold"), mid + 4.5, { size: SIZE.small, fill: INK.muted }),
              textBlock(basis, markX + 18, mid + 21, { size: SIZE.small, fill: INK.muted }),
            ),
          );
          my += 18 + blockHeight(basis.length, SIZE.small);
        }
      }
      y = Math.max(wide ? y + blockHeight(lines.length, SIZE.small) : y, my) + 6;
    }
  }
  if (total > subjects.length) {
    const note = wrap(`Showing the first ${subjects.length} of ${total.toLocaleString("en")} country and mineral pairs; the table and the CSV list every figure.`, width, SIZE.small);
    parts.push(textBlock(note, 0, y + 14, { size: SIZE.small, fill: INK.muted }));
    y += blockHeight(note.length, SIZE.small) + 8;
  }
  return drawing(variant, y, ariaLabel, parts);
}

export function claimsVsAssessments(model: Model): Chart {
  const subjects = claimSubjects(model);
  const drawn = subjects.flatMap((s) => s.lanes.flatMap((lane) => lane.rows.map((row) => ({ s, lane, row }))));

  // The widest gap between a claim and USGS's latest figure for the same pair, in the same unit.
  let widest: { ratio: number; claim: MineralStatRow; usgs: MineralStatRow; who: string } | null = null;
  for (const s of subjects) {
    const usgs = s.lanes.filter((l) => l.assessment).flatMap((l) => l.rows).filter((r) => r.value).sort((a, b) => (b.edition ?? "").localeCompare(a.edition ?? "") || b.year.localeCompare(a.year))[0];
    if (!usgs) continue;
    for (const lane of s.lanes.filter((l) => !l.assessment)) {
      for (const r of lane.rows) {
        // Only a claim of the same measure (reserves against reserves) makes a ratio worth printing.
        if (!r.value || r.metric !== usgs.metric || !(r.unit in TONNES) || !(usgs.unit in TONNES)) continue;
        const ratio = inBaseUnit(r.value, r.unit) / inBaseUnit(usgs.value!, usgs.unit);
        if (!widest || ratio > widest.ratio) widest = { ratio, claim: r, usgs, who: whoSays(model, r.claimant, r.sources) };
      }
    }
  }
  const shown = subjects.slice(0, CLAIMS_MAX_SUBJECTS);
  const label0 =
    shown.length < subjects.length
      ? `Claims and USGS assessments of how much is in the ground, for the first ${shown.length} of ${subjects.length} country and mineral pairs`
      : `Claims and USGS assessments of how much is in the ground, for ${subjects.length} country and mineral pairs`;
  const takeaway = widest
    ? `${widest.who} puts ${countryName(widest.claim.country)}'s ${mineralName(model, widest.claim.mineral).toLowerCase()} at ${figure(widest.claim)}, ${widest.ratio.toFixed(1)} times USGS's latest ${figure(widest.usgs)}: a different measure, which is why the two are never drawn on one scale.`
    : `${drawn.filter((d) => !d.lane.assessment).length} figures from governments, companies and outlets, each beside what USGS publishes.`;

  return {
    id: "minerals-claims-vs-assessments",
    title: "Who says how much is in the ground",
    takeaway,
    description:
      `${subjects.length} country and mineral pairs; for each, USGS's editions as bars on their own scale, then each claim as a number with who makes it and on what basis. ` +
      drawn.map((d) => `${countryName(d.s.country)}, ${mineralName(model, d.s.mineral)}, ${d.lane.assessment ? "USGS" : whoSays(model, d.row.claimant, d.row.sources)} (${d.row.basis}): ${formatQuantity(d.row)}, ${d.row.year}.`).join(" "),
    drawing: draw(model, shown, "wide", label0, subjects.length),
    narrow: draw(model, shown, "narrow", label0, subjects.length),
    columns: [{ key: "kind", label: "Kind" }, ...STAT_COLUMNS],
    rows: drawn.map(({ lane, row }) => ({ kind: lane.assessment ? "USGS assessment" : "claim", ...statFields(model, row) })),
    sources: [...new Set(drawn.flatMap((d) => d.row.sources))],
    notes: "Reserves (what can be mined profitably today), resources (what is thought to be there) and shares are different measures; Soviet and Russian categories differ from USGS's.",
    page: "/minerals/ground/",
  };
}
