// How much JavaScript a page makes the reader download: every script the page loads from the
// built site, gzip-compressed, as a web server would send it.
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

export async function scriptBytes(page: Page, url: string): Promise<{ raw: number; gzip: number; files: string[]; text: string }> {
  const scripts: Promise<Buffer | null>[] = [];
  const files: string[] = [];
  const onResponse = (response: import("playwright-core").Response) => {
    if (response.request().resourceType() === "script") {
      files.push(response.url());
      scripts.push(response.body().catch(() => null));
    }
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", onResponse);
  const bodies = (await Promise.all(scripts)).filter((b): b is Buffer => b !== null);
  // Inline scripts count too.
  const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? "").join(""));
  const all = Buffer.concat([...bodies, Buffer.from(inline)]);
  return { raw: all.length, gzip: all.length === 0 ? 0 : gzipSync(all).length, files, text: all.toString("utf8") };
}
