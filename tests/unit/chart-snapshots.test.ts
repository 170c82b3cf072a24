// Golden drawings for every chart that is not a mineral chart (those are in mineral-snapshots):
// the registered charts (wide, narrow and preview drawings), an actor's neighbourhood and each kind
// of story figure, all drawn from the small fixture (tests/fixtures/base with tests/fixtures/charts
// laid over it) and compared byte for byte with tests/unit/snapshots/. A changed mark is a one-line
// diff there, reviewed like code; after a change on purpose, `npm run goldens` rewrites the files.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { MINERAL_CHARTS } from "../../src/views/minerals/index.ts";
import { actorNeighbourhood } from "../../src/views/network/actor-neighbourhood.ts";
import { storyFigure } from "../../src/views/story/story-figure.ts";
import { FIXTURES, makeProject } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(makeProject(join(FIXTURES, "base"), join(FIXTURES, "charts")), "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

/** One element per line, so a changed mark is a one-line diff. */
const pretty = (svg: string) => svg.replace(/></g, ">\n<") + "\n";

// Every registered chart outside src/charts/minerals, by itself: a new one gets a golden on its first run.
const NOT_MINERAL = CHARTS.filter((c) => !MINERAL_CHARTS.some((m) => m.id === c.id));

describe("chart drawings on the fixture", () => {
  for (const { id, build } of NOT_MINERAL) {
    it(`${id} draws as it did, wide, narrow (or its narrow key) and in preview`, async () => {
      const chart = build(model);
      await expect(pretty(chart.drawing.svg)).toMatchFileSnapshot(`snapshots/${id}.svg`);
      if (chart.narrow) await expect(pretty(chart.narrow.svg)).toMatchFileSnapshot(`snapshots/${id}.narrow.svg`);
      if (chart.narrowKey) await expect(pretty(chart.narrowKey.svg)).toMatchFileSnapshot(`snapshots/${id}.narrow-key.svg`);
      if (chart.preview) await expect(pretty(chart.preview.svg)).toMatchFileSnapshot(`snapshots/${id}.preview.svg`);
    });
  }
});

describe("an actor's neighbourhood on the fixture", () => {
  // The actor the fixture's network story step focuses on.
  const actor = "act-donald-trump";

  it(`${actor} draws as it did`, async () => {
    const hood = actorNeighbourhood(model, actor);
    expect(hood, "the fixture gives the actor relations").not.toBeNull();
    await expect(pretty(hood!.drawing.svg)).toMatchFileSnapshot(`snapshots/neighbourhood-${actor}.svg`);
  });
});

describe("story figures on the fixture", () => {
  it("include a step of every kind: timeline window, network neighbourhood, chart", () => {
    expect(new Set(tables.story_steps.map((s) => s.view))).toEqual(new Set(["timeline", "network", "chart"]));
  });

  for (const step of tables.story_steps) {
    it(`${step.id} (${step.view}) draws as it did, wide and narrow`, async () => {
      const figure = storyFigure(model, step);
      await expect(pretty(figure.drawing.svg)).toMatchFileSnapshot(`snapshots/story-${step.id}.svg`);
      if (figure.narrow) await expect(pretty(figure.narrow.svg)).toMatchFileSnapshot(`snapshots/story-${step.id}.narrow.svg`);
    });
  }
});
