// Labels must never overlap at any zoom, and a label once shown stays shown as the reader zooms in.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ANY_WIDTH_FROM, ANY_WIDTH_LEVELS, LEVELS, labelVisible, placeLabels, type LabelItem, type LabelPlacement } from "../../src/views/timeline/timeline-labels.ts";

const BASE = 900;

function extent(item: LabelItem, spanPx: number): [number, number] {
  const x = item.f * spanPx;
  return item.anchor === "start" ? [x, x + item.width] : [x - item.width, x];
}

/** Every shown label lies inside the span and clear of the others in its lane's row. */
function expectApart(shown: readonly LabelItem[], placed: Map<string, LabelPlacement>, spanPx: number): void {
  for (const a of shown) {
    const [a0, a1] = extent(a, spanPx);
    expect(a0).toBeGreaterThanOrEqual(-1e-6);
    expect(a1).toBeLessThanOrEqual(spanPx + 1e-6);
    for (const b of shown) {
      if (a === b || a.lane !== b.lane || placed.get(a.id)!.row !== placed.get(b.id)!.row) continue;
      const [b0, b1] = extent(b, spanPx);
      expect(a0 >= b1 || b0 >= a1, `${a.id} overlaps ${b.id} at ${spanPx} px`).toBe(true);
    }
  }
}

const itemArb = fc.record({
  lane: fc.integer({ min: 0, max: 2 }),
  f: fc.double({ min: 0, max: 1, noNaN: true }),
  width: fc.integer({ min: 20, max: 300 }),
  anchor: fc.constantFrom<"start" | "end">("start", "end"),
  priority: fc.integer({ min: 1, max: 3 }),
});

describe("placeLabels", () => {
  it("never lets two shown labels in a row overlap, at any zoom", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), fc.double({ min: 1, max: 5000, noNaN: true }), (raw, zoom) => {
        const items: LabelItem[] = raw.map((r, i) => ({ ...r, id: `e${i}` }));
        const placed = placeLabels(items, BASE, 3);
        const spanPx = BASE * zoom;
        const shown = items.filter((it) => {
          const p = placed.get(it.id);
          return p && labelVisible(p, spanPx, BASE);
        });
        expectApart(shown, placed, spanPx);
      }),
      { numRuns: 300 },
    );
  });

  it("placed once for any width, never lets two shown labels in a row overlap on a chart of any width at any zoom", () => {
    // What the build precomputes for phones and tablets: a label shows once the full span is
    // ANY_WIDTH_FROM × level pixels wide, on whatever chart the island draws.
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), fc.double({ min: 240, max: 2_000_000, noNaN: true }), (raw, spanPx) => {
        const items: LabelItem[] = raw.map((r, i) => ({ ...r, id: `e${i}` }));
        const placed = placeLabels(items, ANY_WIDTH_FROM, 3, undefined, ANY_WIDTH_LEVELS, true);
        const shown = items.filter((it) => placed.has(it.id) && placed.get(it.id)!.level * ANY_WIDTH_FROM <= spanPx);
        expectApart(shown, placed, spanPx);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a label shown once it has appeared while zooming in", () => {
    const items: LabelItem[] = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, lane: 0, f: 0.5 + i * 0.001, width: 120, anchor: "start", priority: 1 }));
    const placed = placeLabels(items, BASE, 2);
    for (const it of items) {
      const p = placed.get(it.id);
      if (!p) continue;
      const visibleAt = LEVELS.map((k) => labelVisible(p, BASE * k, BASE));
      const first = visibleAt.indexOf(true);
      expect(visibleAt.slice(first).every(Boolean)).toBe(true);
    }
  });

  it("shows more important labels first", () => {
    const items: LabelItem[] = [
      { id: "minor", lane: 0, f: 0.5, width: 100, anchor: "start", priority: 1 },
      { id: "major", lane: 0, f: 0.5005, width: 100, anchor: "start", priority: 3 },
    ];
    const placed = placeLabels(items, BASE, 1);
    expect(placed.get("major")!.level).toBeLessThan(placed.get("minor")!.level);
  });

  it("labels at most `rows` events that share a day", () => {
    const items: LabelItem[] = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, lane: 0, f: 0.3, width: 80, anchor: "start", priority: 2 }));
    expect(placeLabels(items, BASE, 2).size).toBe(2);
  });
});
