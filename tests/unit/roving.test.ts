// One Tab stop per chart: which mark a key moves to, and that moving the stop rewrites only the
// marks that change.
import { describe, expect, it } from "vitest";
import { keyStep, rovingStop } from "../../src/client/roving.ts";

describe("keys inside a chart", () => {
  it("move to the neighbour, stop at the ends, and jump with Home and End", () => {
    expect(keyStep("ArrowRight", 2, 5)).toBe(3);
    expect(keyStep("ArrowDown", 4, 5)).toBe(4);
    expect(keyStep("ArrowLeft", 0, 5)).toBe(0);
    expect(keyStep("ArrowUp", 3, 5)).toBe(2);
    expect(keyStep("Home", 3, 5)).toBe(0);
    expect(keyStep("End", 0, 5)).toBe(4);
  });

  it("leave other keys (Enter, letters) to the chart, and do nothing in an empty chart", () => {
    expect(keyStep("Enter", 1, 5)).toBeNull();
    expect(keyStep("a", 1, 5)).toBeNull();
    expect(keyStep("ArrowRight", 0, 0)).toBeNull();
  });
});

describe("the Tab stop", () => {
  const marks = () => Array.from({ length: 1000 }, (_, i) => ({ i, tabindex: i === 0 ? "0" : "-1", writes: 0 }));
  const el = (m: { tabindex: string; writes: number }) => ({
    setAttribute: (_: string, v: string) => {
      m.tabindex = v;
      m.writes++;
    },
  });

  it("is held by exactly one mark after every move", () => {
    const all = marks();
    const stop = rovingStop(el, all[0]);
    for (const i of [5, 999, 5, 0, 42]) {
      stop.move(all[i]);
      expect(all.filter((m) => m.tabindex === "0").map((m) => m.i)).toEqual([i]);
      expect(stop.current()).toBe(all[i]);
    }
  });

  it("touches only the old and the new stop, and nothing when it stays", () => {
    const all = marks();
    const stop = rovingStop(el, all[0]);
    stop.move(all[7]);
    stop.move(all[7]);
    expect(all.reduce((n, m) => n + m.writes, 0)).toBe(2);
  });

  it("leaves the chart without a stop when nothing is shown, and gives it back", () => {
    const all = marks();
    const stop = rovingStop(el, all[0]);
    stop.move(undefined);
    expect(all.some((m) => m.tabindex === "0")).toBe(false);
    stop.move(all[1]);
    expect(all[1]!.tabindex).toBe("0");
  });
});
