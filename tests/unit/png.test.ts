import { describe, expect, it } from "vitest";
import { MAX_PIXELS, rasterize, svgToPng } from "../../src/export/png.ts";

const text = (family: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/>` +
  `<text x="4" y="28" font-size="24" font-family="${family}" fill="#000">Ärger – 2025</text></svg>`;
const ink = (pixels: Buffer) => pixels.filter((v, i) => i % 4 === 0 && v < 128).length;

describe("build-time PNG", () => {
  it("draws text in the fonts charts ask for, falling back to one that exists", () => {
    for (const family of ["system-ui, sans-serif", "sans-serif", "No Such Font"]) {
      expect(ink(rasterize(text(family)).pixels), family).toBeGreaterThan(100);
    }
  });

  it("writes a PNG at the requested scale", () => {
    const png = svgToPng(text("sans-serif"), 2);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([400, 80]);
  });

  it("draws a drawing too tall for memory smaller, whole and in proportion, instead of not at all", () => {
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="200000"><rect width="1000" height="200000" fill="#fff"/><rect y="199000" width="1000" height="1000" fill="#000"/></svg>`;
    const image = rasterize(tall, 2);
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_PIXELS);
    expect(image.height / image.width).toBeCloseTo(200, 0);
    // The mark at the very bottom is still drawn.
    const lastRow = image.pixels.subarray((image.height - 1) * image.width * 4);
    expect(ink(lastRow)).toBeGreaterThan(image.width / 2);
  });

  it("refuses markup that is not well-formed XML, so a broken chart fails the build", () => {
    expect(() => rasterize(`<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`)).toThrow();
  });
});
