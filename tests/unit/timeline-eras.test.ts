import { describe, expect, it } from "vitest";
import { placeEraNames } from "../../src/charts/timeline-eras.ts";

describe("placeEraNames", () => {
  it("keeps names inside wide bands where they are", () => {
    const names = placeEraNames([{ name: "Crimea-era sanctions", x0: 12, x1: 600 }, { name: "Full-scale invasion", x0: 600, x1: 900 }], 12, 948);
    expect(names).toEqual([{ x: 16, shown: true }, { x: 604, shown: true }]);
  });

  it("at 320 px lets a narrow band's name run on or start a little early, whole and clear of the one before", () => {
    // The record's eras as a 320-px embed draws them.
    const bands = [
      { name: "Crimea-era sanctions", x0: 12, x1: 190 },
      { name: "Full-scale invasion", x0: 190, x1: 253 },
      { name: "Talks and the minerals deal", x0: 253, x1: 284 },
    ];
    const names = placeEraNames(bands, 12, 284);
    expect(names.map((n) => n.shown)).toEqual([true, true, false]);
    expect(names[1]!.x).toBeGreaterThanOrEqual(170);
    expect(names[1]!.x).toBeLessThanOrEqual(194);
  });

  it("shows the last era's name whole at the chart's right edge, mostly over its own band", () => {
    const names = placeEraNames([{ name: "Full-scale invasion", x0: 600, x1: 850 }, { name: "Talks and the minerals deal", x0: 850, x1: 948 }], 12, 948);
    expect(names[1]!.shown).toBe(true);
    expect(names[1]!.x).toBeLessThan(850);
  });
});
