// Interaction timings for `npm run bench`: what a reader feels when they tap, hover, type or press
// a key, and how busy the main thread is while a page loads and just after. Numbers for people,
// never assertions (timings depend on the machine).
//
// An interaction's time is from the first input event of the gesture (the finger's touchstart and
// pointerdown for a tap, the keydown for a key) to the end of the next rendered frame after the
// page's own handlers for the step's event ran (a requestAnimationFrame, then a message posted from
// it, which runs once that frame's style, layout and paint are done), or the longest Chromium Event
// Timing duration of any event in the gesture when that is longer. On the phone profile a click is a
// touch tap, as a reader's would be (no hover, no mouse events before it). Long tasks come from the
// Long Tasks API.

import type { Browser, BrowserContext, CDPSession, Locator, Page } from "playwright-core";

export type ProfileName = "phone" | "desktop";

export interface Profile {
  name: ProfileName;
  width: number;
  height: number;
  /** CPU slow-down through the DevTools protocol (1 = none). */
  cpu: number;
  touch: boolean;
}

export const PROFILES: Record<ProfileName, Profile> = {
  // A mid-range Android phone: 390 CSS px wide, CPU 4× slower than this machine.
  phone: { name: "phone", width: 390, height: 844, cpu: 4, touch: true },
  desktop: { name: "desktop", width: 1280, height: 900, cpu: 1, touch: false },
};

/** One thing a reader does; `event` is the DOM event whose answer we time. */
export interface Step {
  name: string;
  event: "click" | "keydown" | "input" | "change" | "pointermove" | "pointerover" | "wheel" | "focusin";
  /** Skip the step where the page has no such element (e.g. no event marks when the timeline draws density). */
  needs?: string;
  /** Optional unmeasured preparation (open a folded panel, focus a mark). */
  prepare?: (page: Page) => Promise<void>;
  act: (page: Page) => Promise<void>;
  profiles?: ProfileName[];
}

export interface Scenario {
  view: string;
  path: string;
  /** Selector the island sets data-ready on, if it does. */
  ready?: string;
  steps: Step[];
}

export interface LoadFigures {
  /** Island ready flag, or the end of the last long task in the window, whichever is later. */
  readyMs: number;
  firstPaintMs: number;
  loadTaskSum: number;
  loadTaskMax: number;
  afterTaskSum: number;
  afterTaskMax: number;
  /** Long-task time after first paint (the islands' start-up, mostly). */
  afterPaintTaskSum: number;
}

export interface ScenarioFigures {
  load: LoadFigures;
  /** Step name -> ms, NaN when the step could not run. */
  steps: Map<string, number>;
}

const AFTER_LOAD_MS = 5000;

const recorder = () => {
  const w = window as unknown as {
    __bench: { tasks: { start: number; duration: number }[]; ready: number; events: { name: string; start: number; duration: number }[] };
  };
  w.__bench = { tasks: [], ready: 0, events: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  new MutationObserver((records) => {
    for (const r of records) if ((r.target as Element).getAttribute?.("data-ready") === "true" && !w.__bench.ready) w.__bench.ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
};

async function newPage(browser: Browser, profile: Profile): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: { width: profile.width, height: profile.height },
    deviceScaleFactor: profile.touch ? 2 : 1,
    isMobile: profile.touch,
    hasTouch: profile.touch,
  });
  const page = await context.newPage();
  // A step whose element never appears fails after half a minute instead of hanging the run.
  page.setDefaultTimeout(30_000);
  await page.addInitScript(recorder);
  if (profile.touch) touchPages.add(page);
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  return { context, page, cdp };
}

