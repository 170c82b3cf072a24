// npm run bench: how heavy and how fast each kind of page is, on the real data and on synthetic data
// ten times larger, and how each figure grows. Numbers for people, not assertions: tests check the
// budgets (sizes, requests); timings vary with the machine and are only reported here.
//
//   node scripts/bench.ts [--factor 10] [--no-synthetic] [--no-lighthouse]

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../tests/support/chromium.ts";
import { serveStatic } from "../tests/support/server.ts";

const ROOT = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const factor = Number(args[args.indexOf("--factor") + 1]) || 10;

interface PageFigures {
  html: number;
  css: number;
  js: number;
  other: number;
  totalGzip: number;
  totalRaw: number;
  requests: number;
  firstPaint: number;
  lcp: number;
  longestTask: number;
}

interface RunFigures {
  label: string;
  buildSeconds: number;
  pages: Map<string, PageFigures>;
  lighthouse: Map<string, Record<string, number>>;
  /** Longest task while scrolling through /story/ at 4× slower CPU (null: no story in this data). */
  storyScroll: number | null;
}

function build(outDir: string, dataDir?: string): number {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: "1" };
  if (dataDir) env.DATA_DIR = dataDir;
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`build into ${outDir} failed`);
  return (performance.now() - started) / 1000;
}

/** One page of each kind, picked from what the build produced. */
function pageTypes(dist: string): [string, string][] {
  const first = (dir: string) => readdirSync(join(dist, dir)).sort()[0];
  const embed = existsSync(join(dist, "embed", "timeline")) ? "timeline" : first("embed");
  return [
    ["home", "/"],
    ["timeline", "/timeline/"],
    ["an event", `/events/${first("events")}/`],
    ["network", "/network/"],
    ["an actor", `/actors/${first("actors")}/`],
    ["minerals", "/minerals/"],
    ...(existsSync(join(dist, "story", "index.html")) ? [["story", "/story/"] as [string, string]] : []),
    ["an embed", `/embed/${embed}/`],
  ];
}

/**
 * The story's budget is about reading, not loading: the longest main-thread task while a reader
 * scrolls through every step, with the CPU slowed four times (Chrome's "low-end mobile" setting).
 */
async function storyScrollLongestTask(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForSelector("[data-story][data-ready]", { state: "attached" });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.evaluate(() => {
    const w = window as unknown as { __scrollLongest: number };
    w.__scrollLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__scrollLongest = Math.max(w.__scrollLongest, e.duration);
    }).observe({ type: "longtask" });
  });
  const steps = await page.locator("[data-story-step]").count();
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
  }
  const longest = await page.evaluate(() => (window as unknown as { __scrollLongest: number }).__scrollLongest);
  await context.close();
  return longest;
}

async function measure(browser: Browser, url: string): Promise<PageFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __longest: number };
    w.__lcp = 0;
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = Math.max(w.__lcp, e.startTime);
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  const figures: PageFigures = { html: 0, css: 0, js: 0, other: 0, totalGzip: 0, totalRaw: 0, requests: 0, firstPaint: 0, lcp: 0, longestTask: 0 };
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    figures.requests++;
    pending.push(
      response.body().then(
        (body) => {
          const gz = gzipSync(body).length;
          const type = response.request().resourceType();
          const key = type === "document" ? "html" : type === "stylesheet" ? "css" : type === "script" ? "js" : "other";
          figures[key] += gz;
          figures.totalGzip += gz;
          figures.totalRaw += body.length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  await Promise.all(pending);
  const timing = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __longest: number };
    const paint = performance.getEntriesByName("first-paint")[0]?.startTime ?? 0;
    return { paint, lcp: w.__lcp, longest: w.__longest };
  });
  figures.firstPaint = timing.paint;
  figures.lcp = timing.lcp;
  figures.longestTask = timing.longest;
  await context.close();
  return figures;
}

