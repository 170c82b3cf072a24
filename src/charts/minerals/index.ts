// The mineral-stakes charts (issue 6), in page order. The registry spreads this list in, so each one
// gets /embed/<id>/ and /charts/<id>.csv.
import type { Model } from "../../data/model.ts";
import type { Chart } from "../chart.ts";
import { inTheGround } from "./in-the-ground.ts";
import { claimsVsAssessments } from "./claims-vs-assessments.ts";
import { chinaProcessing } from "./china-processing.ts";
import { occupiedEstimates } from "./occupied-estimates.ts";
import { depositsMap } from "./deposits-map.ts";
import { money } from "./money.ts";
import { dealTerms } from "./deal-terms.ts";

export const MINERAL_CHARTS: readonly { id: string; build: (model: Model) => Chart }[] = [
  { id: "minerals-in-the-ground", build: inTheGround },
  { id: "minerals-claims-vs-assessments", build: claimsVsAssessments },
  { id: "minerals-china-processing", build: chinaProcessing },
  { id: "minerals-occupied-estimates", build: occupiedEstimates },
  { id: "minerals-deposits-map", build: depositsMap },
  { id: "minerals-money", build: money },
  { id: "minerals-deal-terms", build: dealTerms },
];
