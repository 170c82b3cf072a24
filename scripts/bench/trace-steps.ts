// What one interaction (or a page's start-up) costs the main thread, event by event: a Chromium
// performance trace taken through the DevTools protocol on the phone profile, folded into the tasks
// longer than `--min` ms with their biggest parts (script, style recalculation with the number of
// elements restyled, layout with the number of objects laid out, paint), and the DOM mutations
// the page made. For finding causes; `npm run bench` gives the timings.
//
//   node scripts/bench/trace-steps.ts <dist> [--view network] [--step 'tap a node'] [--min 20] [--tree] [--why]
//   node scripts/bench/trace-steps.ts <trace.json> [--min 5]

import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../../tests/support/chromium.ts";
import { serveStatic } from "../../tests/support/server.ts";
import { PROFILES, scenarios, tapsOn, topFunctions } from "./interactions.ts";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const dist = args[0]!;
const viewName = option("view") ?? "network";
const minTask = Number(option("min") ?? 20);
const onlyStep = option("step");

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, any>;
}

/** The busiest renderer main thread's complete events. */
function mainThread(events: TraceEvent[]): TraceEvent[] {
  const mains = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === "RunTask" && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X" && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

function describe(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  const begin = e.args?.beginData ?? {};
  if (e.name === "FunctionCall") return `FunctionCall ${d.functionName || "(anon)"} ${String(d.url ?? "").split("/").pop()}:${d.lineNumber ?? ""}`;
  if (e.name === "EventDispatch") return `EventDispatch ${d.type}`;
  if (e.name === "UpdateLayoutTree") return `UpdateLayoutTree elements=${e.args?.elementCount ?? d.elementCount ?? "?"}`;
  if (e.name === "Layout") return `Layout dirty=${begin.dirtyObjects ?? "?"} total=${begin.totalObjects ?? "?"}`;
  if (e.name === "ParseHTML") return `ParseHTML`;
  if (e.name === "EvaluateScript" || e.name === "v8.compileModule" || e.name === "v8.evaluateModule") return `${e.name} ${String(d.url ?? e.args?.fileName ?? "").split("/").pop()}`;
  return e.name;
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** With --tree: the CPU profile as a call tree, each function's total and self ms, branches under `min` ms left out. */
function callTree(profile: Profile, min: number): string[] {
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<number, number>();
  const total = (id: number): number => {
    const t = (self.get(id) ?? 0) + (byId.get(id)!.children ?? []).reduce((sum, c) => sum + total(c), 0);
    totals.set(id, t);
    return t;
  };
  const root = profile.nodes[0]!.id;
  total(root);
  const out: string[] = [];
  const walk = (id: number, depth: number) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    if (totals.get(id)! < min || /^\((idle|program)\)$/.test(f.functionName)) return;
    if (id !== root) out.push(`${"  ".repeat(depth)}${totals.get(id)!.toFixed(1)} (self ${(self.get(id) ?? 0).toFixed(1)}) ${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`);
    for (const c of n.children ?? []) walk(c, depth + 1);
  };
  walk(root, -1);
  return out;
}

/** Tasks over `min` ms, each with its nested events over 1 ms as an indented tree. */
function report(events: TraceEvent[], min: number): string[] {
  const main = mainThread(events);
  const out: string[] = [];
  const tasks = main.filter((e) => e.name === "RunTask" && e.dur! / 1000 >= min);
  const totals = new Map<string, number>();
  for (const task of main.filter((e) => e.name === "RunTask")) totals.set("all tasks", (totals.get("all tasks") ?? 0) + task.dur! / 1000);
  for (const task of tasks) {
    out.push(`task ${(task.dur! / 1000).toFixed(1)} ms`);
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! >= 1000);
    const stack: TraceEvent[] = [];
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
      if (stack.length < 6) out.push(`${"  ".repeat(stack.length + 1)}${(e.dur! / 1000).toFixed(1)} ${describe(e)}`);
      stack.push(e);
    }
  }
  for (const e of main) {
    if (["UpdateLayoutTree", "Layout", "Paint", "PrePaint", "Layerize", "FunctionCall", "HitTest", "ParseHTML"].includes(e.name)) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur! / 1000);
  }
  // Invalidation tracking (--why): the reasons elements were restyled, most frequent first.
  const why = new Map<string, number>();
  for (const e of events) {
    if (!/InvalidationTracking$/.test(e.name)) continue;
    const d = e.args?.data ?? {};
    const key = `${e.name.replace("InvalidationTracking", "")}: ${d.reason ?? ""} ${d.invalidatedSelectorId ?? ""} ${(d.invalidationList ?? []).map((i: { classes?: string[]; attribute?: string; id?: string }) => [i.classes?.join("."), i.attribute, i.id].filter(Boolean).join(" ")).join(",")} on ${String(d.nodeName ?? "").split(" ")[0]}`;
    why.set(key, (why.get(key) ?? 0) + 1);
  }
  if (why.size) out.push("restyled because:", ...[...why].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, n]) => `  ${n} × ${k}`));
  out.push(`totals: ${[...totals].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}`);
  return out;
}

