// Which names the network shows, and how big they look on screen, as the drawing is shown wider or
// zoomed in: the levels are the ones the build places labels for.
import { describe, expect, it } from "vitest";
import { isZoomed, labelScale } from "../../src/views/network/network-scale.ts";
import { BASE_LEVELS, NETWORK_WIDTH } from "../../src/views/network/network-graph.ts";

// Two zoom levels past the desktop one, as the build adds when labels still wait for room.
const levels = [...BASE_LEVELS.map((l) => l.displayWidth), 1600, 3200];
const fonts = [...BASE_LEVELS.map((l) => l.fontPx), 12, 12];
/** Font size in CSS pixels on screen. */
const onScreen = (width: number, k: number) => labelScale(width, NETWORK_WIDTH, k, levels, fonts).fontSize * (width / NETWORK_WIDTH) * k;

describe("label levels and sizes", () => {
  it("a phone shows the first level's names at 11 px; a tablet's width the second's at 12 px", () => {
    expect(labelScale(358, NETWORK_WIDTH, 1, levels, fonts).level).toBe(0);
    expect(onScreen(358, 1)).toBeCloseTo(11);
    expect(labelScale(420, NETWORK_WIDTH, 1, levels, fonts).level).toBe(1);
    expect(onScreen(420, 1)).toBeCloseTo(12);
    expect(labelScale(1000, NETWORK_WIDTH, 1, levels, fonts).level).toBe(3);
  });

  it("zooming in reaches deeper levels while names keep their size on screen", () => {
    // A 400-px phone zoomed 4x shows the drawing 1600 px wide.
    expect(labelScale(400, NETWORK_WIDTH, 4, levels, fonts).level).toBe(4);
    expect(onScreen(400, 4)).toBeCloseTo(12);
    expect(labelScale(400, NETWORK_WIDTH, 40, levels, fonts).level).toBe(levels.length - 1);
  });

  it("a view zoomed back to 1 counts as the default view", () => {
    expect(isZoomed(1)).toBe(false);
    expect(isZoomed(1.0004)).toBe(false);
    expect(isZoomed(1.5)).toBe(true);
  });
});
