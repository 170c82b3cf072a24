// Screenshots of the built site, for reviewing layout at phone and desktop widths in both themes.
// Usage: node scripts/screenshot.ts <out-dir> <path>[,<width>[,light|dark[,<height>]]] ...
//   e.g. node scripts/screenshot.ts shots / /timeline/,390,dark   (full page)
//        node scripts/screenshot.ts shots /timeline/,1280,light,900 (first 900 px only)
//   NO_JS=1 takes them as a reader without JavaScript sees the pages.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveStatic } from "../tests/support/server.ts";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../tests/support/chromium.ts";

const [outDir = "screenshots", ...specs] = process.argv.slice(2);
const base = process.env.BASE_PATH ?? "/";
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(process.env.OUT_DIR ?? "dist", base);
const browser = await chromium.launch({ executablePath: findOrInstallChromium(), args: CHROMIUM_ARGS });
try {
  for (const spec of specs.length > 0 ? specs : ["/"]) {
    const [path = "/", width = "1280", scheme = "light", height] = spec.split(",");
    const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height ?? 900) }, colorScheme: scheme === "dark" ? "dark" : "light", javaScriptEnabled: !process.env.NO_JS });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && console.error(`console error on ${path}: ${m.text()}`));
    await page.goto(site.root + path.replace(/^\//, ""), { waitUntil: "networkidle" });
    const name = `${(path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home")}-${width}-${scheme}${height ? `-${height}` : ""}.png`;
    await page.screenshot({ path: join(outDir, name), fullPage: height === undefined });
    console.log(join(outDir, name));
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