const countMutations = () => {
  const w = window as unknown as { __mut: { records: number; elements: Set<Node> } };
  w.__mut = { records: 0, elements: new Set() };
  new MutationObserver((records) => {
    for (const r of records) {
      w.__mut.records++;
      w.__mut.elements.add(r.target);
      for (const n of r.addedNodes) w.__mut.elements.add(n);
      for (const n of r.removedNodes) w.__mut.elements.add(n);
    }
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
};
const mutations = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __mut: { records: number; elements: Set<Node> } };
  const r = { records: w.__mut.records, elements: w.__mut.elements.size };
  w.__mut.records = 0;
  w.__mut.elements = new Set();
  return r;
});
const frames = (page: Page, n = 2) => page.evaluate((n) => new Promise<void>((r) => {
  let left = n;
  const go = () => (--left <= 0 ? setTimeout(r, 300) : requestAnimationFrame(go));
  requestAnimationFrame(go);
}), n);

// A trace written earlier: fold it again (e.g. with another --min).
if (dist.endsWith(".json")) {
  console.log(report(JSON.parse(readFileSync(dist, "utf8")).traceEvents, minTask).join("\n"));
  process.exit(0);
}

const site = await serveStatic(dist, "/", "127.0.0.1", { gzip: true });
const browser = await chromium.launch({ executablePath: findOrInstallChromium(), args: CHROMIUM_ARGS });
const dir = mkdtempSync(join(tmpdir(), "smt-trace-"));
// With --why: which elements were restyled and why (invalidation tracking; slows the page further).
const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing", ...(args.includes("--why") ? ["disabled-by-default-devtools.timeline.invalidationTracking"] : [])];
try {
  const scenario = scenarios("/embed/timeline/").find((s) => s.view === viewName)!;
  const profile = PROFILES.phone;
  const context = await browser.newContext({ viewport: { width: profile.width, height: profile.height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  tapsOn(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  // Self time per function beside the trace, and with --tree the call tree (names are readable in a
  // build made with SMT_DEBUG_JS=1, which leaves the scripts unminified).
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  const functions = async () => {
    const { profile } = await cdp.send("Profiler.stop");
    const top = topFunctions(profile as Parameters<typeof topFunctions>[0], 10).filter(([f]) => !/^\((idle|program|garbage collector)\)/.test(f));
    const line = `functions (self ms): ${top.map(([f, t]) => `${f} ${t.toFixed(1)}`).join("; ")}`;
    return args.includes("--tree") ? `${line}\n${callTree(profile as Profile, 1.5).join("\n")}` : line;
  };
  await cdp.send("Profiler.start");
  const loadTrace = join(dir, "load.json");
  await browser.startTracing(page, { path: loadTrace, categories });
  await page.goto(site.origin + scenario.path, { waitUntil: "load", timeout: 600_000 });
  if (scenario.ready) await page.waitForSelector(`${scenario.ready}[data-ready="true"]`, { state: "attached", timeout: 120_000 });
  await page.waitForTimeout(3000);
  await browser.stopTracing();
  console.log(`## load (${viewName}, phone)`);
  console.log(report(JSON.parse(readFileSync(loadTrace, "utf8")).traceEvents, minTask).join("\n"));
  console.log(await functions());
  await page.evaluate(countMutations);
  for (const step of scenario.steps) {
    if (step.profiles && !step.profiles.includes("phone")) continue;
    if (onlyStep && step.name !== onlyStep) continue;
    if (step.prepare) await step.prepare(page);
    await frames(page);
    await mutations(page);
    const path = join(dir, `${step.name.replace(/\W+/g, "-")}.json`);
    await cdp.send("Profiler.start");
    await browser.startTracing(page, { path, categories });
    await step.act(page);
    await frames(page, 3);
    await browser.stopTracing();
    console.log(`\n## ${step.name}: mutations ${JSON.stringify(await mutations(page))}`);
    console.log(report(JSON.parse(readFileSync(path, "utf8")).traceEvents, Math.min(minTask, 10)).join("\n"));
    console.log(await functions());
  }
  await context.close();
} finally {
  await browser.close();
  await site.close();
}
console.log(`\ntraces in ${dir}`);
