// Drag and pinch as the network and the timeline share them: when a press stays a click, how far a
// drag moves the drawing, and how a pinch scales about the point between the fingers. Events are
// dispatched on a stand-in element, in the order a browser sends them.
import { describe, expect, it } from "vitest";
import { dragZoom, pinchStep, type DragZoomOptions } from "../../src/client/drag-zoom.ts";

class Stage extends EventTarget {
  classes = new Set<string>();
  captured: number[] = [];
  classList = { add: (c: string) => this.classes.add(c), remove: (c: string) => this.classes.delete(c) };
  setPointerCapture(id: number): void {
    this.captured.push(id);
  }
}

function pointer(type: string, id: number, x: number, y: number, pointerType = "mouse"): Event {
  return Object.assign(new Event(type), { pointerId: id, pointerType, button: 0, clientX: x, clientY: y });
}

function wire(options: Partial<DragZoomOptions> = {}) {
  const stage = new Stage();
  const pans: [number, number][] = [];
  const pinches: { factor: number; mid: { x: number; y: number }; dx: number; dy: number }[] = [];
  let ends = 0;
  const g = dragZoom(stage as unknown as Element, {
    axis: "xy",
    slop: 5,
    pan: (dx, dy) => pans.push([dx, dy]),
    pinch: (factor, mid, dx, dy) => pinches.push({ factor, mid, dx, dy }),
    end: () => ends++,
    ...options,
  });
  return { stage, g, pans, pinches, ends: () => ends };
}

describe("a drag", () => {
  it("stays a click while the press wanders less than the slop, so a shaky tap still selects", () => {
    const { stage, g, pans } = wire();
    stage.dispatchEvent(pointer("pointerdown", 1, 100, 100));
    stage.dispatchEvent(pointer("pointermove", 1, 103, 102));
    expect(g.pressed()).toBe(true);
    stage.dispatchEvent(pointer("pointerup", 1, 103, 102));
    expect(pans).toEqual([]);
    expect(g.dragged()).toBe(false);
    expect(g.pressed()).toBe(false);
  });

  it("moves the drawing with the pointer once past the slop, counted from where it went down", () => {
    const { stage, g, pans, ends } = wire();
    stage.dispatchEvent(pointer("pointerdown", 1, 100, 100));
    // Three slow steps of 2 px: no single step passes the 5-px slop, together they do.
    stage.dispatchEvent(pointer("pointermove", 1, 102, 100));
    stage.dispatchEvent(pointer("pointermove", 1, 104, 100));
    stage.dispatchEvent(pointer("pointermove", 1, 106, 100));
    stage.dispatchEvent(pointer("pointermove", 1, 116, 95));
    expect(pans).toEqual([[6, 0], [10, -5]]);
    expect(stage.classes.has("is-panning")).toBe(true);
    expect(stage.captured).toEqual([1]);
    stage.dispatchEvent(pointer("pointerup", 1, 116, 95));
    // The click that follows the drag must not select what the pointer ended on.
    expect(g.dragged()).toBe(true);
    expect(stage.classes.has("is-panning")).toBe(false);
    expect(ends()).toBe(1);
  });

  it("on a time axis counts only sideways movement: a vertical wobble neither starts a drag nor moves time", () => {
    const { stage, pans } = wire({ axis: "x", slop: 3 });
    stage.dispatchEvent(pointer("pointerdown", 1, 50, 50));
    stage.dispatchEvent(pointer("pointermove", 1, 51, 90));
    expect(pans).toEqual([]);
    // Once it counts, the drawing catches up with the whole way from the press: it stays under the finger.
    stage.dispatchEvent(pointer("pointermove", 1, 60, 20));
    expect(pans).toEqual([[10, 0]]);
  });

  it("lets a finger scroll the page instead when the view says it may not drag", () => {
    const { stage, pans, g } = wire({ canDrag: (e) => e.pointerType === "mouse" });
    stage.dispatchEvent(pointer("pointerdown", 1, 0, 0, "touch"));
    stage.dispatchEvent(pointer("pointermove", 1, 0, 40, "touch"));
    stage.dispatchEvent(pointer("pointerup", 1, 0, 40, "touch"));
    expect(pans).toEqual([]);
    expect(g.dragged()).toBe(false);
  });

  it("ignores the right mouse button (its menu, not a pan)", () => {
    const { stage, pans } = wire();
    stage.dispatchEvent(Object.assign(pointer("pointerdown", 1, 0, 0), { button: 2 }));
    stage.dispatchEvent(pointer("pointermove", 1, 40, 0));
    expect(pans).toEqual([]);
  });
});

describe("a pinch", () => {
  it("scales by how far the fingers spread, about the point between them", () => {
    const { stage, pinches, g } = wire();
    stage.dispatchEvent(pointer("pointerdown", 1, 100, 100, "touch"));
    stage.dispatchEvent(pointer("pointerdown", 2, 200, 100, "touch"));
    stage.dispatchEvent(pointer("pointermove", 2, 300, 100, "touch"));
    expect(pinches).toEqual([{ factor: 2, mid: { x: 200, y: 100 }, dx: 50, dy: 0 }]);
    expect(g.dragged()).toBe(true);
  });

  it("does not jump to nothing or infinity when two fingers line up on a time axis", () => {
    const step = pinchStep([{ x: 10, y: 0 }, { x: 10, y: 50 }], [{ x: 10, y: 0 }, { x: 30, y: 50 }], "x");
    expect(step.factor).toBe(1);
    expect(step.dy).toBe(0);
  });
});