/** Time one step: arm a listener for its event, act, wait for the frame after it. */
async function timeStep(page: Page, step: Step): Promise<number> {
  if (step.prepare) await step.prepare(page);
  await settle(page);
  const armedAt = await page.evaluate(([type, starts]) => {
    const w = window as unknown as { __ix: number | null };
    w.__ix = null;
    // The gesture starts at the first of these (a tap's touchstart, a key's keydown).
    let t0 = Infinity;
    const first = (event: Event) => (t0 = Math.min(t0, event.timeStamp));
    for (const s of starts) window.addEventListener(s, first, { capture: true, once: true });
    window.addEventListener(
      type,
      (event) => {
        first(event);
        for (const s of starts) window.removeEventListener(s, first, { capture: true });
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (w.__ix = performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      { capture: true, once: true },
    );
    return performance.now();
  }, [step.event, GESTURE_STARTS] as const);
  await step.act(page);
  const handle = await page.waitForFunction(() => (window as unknown as { __ix: number | null }).__ix, null, { timeout: 60_000 });
  const frame = Number(await handle.jsonValue());
  await settle(page);
  const timing = await page.evaluate(
    ([names, since]) => {
      const w = window as unknown as { __bench: { events: { name: string; start: number; duration: number }[] } };
      return Math.max(0, ...w.__bench.events.filter((e) => names.includes(e.name) && e.start >= since).map((e) => e.duration));
    },
    [[step.event, ...GESTURE_STARTS, "pointerup", "touchend", "mouseup", "keyup"], armedAt] as const,
  );
  return Math.max(frame, timing);
}

/** Input events that begin a gesture: the step is timed from the first of them. */
const GESTURE_STARTS = ["touchstart", "pointerdown", "mousedown", "keydown"];

/** Pages opened with the touch profile: their clicks are taps. */
const touchPages = new WeakSet<Page>();
/** For tools that open their own pages (trace-steps.ts): the steps' clicks on `page` become taps. */
export const tapsOn = (page: Page) => void touchPages.add(page);

/** Two frames and a quiet moment, so one step's trailing work does not land in the next. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
}

/** `profileSteps`: profile only the interactions, not the load. */
export async function runScenario(browser: Browser, profile: Profile, origin: string, scenario: Scenario, onProfile?: (cdp: CDPSession, phase: "start" | "stop") => Promise<void>, profileSteps = false): Promise<ScenarioFigures> {
  const { context, page, cdp } = await newPage(browser, profile);
  try {
    if (onProfile && !profileSteps) await onProfile(cdp, "start");
    await page.goto(origin + scenario.path, { waitUntil: "load", timeout: 600_000 });
    // Watch the main thread for five seconds after the load event.
    await page.waitForTimeout(AFTER_LOAD_MS);
    const load = await page.evaluate(() => {
      const w = window as unknown as { __bench: { tasks: { start: number; duration: number }[]; ready: number } };
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const loadEnd = nav.loadEventEnd || performance.now();
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      const tasks = w.__bench.tasks;
      const during = tasks.filter((t) => t.start < loadEnd);
      const after = tasks.filter((t) => t.start >= loadEnd);
      const sum = (ts: typeof tasks) => ts.reduce((s, t) => s + t.duration, 0);
      const max = (ts: typeof tasks) => Math.max(0, ...ts.map((t) => t.duration));
      const lastEnd = Math.max(0, ...tasks.map((t) => t.start + t.duration));
      return {
        readyMs: Math.max(w.__bench.ready, lastEnd, paint),
        firstPaintMs: paint,
        loadTaskSum: sum(during),
        loadTaskMax: max(during),
        afterTaskSum: sum(after),
        afterTaskMax: max(after),
        afterPaintTaskSum: sum(tasks.filter((t) => t.start >= paint)),
      };
    });
    if (scenario.ready) await page.waitForSelector(`${scenario.ready}[data-ready="true"]`, { state: "attached", timeout: 120_000 }).catch(() => undefined);
    const steps = new Map<string, number>();
    if (onProfile && profileSteps) await onProfile(cdp, "start");
    for (const step of scenario.steps) {
      if (step.profiles && !step.profiles.includes(profile.name)) continue;
      if (step.needs && (await page.locator(step.needs).count()) === 0) {
        steps.set(step.name, Number.NaN);
        continue;
      }
      try {
        steps.set(step.name, await timeStep(page, step));
      } catch (error) {
        console.error(`    ${scenario.view} / ${step.name}: ${(error as Error).message.split("\n")[0]}`);
        steps.set(step.name, Number.NaN);
      }
    }
    if (onProfile) await onProfile(cdp, "stop");
    return { load, steps };
  } finally {
    await context.close();
  }
}

// ---- the scenarios ------------------------------------------------------------------------------

/**
 * Scroll an element into view and, when that moved the page, let the page draw what scrolled in
 * before the step's input. A reader scrolls, looks, then taps; a tap sent in the same moment as the
 * scroll waited for that frame (on /timeline/ at 390 px, 40 ms laying out the list's sections that
 * came into view), and the step timed the scroll along with the tap.
 */
async function scrolledTo(page: Page, el: Locator): Promise<void> {
  const before = await el.boundingBox();
  await el.scrollIntoViewIfNeeded();
  const after = await el.boundingBox();
  if (before?.x !== after?.x || before?.y !== after?.y) await settle(page);
}

/**
 * Click (on a phone: tap) the centre of the `nth` shown element matching `selector` (a chart drawn
 * wide and narrow hides one), scrolling it into view first.
 */
async function clickVisible(page: Page, selector: string, nth = 0): Promise<void> {
  const el = page.locator(selector).filter({ visible: true }).nth(nth);
  await scrolledTo(page, el);
  const box = await el.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  if (touchPages.has(page)) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Click (on a phone: tap) the `nth` mark whose centre the reader can see: inside its drawing's frame
 * and the window. A zoomed timeline still lays out the marks outside its window (clipped away), and
 * a tap aimed at one of those lands off the screen, where nothing answers.
 */
async function clickShown(page: Page, frame: string, mark: string, nth = 0): Promise<void> {
  await scrolledTo(page, page.locator(frame).filter({ visible: true }).first());
  const at = await page.evaluate(([frame, mark, nth]) => {
    const svg = [...document.querySelectorAll(frame)].find((el) => el.getBoundingClientRect().width > 0);
    if (!svg) return null;
    const f = svg.getBoundingClientRect();
    const inside = [...svg.querySelectorAll(mark)]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 || r.height > 0)
      .map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }))
      .filter((p) => p.x > Math.max(0, f.left) + 2 && p.x < Math.min(innerWidth, f.right) - 2 && p.y > Math.max(0, f.top) && p.y < Math.min(innerHeight, f.bottom));
    return inside[nth] ?? inside[0] ?? null;
  }, [frame, mark, nth] as const);
  if (!at) throw new Error(`no ${mark} inside ${frame} on screen`);
  if (touchPages.has(page)) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

