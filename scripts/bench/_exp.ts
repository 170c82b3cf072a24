import { serveStatic } from "../../tests/support/server.ts";
import { findOrInstallChromium } from "../../tests/support/chromium.ts";
import { launch } from "../../tests/support/browser.ts";
const site = await serveStatic(process.argv[2]!, "/", "127.0.0.1", { gzip: true });
const browser = await launch(findOrInstallChromium());
const page = await browser.newPage();
const reqs: { url: string; bytes: number }[] = [];
const failed: string[] = [];
page.on("requestfailed", (r) => failed.push(r.url()));
page.on("response", async (r) => { const b = await r.body().catch(() => Buffer.alloc(0)); reqs.push({ url: r.url().replace(site.root, "/"), bytes: Number(r.headers()["content-length"] ?? b.length) }); });
for (const term of process.argv.slice(3)) {
  reqs.length = 0;
  await page.goto(`${site.root}search/?q=${encodeURIComponent(term)}`);
  await page.locator('[data-page-results][data-state="ready"]').waitFor({ state: "attached", timeout: 60000 });
  const top = await page.locator("[data-page-results] > li a").evaluateAll((as) => as.slice(0, 5).map((a) => `${a.textContent?.trim().slice(0, 50)} -> ${new URL((a as HTMLAnchorElement).href).pathname}${(a as HTMLAnchorElement).hash}`));
  const status = await page.locator("[data-search-status], [data-page-status]").first().textContent().catch(() => "");
  const pf = reqs.filter((r) => r.url.includes("pagefind"));
  console.log(`\n"${term}": ${status?.trim()}`);
  for (const t of top) console.log("  ", t);
  console.log("   pagefind requests", pf.length, "bytes", pf.reduce((s, r) => s + r.bytes, 0), "wasm", pf.filter((r) => r.url.includes("wasm")).map((r) => r.url).join(" "));
}
console.log("failed", failed);
await browser.close(); await site.close();
