// A drawing whose labels depend on the width it is shown at (the network) exported at a given width.
import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { showLabelsFor } from "../../src/export/label-levels.ts";
import { labelLevel } from "../../src/views/network/network-scale.ts";

const drawing = () =>
  new DOMParser().parseFromString(
    `<svg viewBox="0 0 1000 500" data-levels="288,420,560,800" data-fonts="11,12,12,12"><g class="net-labels" font-size="21.43">` +
      `<text data-for="a" data-lv="0">A</text><text data-for="b" data-lv="3">B</text><text data-for="c" data-lv="2" display="none">C</text><text data-for="d" display="none">D</text></g></svg>`,
    "image/svg+xml",
  ).documentElement as unknown as Element;
const shown = (svg: Element) => [...svg.querySelectorAll("text")].filter((t) => t.getAttribute("display") !== "none").map((t) => t.textContent);

describe("labels for an export width", () => {
  it("uses the widest level the width reaches, and the first below it", () => {
    expect([200, 288, 559, 560, 1000].map((w) => labelLevel([288, 420, 560, 800], w))).toEqual([0, 0, 1, 2, 3]);
  });

  it("shows the labels of that level at the size a reader sees on the page at that width", () => {
    const wide = drawing();
    showLabelsFor(wide, 1000);
    expect(shown(wide)).toEqual(["A", "B", "C"]);
    // 12 px at 800 px, in a 1000-unit viewBox: 15 units, drawn 15 px tall at 1000 px.
    expect(wide.querySelector("g")!.getAttribute("font-size")).toBe("15");
    const card = drawing();
    showLabelsFor(card, 500);
    expect(shown(card)).toEqual(["A"]);
    expect(Number(card.querySelector("g")!.getAttribute("font-size")) * 0.5).toBeCloseTo(14.3, 1);
  });

  it("leaves a drawing without levels as it is", () => {
    const plain = new DOMParser().parseFromString(`<svg viewBox="0 0 10 10"><g><text display="none">x</text></g></svg>`, "image/svg+xml").documentElement as unknown as Element;
    const before = String(plain);
    showLabelsFor(plain, 1000);
    expect(String(plain)).toBe(before);
  });
});
