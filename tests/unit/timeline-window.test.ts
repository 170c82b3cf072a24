import { describe, expect, it } from "vitest";
import { windowCountText, zoomInWindow, zoomOutWindow } from "../../src/views/timeline/timeline-window.ts";

describe("zoomInWindow", () => {
  // A few early events and a dense cluster near the end, as in the record.
  const fs = [0.02, 0.05, 0.3, 0.85, 0.86, 0.87, 0.88, 0.9, 0.92, 0.95];

  it("zooms from the full view into the cluster, not the empty middle", () => {
    const w = zoomInWindow(fs, { v0: 0, v1: 1 }, 2);
    expect(w.v1 - w.v0).toBeCloseTo(0.5);
    const inside = fs.filter((f) => f >= w.v0 && f <= w.v1).length;
    expect(inside).toBe(7);
    expect(w.v1).toBeLessThanOrEqual(1);
  });

  it("centres on the focused event when it is in view", () => {
    const w = zoomInWindow(fs, { v0: 0, v1: 1 }, 4, 0.3);
    expect((w.v0 + w.v1) / 2).toBeCloseTo(0.3);
  });

  it("brings a focused event near the window's edge to the middle, as far as the record allows", () => {
    const w = zoomInWindow(fs, { v0: 0.5, v1: 1 }, 2, 0.55);
    expect((w.v0 + w.v1) / 2).toBeCloseTo(0.55);
    expect(w.v1 - w.v0).toBeCloseTo(0.25);
    const end = zoomInWindow(fs, { v0: 0.5, v1: 1 }, 2, 0.99);
    expect(end).toEqual({ v0: 0.75, v1: 1 });
  });

  it("weighs a dense timeline's bars by the events they stand for", () => {
    // Three thin bars early on and one bar of 40 events late: counted as bars, the early three
    // would win; counted as events, the late one does.
    const bars = [0.05, 0.1, 0.15, 0.8];
    const counts = [5, 5, 5, 40];
    const w = zoomInWindow(bars, { v0: 0, v1: 1 }, 8, undefined, counts);
    expect(w.v0).toBeLessThanOrEqual(0.8);
    expect(w.v1).toBeGreaterThanOrEqual(0.8);
    expect(zoomInWindow(bars, { v0: 0, v1: 1 }, 8).v1).toBeLessThan(0.8);
    // The same as listing every event one by one, on uneven bars in any order.
    const spread = [0.9, 0.12, 0.5, 0.13, 0.61, 0.3];
    const many = [3, 7, 0, 6, 12, 2];
    for (const view of [{ v0: 0, v1: 1 }, { v0: 0.1, v1: 0.7 }]) {
      for (const factor of [2, 3, 5]) {
        const oneByOne = spread.flatMap((f, i) => Array<number>(many[i]!).fill(f));
        expect(zoomInWindow(spread, view, factor, undefined, many)).toEqual(zoomInWindow(oneByOne, view, factor));
      }
    }
  });

  it("stays inside the current window and keeps the middle when there is nothing to find", () => {
    const w = zoomInWindow([], { v0: 0.2, v1: 0.6 }, 2);
    expect(w).toEqual({ v0: 0.30000000000000004, v1: 0.5 });
    const edge = zoomInWindow([0.59], { v0: 0.2, v1: 0.6 }, 2);
    expect(edge.v1).toBeCloseTo(0.6);
  });
});

describe("zoomOutWindow", () => {
  it("widens about the focused event in view, else about the window's middle, inside the record", () => {
    const w = zoomOutWindow({ v0: 0.6, v1: 0.7 }, 2, 0.62);
    expect((w.v0 + w.v1) / 2).toBeCloseTo(0.62);
    expect(w.v1 - w.v0).toBeCloseTo(0.2);
    const away = zoomOutWindow({ v0: 0.6, v1: 0.7 }, 2, 0.2);
    expect([away.v0, away.v1].map((v) => v.toFixed(6))).toEqual(["0.550000", "0.750000"]);
    const end = zoomOutWindow({ v0: 0.8, v1: 1 }, 2);
    expect([end.v0, end.v1].map((v) => v.toFixed(6))).toEqual(["0.600000", "1.000000"]);
    expect(zoomOutWindow({ v0: 0.2, v1: 0.8 }, 2)).toEqual({ v0: 0, v1: 1 });
  });
});

describe("windowCountText", () => {
  it("says how many are in view and how many lie outside the window or are filtered out", () => {
    expect(windowCountText({ total: 131, matching: 131, inView: 131, zoomed: false, window: "" })).toBe("Showing all 131 events");
    expect(windowCountText({ total: 131, matching: 3, inView: 3, zoomed: false, window: "" })).toBe("Showing 3 of 131 events");
    expect(windowCountText({ total: 131, matching: 3, inView: 1, zoomed: true, window: "March 2018 to June 2021" }))
      .toBe("Showing 1 of 131 events in view (March 2018 to June 2021); 2 more matching outside the window; 128 filtered out");
    expect(windowCountText({ total: 131, matching: 131, inView: 40, zoomed: true, window: "2025" }))
      .toBe("Showing 40 of 131 events in view (2025); 91 more outside the window");
  });
});
