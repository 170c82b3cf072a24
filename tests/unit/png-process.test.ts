// A build draws its PNG downloads and share cards in a process of its own (src/build/png-process.ts):
// the files must be the ones drawing in place makes, a bad drawing must fail the route that asked
// for it, and once closed the process must be gone.
import { afterEach, describe, expect, it } from "vitest";
import { drawPngsWith, pngOf, svgToPng } from "../../src/export/png.ts";
import { pngProcess } from "../../src/build/png-process.ts";
import { ROOT } from "../support/data-copy.ts";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/><rect x="10" y="10" width="60" height="20" fill="#b4232a"/><text x="80" y="26" font-size="12">Kyiv</text></svg>`;

describe("the PNG drawing process", () => {
  afterEach(() => drawPngsWith(null));

  it("draws the same file as drawing in place, at the scale asked, through pngOf", async () => {
    const pngs = pngProcess(ROOT);
    drawPngsWith(pngs.draw);
    try {
      const [once, twice] = await Promise.all([pngOf(SVG), pngOf(SVG, 2)]);
      expect(Buffer.from(once).equals(svgToPng(SVG))).toBe(true);
      expect(Buffer.from(twice).equals(svgToPng(SVG, 2))).toBe(true);
      // The PNG header's width: 240 px at 2x.
      expect(Buffer.from(twice).readUInt32BE(16)).toBe(240);
    } finally {
      await pngs.close();
    }
  });

  it("fails the drawing that asked with resvg's reason, and goes on drawing the next", async () => {
    const pngs = pngProcess(ROOT);
    try {
      await expect(pngs.draw("<svg", 1)).rejects.toThrow(/\S/);
      expect(Buffer.from(await pngs.draw(SVG, 1)).equals(svgToPng(SVG))).toBe(true);
    } finally {
      await pngs.close();
    }
  });

  it("never keeps the build running: a process that drew a PNG and never closed it still ends", () => {
    const code = `import { pngProcess } from ${JSON.stringify(pathToFileURL(join(ROOT, "src/build/png-process.ts")).href)};
      const pngs = pngProcess(${JSON.stringify(ROOT)});
      const png = await pngs.draw(${JSON.stringify(SVG)}, 1);
      console.log(png.length > 0 ? "drawn" : "empty");`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8", timeout: 20_000 });
    expect(run.stdout.trim(), run.stderr).toBe("drawn");
    expect(run.signal).toBeNull(); // not stopped by the timeout
    expect(run.status).toBe(0);
  });

  it("starts again when a PNG is asked for after it was closed", async () => {
    const pngs = pngProcess(ROOT);
    await pngs.draw(SVG, 1);
    await pngs.close();
    expect(Buffer.from(await pngs.draw(SVG, 1)).equals(svgToPng(SVG))).toBe(true);
    await pngs.close();
  });
});
