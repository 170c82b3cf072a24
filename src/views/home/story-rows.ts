// The rows the home page's story quotes, found in its own text: every event, figure and measure id
// written in StoryText.astro. The story is shown only when all of them exist, so a build from
// other tables (test fixtures, synthetic benchmark data) simply leaves it out, and a unit test
// holds the project's own data to citing every one.

import type { Model } from "../../data/model.ts";

const ID = /"((?:evt|fig|msr)-[a-z0-9]+(?:-[a-z0-9]+)*)"/g;

export function storyRowIds(source: string): string[] {
  return [...new Set([...source.matchAll(ID)].map((m) => m[1]!))];
}

export function missingStoryRows(model: Model, source: string): string[] {
  const figures = new Set(model.tables.figures.map((f) => f.id));
  return storyRowIds(source).filter((id) =>
    id.startsWith("evt-") ? !model.eventById.has(id) : id.startsWith("fig-") ? !figures.has(id) : !model.measureById.has(id),
  );
}
