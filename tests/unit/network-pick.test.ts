// Which actor a tap or an arrow key means, on hand-placed fixture positions (chart units).
import { describe, expect, it } from "vitest";
import { ARROWS, nearestDisc, towards, type Disc } from "../../src/views/network/network-pick.ts";

//        n (100,20)
//  w (20,100)   c (100,100)   e (180,100)   far (400,100)
//        s (100,180)            se (160,150)
const discs: Disc[] = [
  { id: "c", x: 100, y: 100, r: 10 },
  { id: "n", x: 100, y: 20, r: 4 },
  { id: "e", x: 180, y: 100, r: 4 },
  { id: "s", x: 100, y: 180, r: 4 },
  { id: "w", x: 20, y: 100, r: 4 },
  { id: "se", x: 160, y: 150, r: 4 },
  { id: "far", x: 400, y: 100, r: 30 },
];
const byId = new Map(discs.map((d) => [d.id, d]));
const all = () => true;

describe("the node under a finger", () => {
  it("is the one whose edge is nearest, so a big node wins a tap just outside it", () => {
    // 12 units from c's centre (2 from its edge), 8 from se's centre (4 from its edge).
    const hit = nearestDisc(discs, { x: 112, y: 100 }, all);
    expect(hit?.disc.id).toBe("c");
    expect(hit?.gap).toBeCloseTo(2);
  });

  it("skips actors the filters hide, even when they are closer", () => {
    expect(nearestDisc(discs, { x: 100, y: 100 }, (id) => id !== "c")?.disc.id).not.toBe("c");
  });

  it("is nobody when nothing is shown", () => {
    expect(nearestDisc(discs, { x: 0, y: 0 }, () => false)).toBeNull();
  });
});

describe("an arrow key", () => {
  const c = byId.get("c")!;
  it("goes to the actor that lies that way", () => {
    expect(towards(c, ARROWS.ArrowUp!, [byId.keys()], byId, all)?.id).toBe("n");
    expect(towards(c, ARROWS.ArrowLeft!, [byId.keys()], byId, all)?.id).toBe("w");
    expect(towards(c, ARROWS.ArrowDown!, [byId.keys()], byId, all)?.id).toBe("s");
    expect(towards(c, ARROWS.ArrowRight!, [byId.keys()], byId, all)?.id).toBe("e");
  });

  it("prefers a linked actor that way over a nearer unlinked one", () => {
    expect(towards(c, ARROWS.ArrowRight!, [["far"], byId.keys()], byId, all)?.id).toBe("far");
  });

  it("falls back to any shown actor when no linked one lies that way", () => {
    expect(towards(c, ARROWS.ArrowLeft!, [["e"], byId.keys()], byId, all)?.id).toBe("w");
  });

  it("does not go to an actor behind or beside the arrow, nor to a hidden one", () => {
    const w = byId.get("w")!;
    expect(towards(w, ARROWS.ArrowLeft!, [byId.keys()], byId, all)).toBeNull();
    expect(towards(c, ARROWS.ArrowUp!, [byId.keys()], byId, (id) => id !== "n")).toBeNull();
  });
});
