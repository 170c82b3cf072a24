// A journalist's site for embed tests: article pages served from another origin than the tracker
// (localhost vs 127.0.0.1, other ports), each holding embed code exactly as the site hands it out.
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll } from "vitest";
import type { Chart } from "../../src/charts/chart.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { embedHeights } from "../../src/embed/embed-size.ts";
import type { EmbedTarget } from "../../src/embed/embed-snippet.ts";
import { withBrowserAndSite } from "./browser.ts";
import { ROOT } from "./data-copy.ts";
import { serveStatic, type StaticSite } from "./server.ts";

const require = createRequire(import.meta.url);

export interface ArticleOptions {
  /** A Content-Security-Policy for the article, as a newsroom might set. */
  csp?: string;
  /** Extra CSS for the article (column width, background). */
  css?: string;
  title?: string;
}

/** An article page with `body` between two paragraphs of text. */
export function article(body: string, { csp, css = "", title = "A host article" }: ArticleOptions = {}): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    (csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : "") +
    `<title>${title}</title><link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.5 serif}main{margin:0 auto}p{margin:0 0 1em}${css}</style></head>` +
    `<body><main><h1>${title}</h1><p>Text before the chart.</p>${body}<p>Text after the chart.</p></main></body></html>`
  );
}

/** The embed code's target for a chart served by `site` (as the panel's script completes it). */
export function targetOn(site: StaticSite, chart: Chart, model: Model): EmbedTarget {
  return {
    embedUrl: `${site.root}embed/${chart.id}/`,
    pageUrl: `${site.root}${chart.page.slice(1)}#${chart.id}`,
    loaderUrl: `${site.root}embed.js`,
    title: chart.title,
    heights: embedHeights(chart, model),
  };
}

/** The model of the real data/ the root build was made from, for the charts' titles and heights. */
export function siteModel(): Model {
  const { tables, folder } = loadData(join(ROOT, "data"));
  return buildModel(tables, folder.descriptor, "2026-01-01");
}

/**
 * For one test file: Chromium, the built site, and a host site of another origin serving the
 * articles `pages` writes once the site's address is known (it may open pages of the site in
 * `browser` to copy what they hand out). `ready` receives all three before the first test.
 */
export function withSiteAndHost(
  pages: (site: StaticSite, browser: Browser) => Record<string, string> | Promise<Record<string, string>>,
  ready: (browser: Browser, site: StaticSite, host: StaticSite) => void,
): void {
  let host: StaticSite | undefined;
  withBrowserAndSite(() => {}, {
    prepare: async (browser, site) => {
      host = await serveHost(await pages(site, browser));
      ready(browser, site, host);
    },
  });
  afterAll(async () => {
    await host?.close();
  });
}

/** Serve `pages` (file name -> HTML) from a fresh folder on localhost, with Pym.js's parent script. */
export async function serveHost(pages: Record<string, string>): Promise<StaticSite> {
  const dir = mkdtempSync(join(tmpdir(), "smt-host-"));
  writeFileSync(join(dir, "index.html"), article(""));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  copyFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), join(dir, "pym.v1.min.js"));
  return serveStatic(dir, "/", "localhost");
}

/** The embed's frame inside a host page, once its document has loaded. */
export async function embedFrame(page: Page, site: StaticSite, nth = 0): Promise<Frame> {
  const iframe = page.locator("iframe").nth(nth);
  const handle = await iframe.elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForLoadState("load");
  if (!frame.url().startsWith(site.root)) throw new Error(`frame ${nth} shows ${frame.url()}, not the site`);
  return frame;
}

/** Resolves after the next two animation frames of `page`: layout and paint have caught up. */
export function nextFrames(page: Page | Frame): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
