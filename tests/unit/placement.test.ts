// The deposits map's label placement keeps its rules for any set of anchors, not only today's data:
// boxes stay inside the map, never touch each other or a mark, and no leader line runs through
// a label, box or mark other than its own. Random anchors (fast-check) stand in for future rows.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { crosses, inflate, overlaps, placeAll, segmentsCross, type Item, type Rect } from "../../src/views/minerals/placement.ts";

const AREA: Rect = { x: 0, y: 0, w: 300, h: 260 };

describe("segment tests", () => {
  it("tell a line through a box from one that passes by or only touches it", () => {
    const box = { x: 10, y: 10, w: 10, h: 10 };
    expect(crosses({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(crosses({ x1: 0, y1: 0, x2: 30, y2: 0 }, box)).toBe(false);
    expect(crosses({ x1: 0, y1: 15, x2: 10, y2: 15 }, box)).toBe(false);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
  });
});

describe("placing labels", () => {
  const anchor = fc.record({ x: fc.integer({ min: 30, max: 270 }), y: fc.integer({ min: 30, max: 230 }), w: fc.integer({ min: 10, max: 110 }), small: fc.boolean() });

  it("keeps every placed box inside the map, apart from the others and the marks, its leader clear", () => {
    fc.assert(
      fc.property(fc.uniqueArray(anchor, { minLength: 1, maxLength: 9, selector: (a) => `${a.x},${a.y}` }), (anchors) => {
        const marks = anchors.map((a) => ({ x: a.x - 6, y: a.y - 6, w: 12, h: 12 }));
        const items: Item[] = anchors.map((a, i) => ({ key: String(i), x: a.x, y: a.y, w: a.w, h: a.small ? 15 : 34, markRadius: 6 }));
        const { spots, failed } = placeAll(AREA, marks, items);
        expect(spots.size + failed.length).toBe(items.length);
        const placed = [...spots.entries()].map(([k, s]) => ({ item: items[Number(k)]!, ...s }));
        for (const p of placed) {
          expect(p.box.x).toBeGreaterThanOrEqual(AREA.x);
          expect(p.box.y).toBeGreaterThanOrEqual(AREA.y);
          expect(p.box.x + p.box.w).toBeLessThanOrEqual(AREA.x + AREA.w);
          expect(p.box.y + p.box.h).toBeLessThanOrEqual(AREA.y + AREA.h);
          for (const m of marks) expect(overlaps(inflate(p.box, 2.9), m)).toBe(false);
          for (const q of placed) {
            if (q === p) continue;
            expect(overlaps(inflate(p.box, 2.9), q.box), "boxes keep a gap").toBe(false);
            if (p.leader) expect(crosses(p.leader, inflate(q.box, 0.9)), "leader through another label").toBe(false);
          }
          // A leader starts at its anchor: a mark that covers the anchor (its own, or one drawn on top
          // of it) cannot be avoided; any other mark must be.
          const covers = (m: Rect) => m.x <= p.item.x && p.item.x <= m.x + m.w && m.y <= p.item.y && p.item.y <= m.y + m.h;
          for (const m of marks) if (p.leader && !covers(m)) expect(crosses(p.leader, inflate(m, 0.9)), "leader through another mark").toBe(false);
        }
      }),
      { numRuns: 60, seed: 20260101 },
    );
  });

  it("puts a lone label right beside its mark, without a leader", () => {
    const { spots } = placeAll(AREA, [{ x: 94, y: 94, w: 12, h: 12 }], [{ key: "a", x: 100, y: 100, w: 60, h: 15, markRadius: 6 }]);
    expect(spots.get("a")!.leader).toBeNull();
    expect(spots.get("a")!.box.x).toBeGreaterThan(100);
  });
});
