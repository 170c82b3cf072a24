import { describe, expect, it } from "vitest";
import { placeEraNames } from "../../src/views/timeline/timeline-eras.ts";
import { estimateTextWidth } from "../../src/views/timeline/timeline.ts";

// Widths of regular text at 11 px: the placement takes whatever widths it is given (the build
// passes its semibold estimates).
const w11 = (text: string) => estimateTextWidth(text, 11);

describe("placeEraNames", () => {
  it("keeps names inside wide bands where they are", () => {
    const names = placeEraNames([{ name: "Crimea-era sanctions", x0: 12, x1: 600 }, { name: "Full-scale invasion", x0: 600, x1: 900 }], 12, 948, w11);
    expect(names).toEqual([{ x: 16, shown: true, text: "Crimea-era sanctions" }, { x: 604, shown: true, text: "Full-scale invasion" }]);
  });

  // The record's eras as a 320-px embed draws them.
  const at320 = [
    { name: "Crimea-era sanctions", short: "Crimea era", x0: 12, x1: 190 },
    { name: "Full-scale invasion", short: "Invasion", x0: 190, x1: 253 },
    { name: "Talks and the minerals deal", short: "Talks", x0: 253, x1: 284 },
  ];
  const overlaps = (names: { x: number; text: string }[]) =>
    names.slice(1).some((n, i) => n.x < names[i]!.x + estimateTextWidth(names[i]!.text, 11) + 8);

  it("at 320 px names every era, shortening the narrowest bands' names first, whole, apart and mostly over their bands", () => {
    const names = placeEraNames(at320, 12, 284, w11);
    expect(names.map((n) => n.shown)).toEqual([true, true, true]);
    // The widest band keeps its full name; the two narrow ones need their short names.
    expect(names.map((n) => n.text)).toEqual(["Crimea-era sanctions", "Invasion", "Talks"]);
    expect(overlaps(names)).toBe(false);
    names.forEach((n, i) => {
      const w = estimateTextWidth(n.text, 11);
      expect(n.x + w).toBeLessThanOrEqual(282);
      expect(n.x).toBeGreaterThanOrEqual(at320[i]!.x0 - w / 2);
    });
  });

  it("without short names at 320 px, drops the later name rather than overlap", () => {
    const names = placeEraNames(at320.map(({ short: _, ...b }) => b), 12, 284, w11);
    expect(names.map((n) => n.shown)).toEqual([true, true, false]);
    expect(overlaps(names.filter((n) => n.shown))).toBe(false);
  });

  it("keeps full names where they fit, and a name whose band is out of the window hidden", () => {
    const wide = placeEraNames(at320.map((b) => ({ ...b, x0: b.x0 * 3, x1: b.x1 * 3 })), 36, 948, w11);
    expect(wide.map((n) => n.text)).toEqual(at320.map((b) => b.name));
    const zoomed = placeEraNames([{ ...at320[0]!, x0: 12, x1: 12 }, { ...at320[1]!, x0: 12, x1: 200 }, { ...at320[2]!, x0: 200, x1: 284 }], 12, 284, w11);
    expect(zoomed.map((n) => n.shown)).toEqual([false, true, true]);
  });

  it("shows the last era's name whole at the chart's right edge, mostly over its own band", () => {
    const names = placeEraNames([{ name: "Full-scale invasion", x0: 600, x1: 850 }, { name: "Talks and the minerals deal", x0: 850, x1: 948 }], 12, 948, w11);
    expect(names[1]!.shown).toBe(true);
    expect(names[1]!.x).toBeLessThan(850);
  });
});
