// PNG at build time: resvg (a Rust renderer shipped as a prebuilt binary inside its npm package)
// rasterizes our SVG exports, so downloads and share cards need neither a browser nor the network.

import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { existsSync } from "node:fs";

// DejaVu Sans ships with Debian (fonts-dejavu-core) and covers every script in our data; using only
// it keeps the images the same from machine to machine.
const DEJAVU = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/TTF/DejaVuSans.ttf",
  "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
];

/** The DejaVu Sans files (regular, bold) this machine has; none where the font is not installed. */
export const dejaVuFiles = (): string[] => DEJAVU.filter((f) => existsSync(f));

function fontOptions(): ResvgRenderOptions["font"] {
  const files = dejaVuFiles();
  if (files.length > 0) {
    return { loadSystemFonts: false, fontFiles: files, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" };
  }
  // Elsewhere (macOS, other distributions) fall back to whatever the system has.
  return { loadSystemFonts: true };
}

let fonts: ResvgRenderOptions["font"] | undefined;

/**
 * At most this many pixels per image (about 100 MB of RGBA while it is drawn). A chart that lists
 * every row grows with the data; at a hundred times today's one drawing was 200,000 px tall and its
 * 2x PNG took over 10 GB. Past the limit the image is drawn smaller rather than not at all.
 */
export const MAX_PIXELS = 24_000_000;

/** Draw an SVG document at `scale` times its size (less if that passes MAX_PIXELS); throws on markup that is not well-formed XML. */
export function rasterize(svg: string, scale = 1): { width: number; height: number; pixels: Buffer; png: () => Buffer } {
  fonts ??= fontOptions();
  const resvg = new Resvg(svg, { font: fonts, fitTo: { mode: "zoom", value: scale } });
  const area = resvg.width * resvg.height;
  const zoom = area * scale * scale > MAX_PIXELS ? Math.sqrt(MAX_PIXELS / area) : scale;
  const image = (zoom === scale ? resvg : new Resvg(svg, { font: fonts, fitTo: { mode: "zoom", value: zoom } })).render();
  return { width: image.width, height: image.height, pixels: image.pixels, png: () => image.asPng() };
}

/** PNG of an SVG document at `scale` times its size (2 for crisp downloads on high-density screens). */
export function svgToPng(svg: string, scale = 1): Buffer {
  return rasterize(svg, scale).png();
}

/** Draws a PNG elsewhere (src/build/png-process.ts). */
export type PngDrawer = (svg: string, scale: number) => Promise<Uint8Array>;
// Kept on a global symbol: the routes are bundled apart from the build's own code, so a module
// variable set by the build would not be the one the routes read.
const PNG_DRAWER = Symbol.for("sanctions-minerals-tracker.png-drawer");
const drawers = globalThis as unknown as Record<symbol, PngDrawer | undefined>;

/** Routes draw their PNGs through `drawer` from now on (pngOf), or in place again with null. */
export function drawPngsWith(drawer: PngDrawer | null): void {
  if (drawer) drawers[PNG_DRAWER] = drawer;
  else delete drawers[PNG_DRAWER];
}

/** svgToPng, in the build's drawing process when one is started (png-process.ts), else here. */
export async function pngOf(svg: string, scale = 1): Promise<Uint8Array<ArrayBuffer>> {
  const drawer = drawers[PNG_DRAWER];
  // A copy either way: a Response takes a view of an ArrayBuffer of its own.
  return new Uint8Array(drawer ? await drawer(svg, scale) : svgToPng(svg, scale));
}