async function lighthouseScores(executablePath: string, url: string): Promise<Record<string, number>> {
  const { default: lighthouse } = await import("lighthouse");
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const categories = result?.lhr.categories ?? {};
    return Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
  } finally {
    await browser.close();
  }
}

async function run(label: string, outDir: string, executablePath: string, dataDir?: string, withLighthouse = false): Promise<RunFigures> {
  console.error(`building ${label}...`);
  const buildSeconds = build(outDir, dataDir);
  const dist = join(ROOT, outDir);
  const site = await serveStatic(dist, "/");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pages = new Map<string, PageFigures>();
  const lighthouse = new Map<string, Record<string, number>>();
  let storyScroll: number | null = null;
  try {
    for (const [kind, path] of pageTypes(dist)) {
      console.error(`  measuring ${kind} (${path})`);
      pages.set(kind, await measure(browser, site.origin + path));
      if (kind === "story") storyScroll = await storyScrollLongestTask(browser, site.origin + path);
      if (withLighthouse) lighthouse.set(kind, await lighthouseScores(executablePath, site.origin + path));
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return { label, buildSeconds, pages, lighthouse, storyScroll };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(headers), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function printRun(r: RunFigures): void {
  console.log(`\n## ${r.label}: build ${r.buildSeconds.toFixed(1)} s\n`);
  console.log(
    table(
      ["page", "HTML gz", "CSS gz", "JS gz", "total gz", "total raw", "requests", "first paint", "LCP", "longest task"],
      [...r.pages].map(([kind, p]) => [kind, kb(p.html), kb(p.css), kb(p.js), kb(p.totalGzip), kb(p.totalRaw), String(p.requests), ms(p.firstPaint), ms(p.lcp), ms(p.longestTask)]),
    ),
  );
  if (r.storyScroll !== null) console.log(`\nstory, scrolling through every step at 4× slower CPU: longest task ${ms(r.storyScroll)} (budget 100 ms)`);
  if (r.lighthouse.size > 0) {
    console.log(`\nLighthouse (${r.label}):\n`);
    console.log(
      table(
        ["page", "performance", "accessibility", "best practices", "SEO"],
        [...r.lighthouse].map(([kind, s]) => [kind, String(s.performance ?? "-"), String(s.accessibility ?? "-"), String(s["best-practices"] ?? "-"), String(s.seo ?? "-")]),
      ),
    );
  }
}

function printGrowth(real: RunFigures, big: RunFigures): void {
  const ratio = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(2)}×` : "-");
  console.log(`\n## Growth from the real data to ${big.label} (ratio; at most ${factor}× is linear or better)\n`);
  console.log(`build time: ${ratio(real.buildSeconds, big.buildSeconds)}\n`);
  console.log(
    table(
      ["page", "HTML gz", "CSS gz", "JS gz", "total gz", "requests", "first paint", "LCP", "longest task"],
      [...real.pages].map(([kind, a]) => {
        const b = big.pages.get(kind)!;
        return [kind, ratio(a.html, b.html), ratio(a.css, b.css), ratio(a.js, b.js), ratio(a.totalGzip, b.totalGzip), ratio(a.requests, b.requests), ratio(a.firstPaint, b.firstPaint), ratio(a.lcp, b.lcp), ratio(a.longestTask, b.longestTask)];
      }),
    ),
  );
}

const executablePath = findOrInstallChromium((line) => console.error(line));
const real = await run("real data", "dist-bench", executablePath, undefined, !flag("no-lighthouse"));
printRun(real);
if (!flag("no-synthetic")) {
  const generator = join(ROOT, "scripts/synthetic-data.ts");
  const out = mkdtempSync(join(tmpdir(), "smt-synthetic-"));
  const gen = spawnSync(process.execPath, [generator, out, String(factor)], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (gen.status !== 0) throw new Error("generating the synthetic data failed");
  const big = await run(`synthetic data ×${factor}`, "dist-bench-synthetic", executablePath, out);
  printRun(big);
  printGrowth(real, big);
}
