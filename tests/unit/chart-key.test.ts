// The one key builder: what a reader sees of a key is that every label is there in full, no row
// runs past the drawing's edge, and the chart below starts right after the key's last line.
import { describe, expect, it } from "vitest";
import { chartKey, squareSwatch } from "../../src/charts/chart-key.ts";
import { mineralKey } from "../../src/views/minerals/key.ts";
import { render } from "../../src/charts/dom.ts";

const svgOf = (node: Parameters<typeof render>[0]) => render(node);
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*\by="([\d.]+)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({ y: Number(m[1]), body: m[2]! }));

describe("chartKey", () => {
  it("starts a new row when the next item would cross the width", () => {
    const items = ["Russia", "Ukraine", "United States of America"].map((label) => ({ label, swatch: squareSwatch("red") }));
    const key = chartKey(items, { width: 150, fontSize: 10 });
    const ys = texts(svgOf(key.node(0, 0))).map((t) => t.y);
    expect(ys[0]).toBe(ys[1]);
    expect(ys[2]).toBeGreaterThan(ys[1]!);
    expect(key.height).toBe(2 * 16);
  });

  it("gives each titled group its own row", () => {
    const key = chartKey(
      [
        { title: "Shape:", items: [{ label: "a", swatch: squareSwatch("red") }] },
        { title: "Colour:", items: [{ label: "b", swatch: squareSwatch("blue") }] },
      ],
      { width: 500, fontSize: 10 },
    );
    expect(key.height).toBe(2 * 16);
  });
});

describe("mineralKey", () => {
  const long = "known only to its oblast: a square per deposit by the oblast's number in the list below";

  it("wraps a label longer than the drawing under itself, every word kept", () => {
    const svg = svgOf(mineralKey([{ shape: "bar", text: "Russia" }, { shape: "square", text: long }], 300).node);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ").replace(/&#39;/g, "'")).toBe(long);
  });

  it("ends right below its last line, leaving no empty row above the chart", () => {
    const { node, height } = mineralKey([{ shape: "square", text: long }], 300);
    const svg = svgOf(node);
    const first = texts(svg).at(-1)!.y;
    const lines = [...svg.matchAll(/<tspan/g)].length;
    const lastBaseline = first + (lines - 1) * 15;
    // A 12-px label's descenders end about 3 px below its baseline; a row's padding is under 10 px.
    expect(height - lastBaseline).toBeGreaterThan(2);
    expect(height - lastBaseline).toBeLessThan(10);
  });

  it("draws nothing and takes no room without items", () => {
    expect(mineralKey([], 300).height).toBe(0);
  });
});
