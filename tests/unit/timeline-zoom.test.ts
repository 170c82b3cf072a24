// The timeline's window on the record: zooming keeps the moment under the finger in place, panning
// stops at the record's ends, and no gesture leaves it narrower than a week or outside the record.
import { describe, expect, it } from "vitest";
import { clampWindow, panWindow, zoomWindow } from "../../src/views/timeline/timeline-zoom.ts";

// A 1000-day record: a week is 0.007 of it.
const WEEK = 7 / 1000;

describe("zooming the timeline", () => {
  it("keeps the moment it zooms about at the same place on screen", () => {
    const w = { v0: 0.2, v1: 0.6 };
    const next = zoomWindow(w, 2, 0.3, WEEK);
    expect(next.v1 - next.v0).toBeCloseTo(0.2);
    // 0.3 was a quarter of the way across; it still is.
    expect((0.3 - next.v0) / (next.v1 - next.v0)).toBeCloseTo(0.25);
  });

  it("stops at a week across, however far it is pushed", () => {
    const next = zoomWindow({ v0: 0, v1: 1 }, 1e6, 0.5, WEEK);
    expect(next.v1 - next.v0).toBeCloseTo(WEEK);
  });

  it("zooming out past the whole record shows the whole record", () => {
    expect(zoomWindow({ v0: 0.4, v1: 0.5 }, 0.01, 0.45, WEEK)).toEqual({ v0: 0, v1: 1 });
  });
});

describe("panning the timeline", () => {
  it("moves the window and keeps its width", () => {
    const next = panWindow({ v0: 0.2, v1: 0.3 }, 0.05, WEEK);
    expect(next.v0).toBeCloseTo(0.25);
    expect(next.v1).toBeCloseTo(0.35);
  });

  it("stops at either end of the record instead of showing empty time", () => {
    expect(panWindow({ v0: 0.8, v1: 0.9 }, 0.5, WEEK)).toEqual({ v0: expect.closeTo(0.9), v1: 1 });
    expect(panWindow({ v0: 0.1, v1: 0.2 }, -0.5, WEEK)).toEqual({ v0: 0, v1: expect.closeTo(0.1) });
  });

  it("shows the whole record for a window that makes no sense (a broken address)", () => {
    expect(clampWindow(Number.NaN, 0.5, WEEK)).toEqual({ v0: 0, v1: 1 });
  });
});
