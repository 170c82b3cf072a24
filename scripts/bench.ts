// npm run bench: how heavy and how fast each kind of page is, how quickly it answers a reader's taps
// and keys, on the real data and on synthetic data 10 (and optionally 100) times larger, and how
// each figure grows. Numbers for people, not assertions: tests check the budgets (sizes, requests);
// timings vary with the machine and are only reported here.
//
//   node scripts/bench.ts [--factor 10|100] [--runs 5] [--no-synthetic] [--no-lighthouse]
//                         [--only timeline,network] [--dist 1=dist,10=dist-10] [--profile <view>]
//                         [--sizes 1,10] [--profiles phone,desktop] [--no-weights] [--pages minerals,home]
//                         [--lighthouse-runs 3] [--sizes 1,10,1,10 --dists before,before-10,after,after-10]
//   npm run bench --factor 100      (npm passes the flag on as npm_config_factor)
//
// --factor 100 measures 1×, 10× and 100×. Interaction runs are interleaved (run 1 of every page at
// every size, then run 2, ...) and medians reported. --dist reuses a build instead of building.
// --profile <view>[:steps] prints the functions that took the most main-thread time on that view at the
// largest size (a V8 CPU profile taken through the DevTools protocol) and writes a Chromium trace
// (open it in DevTools' Performance panel) in the temporary folder; with :steps, only the
// interactions after load are profiled.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../tests/support/chromium.ts";
import { serveStatic, type StaticSite } from "../tests/support/server.ts";
import { largestPages, PAGE_BUDGET_BYTES } from "./bench/largest-pages.ts";
import { PROFILES, runScenario, scenarios, topFunctions, traceTotals, type ProfileName, type ScenarioFigures } from "./bench/interactions.ts";

const ROOT = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const largest = Number(option("factor") ?? process.env.npm_config_factor) || 10;
const factors = option("sizes")?.split(",").map(Number) ?? (flag("no-synthetic") ? [1] : largest >= 100 ? [1, 10, largest] : [1, largest]);
const profiles = (option("profiles")?.split(",") ?? ["phone", "desktop"]) as ProfileName[];
const runs = option("runs") === undefined ? 5 : Math.max(0, Number(option("runs")));
const only = option("only")?.split(",");
const reuse = new Map((option("dist") ?? "").split(",").filter(Boolean).map((kv) => kv.split("=") as [string, string]).map(([k, v]) => [Number(k), v]));
const profileView = option("profile");
/** --pages minerals,home: weigh and score only these page kinds (names as in pageTypes). */
const onlyPages = option("pages")?.split(",");
/** Lighthouse varies from run to run: --lighthouse-runs 3 reports each figure's median. */
const lighthouseRuns = Math.max(1, Number(option("lighthouse-runs") ?? 1));
// --dists a,b,c: one build folder per entry of --sizes, in order (a size may repeat), to time two
// builds of the same data side by side in one interleaved run (before and after a change).
const dists = option("dists")?.split(",");

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

interface BuildFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakMB: number;
  slowest: [string, number][];
}

interface SizeRun {
  factor: number;
  label: string;
  dist: string;
  build: BuildFigures | null;
  pages: Map<string, PageFigures>;
  lighthouse: Map<string, Record<string, number>>;
  /** "view|profile" -> every run's figures */
  interactions: Map<string, ScenarioFigures[]>;
  /** Longest task while scrolling through /story/ at 4× slower CPU (null: no story in this data). */
  storyScroll: number | null;
}

/** "(+2m36s)", "(+855ms)", "(+1.2s)" in Astro's build log -> seconds. */
function logSeconds(text: string): number {
  let s = 0;
  for (const [, n, unit] of text.matchAll(/([\d.]+)(ms|m|s)/g)) s += Number(n) * (unit === "ms" ? 0.001 : unit === "m" ? 60 : 1);
  return s;
}

