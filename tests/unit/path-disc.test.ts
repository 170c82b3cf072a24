import { describe, expect, it } from "vitest";
import { pathDisc } from "../../src/client/path-disc.ts";
import { shapePath, type Shape } from "../../src/views/network/network-style.ts";

const SHAPES: Shape[] = ["circle", "square", "diamond", "triangle", "triangle-down", "hexagon", "cross", "star"];

describe("pathDisc", () => {
  // The network sends each node's place only as its drawn path; the island and the tap targets read
  // the centre and size back. Paths are rounded to 0.1, so that is the tolerance.
  for (const shape of SHAPES) {
    for (const [x, y, r] of [[420.4, 467, 17.5], [12.3, 988.1, 4.2], [0, 0, 30]] as const) {
      it(`finds a ${shape}'s centre and size at (${x}, ${y}), r ${r}`, () => {
        const disc = pathDisc(shapePath(shape, x, y, r))!;
        expect(Math.abs(disc.x - x)).toBeLessThanOrEqual(0.1);
        expect(Math.abs(disc.y - y)).toBeLessThanOrEqual(0.1);
        expect(Math.abs(disc.r - r)).toBeLessThanOrEqual(0.1);
      });
    }
  }

  it("answers null for a path that is no symbol", () => {
    expect(pathDisc("")).toBeNull();
    expect(pathDisc("M0,0L10,10")).toBeNull();
    expect(pathDisc("M0,0C1,2,3,4,5,6Z")).toBeNull();
    expect(pathDisc("M0,0L5,5A2,2,0,1,1,3,3")).toBeNull();
  });
});
