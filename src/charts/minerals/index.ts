// The mineral-stakes charts (issue 6), in page order. The registry spreads this list in, so each one
// gets /embed/<id>/ and /charts/<id>.csv.
import type { Model } from "../../data/model.ts";
import type { Chart } from "../chart.ts";
import { inTheGround } from "./in-the-ground.ts";

export const MINERAL_CHARTS: readonly { id: string; build: (model: Model) => Chart }[] = [
  { id: "minerals-in-the-ground", build: inTheGround },
];
