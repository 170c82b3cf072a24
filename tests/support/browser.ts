// Shared browser-test plumbing: launch Chromium with the flags this machine needs, and crawl a
// built site page by page, recording what a reader's browser would run into.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium.ts";
import { ROOT } from "./data-copy.ts";
import { serveStatic, type StaticSite } from "./server.ts";
import { built, type ScenarioName } from "./builds.ts";

export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface PageReport {
  url: string;
  status: number;
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
  /** Every request URL the page made, for base-path checks. */
  requests: string[];
  /** Content-Security-Policy violations the browser reported on the page. */
  cspViolations: string[];
  /** The page's CSP, as its <meta http-equiv> states it (null if none). */
  csp: string | null;
}

/** Watch a page for console errors, failed or 4xx/5xx requests and requests to other origins. */
/** Collect CSP violations from the first script on: they are events, not always console errors. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
  });
}

export function watch(page: Page, origin: string): Omit<PageReport, "url" | "status" | "cspViolations" | "csp"> {
  // When we navigate on before the declared icon (favicon.svg) has loaded, Chromium by itself asks
  // the origin root for /favicon.ico. The page never requested it, so it is not the page's fault.
  const browserOwn = (url: string) => url === `${origin}/favicon.ico`;
  const report = { consoleErrors: [] as string[], failedRequests: [] as string[], foreignRequests: [] as string[], requests: [] as string[] };
  page.on("console", (m) => {
    if (m.type() === "error" && !browserOwn(m.location().url)) report.consoleErrors.push(`${m.text()} [${m.location().url}]`);
  });
  page.on("pageerror", (e) => report.consoleErrors.push(String(e)));
  page.on("request", (r) => {
    if (browserOwn(r.url())) return;
    report.requests.push(r.url());
    if (!r.url().startsWith(origin + "/") && !r.url().startsWith("data:")) report.foreignRequests.push(r.url());
  });
  page.on("requestfailed", (r) => {
    // ERR_ABORTED is the browser cancelling a late request (the favicon) because we navigated on;
    // a missing file still shows up below as an HTTP error status.
    if (r.failure()?.errorText !== "net::ERR_ABORTED") report.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !browserOwn(r.url())) report.failedRequests.push(`${r.url()} (HTTP ${r.status()})`);
  });
  return report;
}

export interface CrawlResult {
  pages: PageReport[];
  /** Non-page links (downloads) and their HTTP status. */
  files: { url: string; status: number }[];
  /** Links with a #fragment whose target id is missing on the page. */
  brokenAnchors: string[];
  /** Links to the site's origin that fall outside its root (a base path ignored). */
  escapedLinks: string[];
}

/**
 * Visit every page reachable from `start` by internal links (same origin, under `root`), and
 * fetch every other internal link (CSV, JSON downloads). Fragments must name an element.
 */
export async function crawl(context: BrowserContext, root: string): Promise<CrawlResult> {
  const origin = new URL(root).origin;
  const queue = [root];
  const seen = new Set(queue);
  const fragments = new Map<string, Set<string>>();
  const idsByPage = new Map<string, Set<string>>();
  const result: CrawlResult = { pages: [], files: [], brokenAnchors: [], escapedLinks: [] };
  const page = await context.newPage();
  await watchCsp(page);
  const report = watch(page, origin);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const isPage = url.endsWith("/");
    if (!isPage) {
      const response = await context.request.get(url);
      result.files.push({ url, status: response.status() });
      continue;
    }
    for (const key of Object.keys(report) as (keyof typeof report)[]) report[key].length = 0;
    const response = await page.goto(url, { waitUntil: "load" });
    const security = await page.evaluate(() => ({
      violations: (window as unknown as { __csp?: string[] }).__csp ?? [],
      csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? null,
    }));
    result.pages.push({ url, status: response?.status() ?? 0, ...structuredClone(report), cspViolations: security.violations, csp: security.csp });
    const { links, ids } = await page.evaluate(() => ({
      // SVG links too: their href is not a string property, so resolve the attribute.
      links: [...document.querySelectorAll("a[href]")].map((a) => new URL(a.getAttribute("href")!, document.baseURI).href),
      ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
    }));
    idsByPage.set(url, new Set(ids));
    for (const link of links) {
      const target = new URL(link);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(new URL(root).pathname)) {
        result.escapedLinks.push(`${link} (on ${url})`);
        continue;
      }
      const clean = target.origin + target.pathname;
      if (target.hash) {
        const set = fragments.get(clean) ?? new Set();
        set.add(decodeURIComponent(target.hash.slice(1)));
        fragments.set(clean, set);
      }
      if (!seen.has(clean)) {
        seen.add(clean);
        queue.push(clean);
      }
    }
  }
  await page.close();
  for (const [url, wanted] of fragments) {
    const ids = idsByPage.get(url);
    for (const id of wanted) if (!ids?.has(id)) result.brokenAnchors.push(`${url}#${id}`);
  }
  return result;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Run axe-core on the page and return its violations (all rules, not only WCAG A/AA). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; an injected
  // <script> element would be (rightly) refused.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/**
 * The usual setup of a browser test file: one Chromium and the built site served for the whole
 * file, both closed afterwards; `scenario` serves one of tests/support/builds.ts instead of dist/.
 * `ready` receives them once they are up; `prepare` runs after that
 * (a crawl, say) inside the same hook.
 */
export function withBrowserAndSite(
  ready: (browser: Browser, site: StaticSite) => void,
  { scenario, base = "/", prepare }: { scenario?: ScenarioName; base?: string; prepare?: (browser: Browser, site: StaticSite) => Promise<void> } = {},
): void {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    // The root build (dist/) unless the file reads another scenario, built here if this run has not yet.
    const dist = scenario ? built(scenario).dist : "dist";
    browser = await launch(inject("chromiumPath"));
    site = await serveStatic(join(ROOT, dist), base);
    ready(browser, site);
    await prepare?.(browser, site);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
}

/** Chromium and the built site for one test file, there from its first test on. */
export interface BrowserAndSite {
  browser: Browser;
  site: StaticSite;
}

/**
 * The preamble every browser test file shares: `const web = browserAndSite()` at the top, then
 * `web.browser` and `web.site` inside the tests (filled in before the first one runs).
 */
export function browserAndSite(options: Parameters<typeof withBrowserAndSite>[1] = {}): BrowserAndSite {
  const web = {} as BrowserAndSite;
  withBrowserAndSite((browser, site) => Object.assign(web, { browser, site }), options);
  return web;
}
