// The track colours live in the palette (for charts) and in the stylesheet (for swatches in lists);
// a reader would notice if the two disagreed.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TRACKS } from "../../src/charts/palette.ts";
import { ROOT } from "../support/data-copy.ts";

describe("track colours", () => {
  const css = readFileSync(join(ROOT, "src/styles/global.css"), "utf8");
  it.each(TRACKS.map((t) => [t.id, t.color]))("%s is the same in CSS and charts", (id, color) => {
    expect(css).toMatch(new RegExp(`\\.track-${id} \\{ background: ${color}; \\}`, "i"));
  });

  it("covers every track the schema allows", () => {
    const dp = JSON.parse(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
    const events = dp.resources.find((r: { name: string }) => r.name === "events");
    const track = events.schema.fields.find((f: { name: string }) => f.name === "track");
    expect(TRACKS.map((t) => t.id).sort()).toEqual([...track.constraints.enum].sort());
  });
});