/**
 * Give keyboard focus to the first match a reader can see. A chart drawn twice (wide and narrow)
 * hides one copy, and focusing a hidden mark silently does nothing: the key pressed next would
 * then time a page that had nothing to answer. So the step fails instead.
 */
async function focusShown(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector).filter({ visible: true }).first();
  await el.focus();
  if (!(await el.evaluate((node) => node === document.activeElement))) throw new Error(`${selector} did not take focus`);
}

async function hover(page: Page, selector: string, nth = 0): Promise<void> {
  const el = page.locator(selector).filter({ visible: true }).nth(nth);
  await scrolledTo(page, el);
  const box = await el.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  await page.mouse.move(box.x + box.width / 2 - 1, box.y + box.height / 2 - 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** The most connected visible node: the one a reader is likeliest to tap, and the costliest to light. */
const BIG_NODE = "svg.net-svg a[data-actor-id]:not(.off)";

/**
 * Tap the most connected node that a finger can hit alone: on screen, and with no other shown node
 * within a 24-px target of its centre. At 10× the most connected node sits in a crowd, and a tap
 * there opens the "N actors here" list (tap-targets.ts) instead of selecting: that timed the list,
 * not the highlight.
 */
async function tapLoneNode(page: Page): Promise<void> {
  const at = await page.evaluate(() => {
    const svg = document.querySelector("svg.net-svg")!;
    const f = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll("a[data-actor-id]:not(.off)")].map((a) => {
      const r = (a.querySelector("path") ?? a).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, hw: Math.max(12, r.width / 2), hh: Math.max(12, r.height / 2) };
    });
    const onScreen = (b: (typeof boxes)[number]) => b.x > Math.max(0, f.left) + 12 && b.x < Math.min(innerWidth, f.right) - 12 && b.y > Math.max(0, f.top) + 12 && b.y < Math.min(innerHeight, f.bottom) - 12;
    const lone = boxes.find((b) => onScreen(b) && boxes.every((o) => o === b || Math.abs(o.x - b.x) > o.hw || Math.abs(o.y - b.y) > o.hh));
    return lone ? { x: lone.x, y: lone.y } : null;
  });
  if (!at) throw new Error("no node on screen that a tap reaches alone");
  if (touchPages.has(page)) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

/** The network embed has no island of its own (its nodes are links to actor pages): its marks' focus ring is timed. */
export function scenarios(embedTimeline: string): Scenario[] {
  const openFilters = async (page: Page) => {
    await page.evaluate(() => {
      const d = document.querySelector<HTMLDetailsElement>("[data-filters]");
      if (d) d.open = true;
    });
  };
  // On a dense timeline the month's events arrive after the island is ready.
  const monthDrawn = async (page: Page) => {
    await page.locator("svg.timeline-svg a.tl-event:not([display])").first().waitFor({ state: "attached", timeout: 30_000 });
  };
  return [
    {
      view: "timeline",
      path: "/timeline/",
      ready: "[data-timeline]",
      steps: [
        { name: "zoom step", event: "click", act: (p) => clickVisible(p, "[data-zoom-in]") },
        { name: "pan", event: "wheel", prepare: (p) => hover(p, "svg.timeline-svg"), act: (p) => p.mouse.wheel(120, 0) },
        { name: "select an event", event: "click", needs: "a.tl-event", act: (p) => clickShown(p, "svg.timeline-svg", "a.tl-event:not([display]) circle.tl-mark", 2) },
        // On a dense timeline (10x) the month bars hold the keyboard until events are drawn.
        { name: "keyboard arrow", event: "keydown", needs: "a.tl-event, a.tl-bin", prepare: (p) => focusShown(p, "svg.timeline-svg :is(a.tl-event, a.tl-bin)[tabindex='0']"), act: (p) => p.keyboard.press("ArrowRight") },
        { name: "filter by track", event: "input", needs: 'input[name="track"]', prepare: openFilters, act: (p) => clickVisible(p, 'input[name="track"]') },
        { name: "filter by text", event: "input", needs: 'input[name="text"]', prepare: openFilters, act: (p) => p.locator('input[name="text"]').pressSequentially("s") },
      ],
    },
    {
      // Zoomed in to one month, where a dense timeline (10x) draws that month's events one by one
      // from its file: choosing an event and moving between events measured at every size.
      view: "timeline: a month",
      path: "/timeline/?from=2025-11-01&to=2025-11-30",
      ready: "[data-timeline]",
      steps: [
        { name: "select an event", event: "click", prepare: monthDrawn, act: (p) => clickShown(p, "svg.timeline-svg", "a.tl-event:not([display]) circle.tl-mark", 2) },
        { name: "keyboard arrow", event: "keydown", prepare: async (p) => (await monthDrawn(p), focusShown(p, "svg.timeline-svg a.tl-event[tabindex='0']")), act: (p) => p.keyboard.press("ArrowRight") },
      ],
    },
    {
      view: "network",
      path: "/network/",
      ready: "[data-network]",
      steps: [
        { name: "tap a node", event: "click", prepare: (p) => p.locator("svg.net-svg").scrollIntoViewIfNeeded(), act: tapLoneNode },
        { name: "hover a node", event: "pointermove", profiles: ["desktop"], act: (p) => hover(p, BIG_NODE, 3) },
        { name: "keyboard arrow", event: "keydown", prepare: (p) => focusShown(p, "svg.net-svg a[data-actor-id][tabindex='0']"), act: (p) => p.keyboard.press("ArrowRight") },
        { name: "change the date", event: "input", prepare: (p) => p.locator("[data-net-range]").focus(), act: (p) => p.keyboard.press("ArrowLeft") },
        { name: "press Play", event: "click", act: (p) => clickVisible(p, "[data-net-play]") },
        // The reader reaches the list first (its options are made then), then chooses.
        { name: "find an actor", event: "change", prepare: async (p) => {
          await clickVisible(p, "[data-net-play]");
          await p.locator("[data-net-find]").focus();
        }, act: async (p) => {
          const value = await p.locator("[data-net-find] option").nth(5).getAttribute("value");
          await p.locator("[data-net-find]").selectOption(value!);
        } },
      ],
    },
    {
      view: "minerals",
      path: "/minerals/",
      steps: [
        { name: "hover a mark", event: "pointerover", profiles: ["desktop"], act: (p) => hover(p, "[data-mark]", 4) },
        { name: "tap a mark", event: "click", profiles: ["phone"], act: (p) => clickVisible(p, "[data-mark]", 4) },
        { name: "keyboard arrow", event: "keydown", prepare: (p) => focusShown(p, "[data-mark][tabindex='0']"), act: (p) => p.keyboard.press("ArrowRight") },
      ],
    },
    {
      // The actor page has no island of its own: the page-wide scripts (header, search, date) answer.
      view: "actor page",
      path: "/actors/act-vladimir-putin/",
      steps: [
        { name: "keyboard Tab", event: "keydown", needs: ".hood-svg a", prepare: (p) => focusShown(p, ".hood-svg a"), act: (p) => p.keyboard.press("Tab") },
        // A phone opens the header's search with its toggle; wider screens show the box itself.
        { name: "open search", event: "click", needs: "[data-search-toggle]", profiles: ["phone"], act: (p) => clickVisible(p, "[data-search-toggle]") },
        { name: "type in search", event: "input", needs: "#site-search-q", profiles: ["desktop"], act: (p) => p.locator("#site-search-q").pressSequentially("s") },
      ],
    },
    {
      view: "story",
      path: "/story/",
      ready: "[data-story]",
      steps: [
        { name: "next step (button)", event: "click", needs: "[data-story-next]", act: (p) => clickVisible(p, "[data-story-next]") },
        { name: "keyboard arrow", event: "keydown", needs: "[data-story-next]", act: (p) => p.keyboard.press("ArrowRight") },
      ],
    },
    {
      view: "embed: minerals",
      path: "/embed/minerals-side-by-side/",
      steps: [
        { name: "tap a mark", event: "click", needs: "[data-mark]", profiles: ["phone"], act: (p) => clickVisible(p, "[data-mark]", 2) },
        { name: "hover a mark", event: "pointerover", needs: "[data-mark]", profiles: ["desktop"], act: (p) => hover(p, "[data-mark]", 2) },
        { name: "keyboard Tab", event: "keydown", needs: "[data-mark]", prepare: (p) => focusShown(p, "[data-mark][tabindex='0'], [data-mark]"), act: (p) => p.keyboard.press("Tab") },
      ],
    },
    {
      view: "embed: network",
      path: "/embed/actor-network/",
      steps: [
        { name: "keyboard Tab", event: "keydown", needs: "a[data-actor-id]", prepare: (p) => focusShown(p, "svg a[data-actor-id]"), act: (p) => p.keyboard.press("Tab") },
      ],
    },
    {
      view: "embed: timeline",
      path: embedTimeline,
      ready: '[data-chart-id="timeline"]',
      steps: [
        { name: "zoom (key)", event: "keydown", needs: "a.tl-event, a.tl-bin", prepare: (p) => focusShown(p, "svg.timeline-svg :is(a.tl-event, a.tl-bin)[tabindex='0']"), act: (p) => p.keyboard.press("+") },
        { name: "keyboard arrow", event: "keydown", needs: "a.tl-event, a.tl-bin", act: (p) => p.keyboard.press("ArrowRight") },
      ],
    },
  ];
}

/** Self time per function from a V8 CPU profile (Profiler domain), top `n`. */
export function topFunctions(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }, n = 12): [string, number][] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i]!);
    if (!node) continue;
    const f = node.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop() ?? ""}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Where the renderer's main thread went, by trace event name: style, layout, paint, script... */
export function traceTotals(trace: { traceEvents: TraceEvent[] } | TraceEvent[], n = 14): [string, number, number][] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  // Several renderers may be traced (blank pages, other tabs): take the busiest main thread.
  const mains = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === "RunTask" && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = new Map<string, [number, number]>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== "X" || !e.dur) continue;
    const t = totals.get(e.name) ?? [0, 0];
    totals.set(e.name, [t[0] + e.dur / 1000, t[1] + 1]);
  }
  return [...totals].map(([name, [ms, count]]) => [name, ms, count] as [string, number, number]).sort((a, b) => b[1] - a[1]).slice(0, n);
}
