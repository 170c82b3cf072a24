// Scrolling /story/ as a phone reader does, CPU slowed four times: the longest main-thread task per
// run, from a trace of the page's main thread (the story's budget: none over 100 ms), the median over
// runs, and with --trace what the last run's long tasks were made of (script, style, layout, paint), so a fix can aim at the right one.
//
//   npx node scripts/bench/story-scroll.ts [--dist dist] [--runs 5] [--width 390] [--trace]
//
// Numbers for people, not assertions; quote them next to the machine's `uptime` load.

import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../../tests/support/chromium.ts";
import { serveStatic } from "../../tests/support/server.ts";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const dist = option("dist") ?? "dist";
const runs = Number(option("runs") ?? 5);
const width = Number(option("width") ?? 390);
const trace = args.includes("--trace");

/** One read-through: a wheel turn per step, waiting two frames after each; every long task's length. */
export async function scrollStory(browser: Browser, url: string, viewportWidth = 390, tracePath?: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: viewportWidth, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForSelector(`[data-story][data-ready="true"]`, { state: "attached" });
  // Playwright's own helper script is compiled on its first wait: do that before measuring, so its
  // cost (hundreds of ms at 4× slower CPU) is not charged to the story.
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: "longtask" });
  });
  if (tracePath) await browser.startTracing(page, { path: tracePath, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  const steps = await page.locator("[data-story-step]").count();
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
  }
  if (tracePath) await browser.stopTracing();
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  await context.close();
  return tasks;
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string } }

/** The page's main-thread tasks (ms) from a trace: every one, not only the Long Tasks API's ≥ 50 ms. */
function mainThreadTasks(path: string): number[] {
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`);
  return events.filter((e) => e.name === "RunTask" && main.includes(`${e.pid}:${e.tid}`)).map((e) => (e.dur ?? 0) / 1000);
}

/** Inclusive time per renderer event inside tasks over 50 ms, largest first. */
function longTaskParts(path: string): [string, number][] {
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const tasks = events.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 50_000);
  const totals = new Map<string, number>();
  for (const t of tasks) {
    for (const e of events) {
      if (e.tid !== t.tid || e.ph !== "X" || e === t || e.ts < t.ts || e.ts + (e.dur ?? 0) > t.ts + (t.dur ?? 0)) continue;
      if (!/^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|FunctionCall|EventDispatch|HitTest|ScrollLayer|Commit|IntersectionObserverController::computeIntersections|ParseHTML|v8\.)/.test(e.name)) continue;
      totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

if (import.meta.main) {
  const site = await serveStatic(dist, "/");
  const browser = await chromium.launch({ executablePath: findOrInstallChromium(), args: CHROMIUM_ARGS });
  try {
    const longest: number[] = [];
    const path = join(tmpdir(), "smt-story-scroll-trace.json");
    for (let run = 0; run < runs; run++) {
      const tasks = await scrollStory(browser, `${site.origin}/story/`, width, path);
      const all = mainThreadTasks(path).sort((a, b) => b - a);
      longest.push(all[0] ?? 0);
      console.log(`run ${run + 1}: longest main-thread task ${Math.round(all[0] ?? 0)} ms (next: ${all.slice(1, 4).map(Math.round).join(", ")}); Long Tasks API saw ${tasks.length}`);
    }
    const sorted = [...longest].sort((a, b) => a - b);
    console.log(`median longest task ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms over ${runs} runs (budget 100 ms)`);
    if (trace) {
      console.log(`\nInside tasks over 50 ms (inclusive ms; trace in ${path}):`);
      for (const [name, ms] of longTaskParts(path).slice(0, 12)) console.log(`  ${name}: ${ms.toFixed(0)}`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
