// Golden drawings, in the manner of Observable Plot's snapshot tests: every mineral chart builder
// draws a small, fixed fixture (tests/fixtures/base with the tables of tests/fixtures/charts laid
// over it: a missing figure, a claim, a zero, a range, a point and an oblast deposit), and the SVG
// must match the file in tests/unit/snapshots/ byte for byte. A change to a drawing shows up as a
// reviewable diff of that file; `npm run goldens` rewrites them after review.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { MINERAL_CHARTS } from "../../src/views/minerals/index.ts";
import { FIXTURES, makeProject } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(makeProject(join(FIXTURES, "base"), join(FIXTURES, "charts")), "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

// One chart per builder: the per-mineral builder once (titanium: several bases, a reported zero).
const SNAPSHOTS = [
  "minerals-side-by-side",
  "minerals-in-the-ground",
  "minerals-in-the-ground-titanium",
  "minerals-claims-vs-assessments",
  "minerals-china-processing",
  "minerals-occupied-estimates",
  "minerals-occupied-value",
  "minerals-deposits-map",
  "minerals-money",
  "minerals-money-fund",
  "minerals-deal-terms",
];

/** One element per line, so a changed mark is a one-line diff. */
const pretty = (svg: string) => svg.replace(/></g, ">\n<") + "\n";

describe("mineral chart drawings on the fixture", () => {
  for (const id of SNAPSHOTS) {
    it(`${id} draws as it did`, async () => {
      const chart = MINERAL_CHARTS.find((c) => c.id === id)!.build(model);
      await expect(pretty(chart.drawing.svg)).toMatchFileSnapshot(`snapshots/${id}.svg`);
      if (chart.narrow?.svg) await expect(pretty(chart.narrow?.svg)).toMatchFileSnapshot(`snapshots/${id}.narrow.svg`);
    });
  }
});
