// A highlighted name near the edge of the network is slid inside the visible part of the picture
// by its estimated box (no layout read while answering a tap): a reader must see the whole name.
import { describe, expect, it } from "vitest";
import { insideShift, overlaps, type Box } from "../../src/views/network/network-label-box.ts";

const box = (x0: number, x1: number): Box => ({ x0, x1, y0: 0, y1: 10 });

describe("insideShift", () => {
  it("leaves a name that fits alone", () => {
    expect(insideShift(box(10, 60), 0, 100)).toBe(0);
  });

  it("moves a name cut at either edge just inside it", () => {
    expect(box(-15, 35).x0 + insideShift(box(-15, 35), 0, 100)).toBe(0);
    const cutRight = box(80, 130);
    const moved = insideShift(cutRight, 0, 100);
    expect(cutRight.x1 + moved).toBe(100);
    expect(cutRight.x0 + moved).toBeGreaterThanOrEqual(0);
  });

  it("starts a name wider than the view at its left edge, so its beginning is read", () => {
    expect(box(20, 220).x0 + insideShift(box(20, 220), 0, 100)).toBe(0);
  });

  it("works in a zoomed view that does not start at 0", () => {
    const b = box(480, 530);
    expect(b.x1 + insideShift(b, 400, 520)).toBe(520);
  });
});

describe("overlaps", () => {
  it("tells touching-free boxes from overlapping ones", () => {
    expect(overlaps(box(0, 10), box(10, 20))).toBe(false);
    expect(overlaps(box(0, 11), box(10, 20))).toBe(true);
  });
});