function build(outDir: string, dataDir?: string): BuildFigures {
  const started = performance.now();
  // The variables `npm run build` sets (package.json), so the bench measures the build readers' builds are.
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: "1", MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" };
  if (dataDir) env.DATA_DIR = dataDir;
  const astro = [process.execPath, join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"];
  // GNU time gives CPU time and peak memory of the whole build; without it, wall time only.
  const timed = existsSync("/usr/bin/time");
  const result = spawnSync(timed ? "/usr/bin/time" : astro[0]!, timed ? ["-v", ...astro] : astro.slice(1), { cwd: ROOT, env, encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) {
    process.stderr.write(result.stderr.slice(-4000));
    throw new Error(`build into ${outDir} failed`);
  }
  const err = result.stderr;
  const num = (re: RegExp) => Number(re.exec(err)?.[1] ?? Number.NaN);
  const slowest = [...result.stdout.matchAll(/[├└]─ (\S+) \(\+([^)]+)\)/g)]
    .map(([, route, t]) => [route!, logSeconds(t!)] as [string, number])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  return {
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/),
    peakMB: num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
    slowest,
  };
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
    ["network embed", "/embed/actor-network/"],
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
  await page.waitForSelector(`[data-story][data-ready="true"]`, { state: "attached" });
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

async function measureWeight(browser: Browser, url: string): Promise<PageFigures> {
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
  await page.goto(url, { waitUntil: "networkidle", timeout: 600_000 });
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

const LIGHTHOUSE_METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"] as const;

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
    const scores: Record<string, number> = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    // The metrics behind the performance score (Lighthouse's simulated slow-4G phone), to say why.
    for (const id of LIGHTHOUSE_METRICS) scores[id] = result?.lhr.audits[id]?.numericValue ?? Number.NaN;
    return scores;
  } finally {
    await browser.close();
  }
}

// ---- printing -------------------------------------------------------------------------------------

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "-");
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ratio = (a: number, b: number) => (a > 0 && Number.isFinite(a) && Number.isFinite(b) ? `${(b / a).toFixed(2)}×` : "-");

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(headers), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function printRun(r: SizeRun): void {
  const b = r.build;
  const buildLine = b
    ? `build ${b.wallSeconds.toFixed(1)} s wall, ${b.cpuSeconds.toFixed(1)} s CPU, peak ${(b.peakMB / 1024).toFixed(2)} GB; slowest routes: ${b.slowest.map(([p, s]) => `${p} ${s.toFixed(1)} s`).join(", ")}`
    : `build reused from ${r.dist}`;
  console.log(`\n## ${r.label}: ${buildLine}\n`);
  // Every page of the build, not only the kinds weighed below: a list that grows with the data shows here.
  const heavy = largestPages(r.dist, 3);
  console.log(`${heavy.pages} pages; ${heavy.overBudget} over ${PAGE_BUDGET_BYTES / 1024} KB of HTML gzip; heaviest: ${heavy.largest.map(([p, n]) => `${p} ${kb(n)}`).join(", ")}\n`);
  console.log(
    table(
      ["page", "HTML gz", "CSS gz", "JS gz", "total gz", "total raw", "requests", "first paint", "LCP", "longest task"],
      [...r.pages].map(([kind, p]) => [kind, kb(p.html), kb(p.css), kb(p.js), kb(p.totalGzip), kb(p.totalRaw), String(p.requests), ms(p.firstPaint), ms(p.lcp), ms(p.longestTask)]),
    ),
  );
  if (r.storyScroll !== null) console.log(`\nstory, scrolling through every step at 4× slower CPU: longest task ${ms(r.storyScroll)} (budget 100 ms)`);
  if (r.lighthouse.size > 0) {
    console.log(`\nLighthouse, mobile (${r.label}${lighthouseRuns > 1 ? `, median of ${lighthouseRuns} runs` : ""}):\n`);
    console.log(
      table(
        ["page", "performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "TBT", "CLS", "speed index"],
        [...r.lighthouse].map(([kind, s]) => [
          kind,
          String(s.performance ?? "-"),
          String(s["accessibility"] ?? "-"),
          String(s["best-practices"] ?? "-"),
          String(s["seo"] ?? "-"),
          ms(s["first-contentful-paint"] ?? Number.NaN),
          ms(s["largest-contentful-paint"] ?? Number.NaN),
          ms(s["total-blocking-time"] ?? Number.NaN),
          (s["cumulative-layout-shift"] ?? Number.NaN).toFixed(3),
          ms(s["speed-index"] ?? Number.NaN),
        ]),
      ),
    );
  }
}

/** Medians over runs, per view and profile: load figures, then each step. */
function interactionRows(r: SizeRun): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [key, figures] of r.interactions) {
    const m = new Map<string, number>();
    const loadKeys = ["firstPaintMs", "readyMs", "loadTaskSum", "loadTaskMax", "afterTaskSum", "afterTaskMax", "afterPaintTaskSum"] as const;
    for (const k of loadKeys) m.set(k, median(figures.map((f) => f.load[k])));
    for (const name of figures[0]?.steps.keys() ?? []) m.set(`step:${name}`, median(figures.map((f) => f.steps.get(name) ?? Number.NaN)));
    out.set(key, m);
  }
  return out;
}

