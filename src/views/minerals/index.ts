// The mineral-stakes charts, one question each, in page order. The registry spreads this list in,
// so each one gets /embed/<id>/, /charts/<id>.svg, .png, .csv and a share card.
import type { Model } from "../../data/model.ts";
import { href } from "../../site/paths.ts";
import { mapSvg, type Chart } from "../../charts/chart.ts";
import { sideBySide } from "./side-by-side.ts";
import { inTheGround, inTheGroundMineral } from "./in-the-ground.ts";
import { claimsVsAssessments } from "./claims-vs-assessments.ts";
import { chinaProcessing } from "./china-processing.ts";
import { occupiedEstimates, occupiedValue } from "./occupied-estimates.ts";
import { depositsMap } from "./deposits-map.ts";
import { money, moneyFrozen, moneyFund, moneyKiel, moneyRussiaRevenue } from "./money.ts";
import { dealDrafts, dealTerms } from "./deal-terms.ts";
import { MINERAL_PAGES, mineralPagePath } from "./pages.ts";

export { MINERAL_PAGES, mineralPagePath };

const depositHref = (id: string): string => href(`/minerals/figures/#${id}`);
const mineralPage = (mineral: string): string | null => {
  const path = mineralPagePath(mineral);
  return path ? href(path) : null;
};

// Codes and addresses are for spreadsheets (the CSV keeps them); the table on the page shows names.
const MACHINE_COLUMNS = new Set(["id", "country", "mineral", "metric", "topic", "version", "minerals", "sources", "source_urls", "control_sources", "world_id"]);

/**
 * One tab stop per drawing, set at build time: its first mark; the arrow keys move from there
 * (src/client/tooltip.ts). The browser then has nothing to rewrite on load.
 */
const oneTabStop = (svg: string): string => {
  let first = true;
  return svg.replace(/ tabindex="0"/g, (stop) => (first ? ((first = false), stop) : ' tabindex="-1"'));
};

/** What every mineral chart gets on its way to the page: one tab stop per drawing and a readable table. */
const lighter = (chart: Chart): Chart => ({
  ...chart,
  drawing: mapSvg(chart.drawing, oneTabStop),
  narrow: mapSvg(chart.narrow, oneTabStop),
  tableColumns: chart.columns.map((c) => c.key).filter((k) => !MACHINE_COLUMNS.has(k)),
});

const ALL: readonly { id: string; build: (model: Model) => Chart }[] = [
  { id: "minerals-side-by-side", build: (model) => sideBySide(model, { mineralPage }) },
  { id: "minerals-in-the-ground", build: (model) => inTheGround(model, { minerals: MINERAL_PAGES, mineralPage }) },
  ...MINERAL_PAGES.map(({ mineral, slug }) => ({ id: `minerals-in-the-ground-${slug}`, build: (model: Model) => inTheGroundMineral(model, mineral, slug) })),
  { id: "minerals-claims-vs-assessments", build: claimsVsAssessments },
  { id: "minerals-china-processing", build: chinaProcessing },
  { id: "minerals-occupied-estimates", build: occupiedEstimates },
  { id: "minerals-deposits-map", build: (model) => depositsMap(model, { depositHref }) },
  { id: "minerals-money", build: money },
  { id: "minerals-money-kiel", build: moneyKiel },
  { id: "minerals-money-fund", build: moneyFund },
  { id: "minerals-money-frozen-assets", build: moneyFrozen },
  { id: "minerals-money-russia-revenue", build: moneyRussiaRevenue },
  { id: "minerals-occupied-value", build: occupiedValue },
  { id: "minerals-deal-terms", build: dealTerms },
  { id: "minerals-deal-drafts", build: dealDrafts },
];

export const MINERAL_CHARTS: readonly { id: string; build: (model: Model) => Chart }[] = ALL.map(({ id, build }) => ({ id, build: (model: Model) => lighter(build(model)) }));