function printInteractions(sizes: SizeRun[]): void {
  const rows = sizes.map(interactionRows);
  const keys = [...rows[0]!.keys()];
  const labels = sizes.map((s, i) => `${s.factor}×${dists?.[i] ? ` ${dists[i]}` : ""}`);
  for (const profile of profiles) {
    const p = PROFILES[profile];
    console.log(`\n## Interaction and main thread, ${p.width} px, CPU ${p.cpu > 1 ? `slowed ${p.cpu}×` : "unslowed"} (median of ${runs} interleaved runs)\n`);
    const head = ["view: figure", ...labels];
    for (let i = 1; i < sizes.length; i++) head.push(`${labels[i]}/${labels[i - 1]}`);
    const body: string[][] = [];
    for (const key of keys.filter((k) => k.endsWith(`|${profile}`))) {
      const view = key.split("|")[0]!;
      const names = [...rows[0]!.get(key)!.keys()];
      const nice: Record<string, string> = {
        firstPaintMs: "first paint",
        readyMs: "ready for input",
        loadTaskSum: "long tasks during load, sum",
        loadTaskMax: "long tasks during load, longest",
        afterTaskSum: "long tasks 5 s after load, sum",
        afterTaskMax: "long tasks 5 s after load, longest",
        afterPaintTaskSum: "long tasks after first paint, sum",
      };
      for (const name of names) {
        const values = rows.map((r) => r.get(key)?.get(name) ?? Number.NaN);
        const label = `${view}: ${nice[name] ?? name.replace(/^step:/, "")}`;
        const line = [label, ...values.map(ms)];
        for (let i = 1; i < values.length; i++) line.push(ratio(values[i - 1]!, values[i]!));
        body.push(line);
      }
    }
    console.log(table(head, body));
  }
}

function printGrowth(a: SizeRun, b: SizeRun): void {
  console.log(`\n## Growth from ${a.label} to ${b.label} (ratio; at most ${b.factor / a.factor}× is linear or better)\n`);
  if (a.build && b.build) console.log(`build: wall ${ratio(a.build.wallSeconds, b.build.wallSeconds)}, CPU ${ratio(a.build.cpuSeconds, b.build.cpuSeconds)}, peak memory ${ratio(a.build.peakMB, b.build.peakMB)}\n`);
  console.log(
    table(
      ["page", "HTML gz", "CSS gz", "JS gz", "total gz", "requests", "first paint", "LCP", "longest task"],
      [...a.pages].map(([kind, x]) => {
        const y = b.pages.get(kind);
        if (!y) return [kind, "-", "-", "-", "-", "-", "-", "-", "-"];
        return [kind, ratio(x.html, y.html), ratio(x.css, y.css), ratio(x.js, y.js), ratio(x.totalGzip, y.totalGzip), ratio(x.requests, y.requests), ratio(x.firstPaint, y.firstPaint), ratio(x.lcp, y.lcp), ratio(x.longestTask, y.longestTask)];
      }),
    ),
  );
}

/**
 * Issue 20's table: for each size, the build's cost, what each kind of page transfers (gzip) and,
 * on the phone profile, when each view is ready for input; then the last size over the one before
 * (100×/10× with --factor 100), which is at most 10× where a cost grows no faster than the data.
 */
function printScaleSummary(sizes: SizeRun[]): void {
  const labels = sizes.map((s) => `${s.factor}×`);
  const head = ["", ...labels, ...(sizes.length > 1 ? [`${labels.at(-1)}/${labels.at(-2)}`] : [])];
  const rows: string[][] = [];
  const row = (name: string, values: number[], show: (n: number) => string) => {
    const last = values.length > 1 ? [ratio(values.at(-2)!, values.at(-1)!)] : [];
    rows.push([name, ...values.map((v) => (Number.isFinite(v) ? show(v) : "-")), ...last]);
  };
  const build = (f: (b: BuildFigures) => number) => sizes.map((s) => (s.build ? f(s.build) : Number.NaN));
  // Reused builds (--dist, --dists) were not timed here: no build rows for them.
  if (sizes.some((s) => s.build)) {
    row("build, wall", build((b) => b.wallSeconds), (n) => `${n.toFixed(0)} s`);
    row("build, CPU", build((b) => b.cpuSeconds), (n) => `${n.toFixed(0)} s`);
    row("build, peak memory (largest process)", build((b) => b.peakMB), (n) => `${(n / 1024).toFixed(2)} GB`);
  }
  const kinds = [...new Set(sizes.flatMap((s) => [...s.pages.keys()]))];
  for (const kind of kinds) row(`${kind}, transferred (gzip)`, sizes.map((s) => s.pages.get(kind)?.totalGzip ?? Number.NaN), kb);
  const ready = sizes.map(interactionRows);
  const views = [...new Set(ready.flatMap((r) => [...r.keys()]))].filter((k) => k.endsWith("|phone"));
  for (const key of views) row(`${key.split("|")[0]}, ready for input (phone)`, ready.map((r) => r.get(key)?.get("readyMs") ?? Number.NaN), ms);
  for (const key of views) row(`${key.split("|")[0]}, longest task during load (phone)`, ready.map((r) => r.get(key)?.get("loadTaskMax") ?? Number.NaN), ms);
  console.log(`\n## At scale (issue 20): ${labels.join(", ")}${sizes.length > 1 ? `, and ${head.at(-1)}` : ""}\n`);
  console.log(table(head, rows));
}

// ---- the run --------------------------------------------------------------------------------------

const executablePath = findOrInstallChromium((line) => console.error(line));
const sizes: SizeRun[] = [];
for (const [i, factor] of factors.entries()) {
  const label = (factor === 1 ? "real data" : `synthetic data ×${factor}`) + (dists?.[i] ? ` (${dists[i]})` : "");
  const outDir = dists?.[i] ?? reuse.get(factor) ?? (factor === 1 ? "dist-bench" : `dist-bench-${factor}`);
  let buildFigures: BuildFigures | null = null;
  if (!reuse.has(factor) && !dists?.[i]) {
    let dataDir: string | undefined;
    if (factor > 1) {
      dataDir = mkdtempSync(join(tmpdir(), "smt-synthetic-"));
      const gen = spawnSync(process.execPath, [join(ROOT, "scripts/synthetic-data.ts"), dataDir, String(factor)], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
      if (gen.status !== 0) throw new Error("generating the synthetic data failed");
    }
    console.error(`building ${label}...`);
    buildFigures = build(outDir, dataDir);
    // The synthetic tables were made for this build alone; the built site is what the runs read.
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  sizes.push({ factor, label, dist: resolve(ROOT, outDir), build: buildFigures, pages: new Map(), lighthouse: new Map(), interactions: new Map(), storyScroll: null });
}

const sites = new Map<SizeRun, StaticSite>();
// Served gzip-compressed like any production host, so Lighthouse scores the bytes readers download.
for (const s of sizes) sites.set(s, await serveStatic(s.dist, "/", "127.0.0.1", { gzip: true }));
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const s of flag("no-weights") ? [] : sizes) {
    const origin = sites.get(s)!.origin;
    for (const [kind, path] of pageTypes(s.dist).filter(([kind]) => !onlyPages || onlyPages.includes(kind))) {
      console.error(`  weighing ${kind} (${path}) at ${s.factor}×`);
      s.pages.set(kind, await measureWeight(browser, origin + path));
      if (kind === "story") s.storyScroll = await storyScrollLongestTask(browser, origin + path);
      if (s.factor === 1 && !flag("no-lighthouse")) {
        const all: Record<string, number>[] = [];
        for (let i = 0; i < lighthouseRuns; i++) all.push(await lighthouseScores(executablePath, origin + path));
        s.lighthouse.set(kind, Object.fromEntries(Object.keys(all[0]!).map((k) => [k, median(all.map((x) => x[k]!))])));
      }
    }
  }
  const list = scenarios("/embed/timeline/").filter((sc) => !only || only.includes(sc.view));
  for (let run = 0; run < runs; run++) {
    for (const sc of list) {
      for (const profile of profiles) {
        for (const s of sizes) {
          console.error(`  run ${run + 1}/${runs}: ${sc.view}, ${profile}, ${s.factor}×`);
          const key = `${sc.view}|${profile}`;
          const figures = await runScenario(browser, PROFILES[profile], sites.get(s)!.origin, sc);
          s.interactions.set(key, [...(s.interactions.get(key) ?? []), figures]);
        }
      }
    }
  }
  if (profileView) {
    const s = sizes[sizes.length - 1]!;
    const [viewName, part] = profileView.split(":");
    const sc = scenarios("/embed/timeline/").find((x) => x.view === viewName);
    if (sc) {
      const tracePath = join(tmpdir(), `smt-bench-trace-${profileView.replace(/[^\w-]+/g, "-")}-${s.factor}.json`);
      let profile: Parameters<typeof topFunctions>[0] | null = null;
      const traced = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      await runScenario(traced, PROFILES.phone, sites.get(s)!.origin, sc, async (cdp, phase) => {
        if (phase === "start") {
          await cdp.send("Profiler.enable");
          await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
          await cdp.send("Profiler.start");
          await traced.startTracing(undefined, { path: tracePath, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"] });
        } else {
          profile = (await cdp.send("Profiler.stop")).profile as typeof profile;
          await traced.stopTracing();
        }
      }, part === "steps");
      await traced.close();
      console.log(`\n## Where the main thread went: ${profileView} at ${s.factor}×, phone profile (self time; trace in ${tracePath})\n`);
      if (profile) console.log(table(["function", "self ms"], topFunctions(profile).map(([f, t]) => [f, t.toFixed(0)])));
      console.log(`\nRenderer main thread by trace event (inclusive ms):\n`);
      console.log(table(["event", "ms", "count"], traceTotals(JSON.parse(readFileSync(tracePath, "utf8"))).map(([n, t, c]) => [n, t.toFixed(0), String(c)])));
    }
  }
} finally {
  await browser.close();
  for (const site of sites.values()) await site.close();
}

for (const s of sizes) if (s.pages.size > 0 || s.build) printRun(s);
if (runs > 0) printInteractions(sizes);
for (let i = 1; i < sizes.length; i++) if (sizes[i]!.pages.size > 0) printGrowth(sizes[i - 1]!, sizes[i]!);
// Only across sizes of data (1×, 10×, 100×), not for an A/B of builds of one size (--dists).
if (new Set(factors).size > 2) printScaleSummary(sizes);
