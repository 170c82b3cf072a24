// The charts and the frame around them as a reader with a phone (touch emulation, 320–390 px) or
// with the keyboard alone meets them (issue 21): a header that leaves the screen to the page, search
// that opens on the person searched for, focus that can be seen, and marks big enough to tap.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axeViolations, browserAndSite } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";

const { tables } = loadData(join(ROOT, "data"));

const web = browserAndSite();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

async function phone(path: string, options: Partial<Parameters<Browser["newContext"]>[0]> = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await web.browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  await page.goto(web.site.root + path.replace(/^\//, ""));
  return { context, page };
}

/** Actors whose surname appears in the most event headlines: the hardest names to rank first. */
const crowdedNames = (() => {
  const surname = (name: string) => name.split(" ").pop()!;
  return tables.actors
    .filter((a) => a.kind === "person")
    .map((a) => ({ id: a.id, name: surname(a.name), n: tables.events.filter((e) => e.headline.includes(surname(a.name))).length }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 3);
})();

describe("phone header", () => {
  for (const width of [320, 390]) {
    it(`is at most 120 px tall at ${width} px on every page type, with every section in sight`, async () => {
      const { context, page } = await phone("/", { viewport: { width, height: 844 } });
      // Every section's own page too: there its link is bold, and wider.
      for (const path of ["/", "/story/", "/timeline/", "/network/", "/minerals/", "/sources/", "/data/", "/about/", `/events/${tables.events[0]!.id}/`, "/search/"]) {
        await page.goto(web.site.root + path.slice(1));
        const height = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().height);
        expect(height, path).toBeLessThanOrEqual(120);
      }
      // All seven sections wholly on screen, none hidden in a row that scrolls sideways (a reader
      // at 390 px saw "About" cut in half), each a target of at least 24 × 24 px.
      const sections = await page.locator(".site-nav a").evaluateAll((links) =>
        links.map((a) => {
          const r = a.getBoundingClientRect();
          const shown = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest("a") === a;
          return { text: a.textContent, left: r.left, right: r.right, width: r.width, height: r.height, shown };
        }));
      expect(sections.map((s) => s.text)).toEqual(["Story", "Timeline", "Network", "Minerals", "Sources", "Data", "About"]);
      for (const s of sections) {
        expect(s.left, s.text!).toBeGreaterThanOrEqual(0);
        expect(s.right, s.text!).toBeLessThanOrEqual(width);
        expect(s.shown, s.text!).toBe(true);
        expect(Math.min(s.width, s.height), s.text!).toBeGreaterThanOrEqual(24);
      }
      await expect(page.locator(".site-nav").evaluate((nav) => nav.scrollWidth <= nav.clientWidth)).resolves.toBe(true);
      await page.locator(".site-nav a", { hasText: "About" }).tap();
      await page.waitForURL(/\/about\/$/);
      await context.close();
    });
  }

  it("at 1280 px keeps the title, the search box and all seven sections (Story first) on one row", async () => {
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(web.site.root + "story/");
    const boxes = await page.evaluate(() =>
      [document.querySelector(".site-title")!, document.querySelector(".site-search")!, ...document.querySelectorAll(".site-nav li")].map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }));
    expect(boxes.length).toBe(9);
    // One row: some horizontal line crosses every item (a wrapped item would sit wholly below the others).
    expect(Math.max(...boxes.map((b) => b.top))).toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));
    await expect(page.locator(".site-nav li").first().innerText()).resolves.toBe("Story");
    await expect(page.locator('.site-nav a[aria-current="page"]').innerText()).resolves.toBe("Story");
    await page.close();
  });

  it("opens search with one tap, cursor in the box, and finds results", async () => {
    const { context, page } = await phone("/");
    const toggle = page.locator("[data-search-toggle]");
    const box = page.locator("#site-search-q");
    await expect(box.isVisible()).resolves.toBe(false);
    const size = await toggle.boundingBox();
    expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(44);
    await toggle.tap();
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("site-search-q");
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    await box.fill("Witkoff");
    await page.locator("#site-search-panel a.search-result__title").first().waitFor();
    await context.close();
  });

  it("without JavaScript, the search button is a link to the search page", async () => {
    const { context, page } = await phone("/", { javaScriptEnabled: false });
    await page.locator("[data-search-toggle]").tap();
    await page.waitForURL(/\/search\/$/);
    await expect(page.locator("main input[type=search]").isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe("help text in the reader's own terms", () => {
  it("speaks of taps and pinches on a touch screen, of keys with a mouse and keyboard", async () => {
    const help = async (options: Parameters<Browser["newContext"]>[0]) => {
      const context = await web.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(web.site.root + "timeline/");
      await page.locator("[data-timeline][data-ready]").waitFor({ state: "attached" });
      const text = { timeline: await page.locator("#tl-help").innerText() };
      await page.goto(web.site.root + "network/");
      await page.locator("[data-network][data-ready]").waitFor({ state: "attached" });
      const network = await page.locator("[data-net-hint]").innerText();
      await context.close();
      return { ...text, network };
    };
    const touch = await help(PHONE);
    for (const text of Object.values(touch)) {
      expect(text).toMatch(/\btap\b/i);
      expect(text).toMatch(/pinch/i);
      expect(text).not.toMatch(/\b(Tab|Shift|Ctrl|Enter|Escape|arrow)/);
    }
    const desk = await help({ viewport: { width: 1280, height: 900 } });
    for (const text of Object.values(desk)) {
      expect(text).toMatch(/\bTab\b/);
      expect(text).not.toMatch(/\btap\b/i);
    }
  });
});

describe("search ranks people and places first", () => {
  for (const { id, name, n } of crowdedNames) {
    it(`puts the page on ${name} first, ahead of the ${n} events naming them, in the header and on /search/`, async () => {
      const context = await web.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${web.site.root}search/?q=${encodeURIComponent(name)}`);
      await page.locator('[data-page-results][data-state="ready"]').waitFor({ state: "attached" });
      const first = await page.locator("[data-page-results] > li a").first().getAttribute("href");
      expect(first).toContain(`/actors/${id}/`);

      await page.goto(web.site.root);
      await page.locator("#site-search-q").fill(name);
      const top = page.locator("#site-search-panel a.search-result__title").first();
      await top.waitFor();
      await expect(top.getAttribute("href")).resolves.toContain(`/actors/${id}/`);
      await context.close();
    });
  }
});

/** Where the focus layer's ring is, what its label says, and where the focused mark is. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as SVGElement | null;
    // The outermost drawing: a chart may nest one SVG in another.
    let svg = active?.closest("svg")!;
    while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
    const layer = svg?.querySelector<SVGGElement>(".mark-focus");
    const shape = active?.matches("circle, path, rect, polygon") ? active : active?.querySelector("circle.tl-mark, path, circle, rect");
    const centre = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const box = layer?.querySelector(".mark-focus__box")?.getBoundingClientRect();
    const frame = svg?.getBoundingClientRect();
    return {
      // A timeline mark is named by its tooltip ("when · track", then the headline); the ring says when and what.
      name: active?.getAttribute("aria-label") ?? active?.querySelector("title")?.textContent?.replace(/ · [^\n]*\n/, ": ") ?? "",
      shown: !!layer && layer.getAttribute("display") !== "none" && layer.getClientRects().length > 0,
      inFront: svg?.lastElementChild === layer,
      label: [...(layer?.querySelectorAll(".mark-focus__text tspan") ?? [])].map((t) => t.textContent).join(" "),
      ring: layer ? centre(layer.querySelector(".mark-focus__ring")!) : null,
      mark: shape ? centre(shape) : null,
      boxInside: !!box && !!frame && box.left >= frame.left - 1 && box.right <= frame.right + 1,
      ringOnMark: (() => {
        const r = layer?.querySelector(".mark-focus__ring")?.getBoundingClientRect();
        const m = shape?.getBoundingClientRect();
        return !!r && !!m && !!frame && r.left < m.right && m.left < r.right && r.top < m.bottom && m.top < r.bottom;
      })(),
      ringColour: layer ? getComputedStyle(layer.querySelector(".mark-focus__ring")!).stroke : "",
    };
  });
}

/** Tab until a mark has the focus, and wait for its ring (the ring's code comes with the first key press). */
async function tabIntoChart(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) {
      await page.waitForFunction(() => [...document.querySelectorAll(".mark-focus")].some((g) => g.getAttribute("display") !== "none"));
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe("keyboard focus on chart marks is visible and in front", () => {
  for (const [path, width] of [["/timeline/", 1280], ["/timeline/", 390], ["/embed/timeline/", 360]] as const) {
    it(`rings the focused event and shows its headline above its neighbours (${path} at ${width} px)`, async () => {
      const context = await web.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(web.site.root + path.slice(1));
      await page.locator("[data-ready]").first().waitFor({ state: "attached" });
      await tabIntoChart(page, "a.tl-event");
      // The crowded end of the record, then a few steps back through it, then zoomed in.
      await page.keyboard.press("End");
      for (const key of ["ArrowLeft", "ArrowLeft", "ArrowLeft", "+"]) {
        await page.keyboard.press(key);
        const s = await focusState(page);
        expect(s.shown, key).toBe(true);
        expect(s.inFront).toBe(true);
        expect(s.name.startsWith(s.label.replace(/…$/, "")), `${s.label} / ${s.name}`).toBe(true);
        // At this width the label has room for the whole headline on three lines.
        if (width >= 360) expect(s.label).toBe(s.name);
        expect(Math.abs(s.ring!.x - s.mark!.x)).toBeLessThan(1.5);
        expect(Math.abs(s.ring!.y - s.mark!.y)).toBeLessThan(1.5);
        expect(s.boxInside).toBe(true);
      }
      // Leaving the chart takes the ring away.
      await page.keyboard.press("Tab");
      await expect(page.locator(".mark-focus").first().getAttribute("display")).resolves.toBe("none");
      await context.close();
    });
  }

  it("rings and names a focused actor in the network embed", async () => {
    const context = await web.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(web.site.root + "embed/actor-network/");
    await tabIntoChart(page, "a[data-actor-id]");
    for (let i = 0; i < 3; i++) {
      const s = await focusState(page);
      expect(s.shown).toBe(true);
      expect(s.inFront).toBe(true);
      expect(s.name.split(" — ")[0]).toBe(s.label);
      expect(Math.abs(s.ring!.x - s.mark!.x)).toBeLessThan(1.5);
      await page.keyboard.press("Tab");
    }
    await context.close();
  });
});

describe("keyboard focus on mineral chart marks", () => {
  const mineralIds = readdirSync(join(ROOT, "dist", "embed")).filter((n) => n.startsWith("minerals-"));

  it(`rings the focused mark and names it in front, on /minerals/ and in all ${mineralIds.length} mineral embeds`, async () => {
    const context = await web.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const paths = ["minerals/", ...mineralIds.map((id) => `embed/${id}/`)];
    for (const path of paths) {
      await page.goto(web.site.root + path);
      await tabIntoChart(page, "[data-chart-id] svg [data-mark]");
      for (let step = 0; step < 2; step++) {
        const s = await focusState(page);
        expect(s.shown, path).toBe(true);
        expect(s.inFront, path).toBe(true);
        expect(s.label.length, path).toBeGreaterThan(0);
        expect(s.boxInside, path).toBe(true);
        // The ring sits on the mark.
        expect(s.ringOnMark, path).toBe(true);
        await page.keyboard.press("ArrowRight");
      }
    }
    await context.close();
  });
});

/** Tap `dx, dy` px off a mark's centre, and say what the page offered: the chosen name or a list. */
async function tapNear(page: Page, mark: string, dx: number, dy: number): Promise<{ chosen: string | null; listed: string[] }> {
  // Start from nothing chosen, so what the tap brings up is the tap's doing.
  for (const close of ["[data-panel]:not([hidden]) [data-panel-close]", "[data-net-panel]:not([hidden]) [data-net-close]"]) {
    if (await page.locator(close).isVisible()) await page.locator(close).tap();
  }
  await page.locator("[data-panel]:not([hidden]), [data-net-panel]:not([hidden])").waitFor({ state: "detached" });
  const target = page.locator(mark);
  await target.scrollIntoViewIfNeeded();
  const box = await target.evaluate((el) => {
    const shape = el.querySelector("circle.tl-mark") ?? el.querySelector("path, circle, rect")!;
    const b = shape.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.touchscreen.tap(box.x + dx, box.y + dy);
  const chooser = page.locator(".tap-chooser");
  const panel = page.locator("[data-panel]:not([hidden]) [data-panel-title], [data-net-panel]:not([hidden]) [data-net-panel-title]");
  await chooser.or(panel).first().waitFor();
  if (await chooser.isVisible()) {
    const listed = await chooser.locator("ul button").allTextContents();
    return { chosen: null, listed };
  }
  return { chosen: await panel.textContent(), listed: [] };
}

describe("every tappable mark has a 24 × 24 px target (touch emulation)", () => {
  it("on the phone timeline, a tap 10 px off any event chooses it or lists it among its neighbours", async () => {
    const { context, page } = await phone("/timeline/");
    await page.locator("[data-timeline][data-ready]").waitFor({ state: "attached" });
    const marks = await page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) => els.map((a) => ({ id: (a as SVGElement).dataset.eventId!, name: a.querySelector("title")!.textContent!.replace(/ · [^\n]*\n/, ": ") })));
    let lists = 0;
    for (const { id, name } of marks.filter((_, i) => i % 4 === 0)) {
      const { chosen, listed } = await tapNear(page, `a.tl-event[data-event-id="${id}"]`, 10, -10);
      if (chosen !== null) expect(name.endsWith(chosen!), `${name} / ${chosen}`).toBe(true);
      else {
        expect(listed, name).toContain(name);
        lists++;
        await page.keyboard.press("Escape");
        await page.locator(".tap-chooser").waitFor({ state: "detached" });
      }
    }
    // The 2025 cluster is denser than a finger: some taps must have asked.
    expect(lists).toBeGreaterThan(0);
    await context.close();
  });

  it("in a crowd, the list opens the event chosen from it", async () => {
    const { context, page } = await phone("/timeline/");
    await page.locator("[data-timeline][data-ready]").waitFor({ state: "attached" });
    // The event with the most others within a finger's reach.
    const crowded = await page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) => {
      const at = els.map((a) => {
        const b = a.querySelector("circle.tl-mark")!.getBoundingClientRect();
        return { id: (a as SVGElement).dataset.eventId!, x: b.x + b.width / 2, y: b.y + b.height / 2 };
      });
      return at.map((p) => ({ id: p.id, n: at.filter((q) => Math.abs(q.x - p.x) <= 12 && Math.abs(q.y - p.y) <= 12).length })).sort((a, b) => b.n - a.n)[0]!;
    });
    expect(crowded.n).toBeGreaterThan(1);
    const { listed } = await tapNear(page, `a.tl-event[data-event-id="${crowded.id}"]`, 0, 0);
    expect(listed.length).toBeGreaterThan(1);
    // Listed in time order ("19 May 2025: …", "May 2025: …"), as a reader scans a list of events.
    const times = listed.map((t) => Date.parse(`${/^(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}/.exec(t)?.[0]} UTC`));
    expect(times.some((t) => Number.isNaN(t)), listed.join(" | ")).toBe(false);
    expect(times, listed.join(" | ")).toEqual([...times].sort((a, b) => a - b));
    // The list is a labelled dialog with the keyboard in it, and passes axe.
    await expect(page.evaluate(() => document.activeElement?.closest(".tap-chooser")?.getAttribute("aria-label"))).resolves.toBe(`${listed.length} events here`);
    await expect(axeViolations(page)).resolves.toEqual([]);
    const pick = listed[listed.length - 1]!;
    await page.locator(".tap-chooser ul button", { hasText: pick }).first().tap();
    await expect(page.locator(".tap-chooser").count()).resolves.toBe(0);
    const title = await page.locator("[data-panel-title]").textContent();
    expect(pick.endsWith(title!)).toBe(true);
    await context.close();
  });

  it("on the phone network, a tap 10 px off any actor chooses it or lists it", async () => {
    const { context, page } = await phone("/network/");
    await page.locator("[data-network][data-ready]").waitFor({ state: "attached" });
    const nodes = await page.locator("svg.net-svg a[data-actor-id]").evaluateAll((els) => els.map((a) => ({ id: (a as SVGElement).dataset.actorId!, name: a.querySelector("title")!.textContent!.split(" — ")[0]! })));
    let lists = 0;
    for (const { id, name } of nodes.filter((_, i) => i % 5 === 0)) {
      const { chosen, listed } = await tapNear(page, `svg.net-svg a[data-actor-id="${id}"]`, 10, 10);
      if (chosen !== null) expect(chosen).toBe(name);
      else {
        expect(listed, name).toContain(name);
        lists++;
        await page.keyboard.press("Escape");
        await page.locator(".tap-chooser").waitFor({ state: "detached" });
      }
    }
    await context.close();
  });

  it("in the timeline embed, a tap beside a lone event opens its page", async () => {
    const { context, page } = await phone("/embed/timeline/", { viewport: { width: 390, height: 700 } });
    await page.locator("[data-ready]").first().waitFor({ state: "attached" });
    const lone = await page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) => {
      const at = els.map((a) => {
        const b = a.querySelector("circle.tl-mark")!.getBoundingClientRect();
        return { id: (a as SVGElement).dataset.eventId!, x: b.x + b.width / 2, y: b.y + b.height / 2 };
      });
      return at.find((p) => at.filter((q) => Math.abs(q.x - p.x) <= 30 && Math.abs(q.y - p.y) <= 30).length === 1)!;
    });
    await page.touchscreen.tap(lone.x + 11, lone.y + 11);
    await page.waitForURL(new RegExp(`/events/${lone.id}/$`));
    await context.close();
  });
});

describe("timeline at every size", () => {
  it("zooms in towards the events, and the count says what is in the window and what lies outside it", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(web.site.root + "timeline/?track=energy");
    await page.locator("[data-timeline][data-ready]").waitFor({ state: "attached" });
    const matching = tables.events.filter((e) => e.track === "energy");
    const inWindow = () =>
      page.locator("svg.timeline-svg a.tl-event:not([display='none']) circle.tl-mark").evaluateAll((cs) => {
        const frame = document.querySelector("svg.timeline-svg")!.getBoundingClientRect();
        return cs.filter((c) => {
          const b = c.getBoundingClientRect();
          return b.right > frame.left && b.left < frame.right;
        }).length;
      });
    for (let step = 1; step <= 3; step++) {
      const before = await inWindow();
      await page.locator("[data-zoom-in]").click();
      const shown = await inWindow();
      // Each step keeps most of what was in view: it zooms where the events are.
      expect(shown, `step ${step}`).toBeGreaterThanOrEqual(Math.ceil(before / 2));
      const count = page.locator("[data-count]");
      await expect.poll(() => count.textContent()).toMatch(new RegExp(`^Showing ${shown} of ${tables.events.length} events in view \\(.+ to .+\\)`));
      const text = (await count.textContent())!;
      if (shown < matching.length) expect(text).toContain(`; ${matching.length - shown} more matching outside the window`);
      expect(text).toContain(`; ${tables.events.length - matching.length} filtered out`);
    }
    await context.close();
  });
});

describe("zooming about the focused event", () => {
  /** How far, in CSS pixels, the event's mark is from the middle of the plot. */
  const offCentre = (page: Page, id: string) =>
    page.evaluate((id) => {
      const svg = document.querySelector<SVGSVGElement>("svg.timeline-svg")!;
      const frame = svg.getBoundingClientRect();
      const mark = svg.querySelector(`a.tl-event[data-event-id="${id}"] circle.tl-mark`)!.getBoundingClientRect();
      const left = Number(svg.dataset.padLeft);
      const right = Number(svg.dataset.padRight);
      return Math.round(mark.left + mark.width / 2 - (frame.left + left + (frame.width - left - right) / 2));
    }, id);
  /** The event whose mark sits nearest a fraction of the record's span. */
  const eventNear = (page: Page, f: number) =>
    page.$$eval("svg.timeline-svg a.tl-event", (as, f) => {
      const svg = as[0]!.closest("svg")!;
      const frame = svg.getBoundingClientRect();
      const left = Number(svg.dataset.padLeft);
      const right = Number(svg.dataset.padRight);
      // Where the mark is drawn, as a fraction of the plot's width (the chart shows the whole record).
      const at = (a: Element) => {
        const b = a.querySelector("circle")!.getBoundingClientRect();
        return (b.left + b.width / 2 - frame.left - left) / (frame.width - left - right);
      };
      return as.map((a) => ({ id: a.getAttribute("data-event-id")!, f: at(a) })).sort((a, b) => Math.abs(a.f - f) - Math.abs(b.f - f))[0]!.id;
    }, f);

  for (const [what, path, width] of [["page", "timeline/", 1280], ["embed", "embed/timeline/", 320]] as const) {
    it(`${what} at ${width} px: + and − bring the focused event to the middle and keep it there`, async () => {
      const context = await web.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(web.site.root + path);
      await page.locator("[data-ready]").first().waitFor({ state: "attached" });
      const id = await eventNear(page, 0.7);
      await page.locator(`svg.timeline-svg a.tl-event[data-event-id="${id}"]`).focus();
      // At 70% of the span the event starts well right of the middle.
      expect(Math.abs(await offCentre(page, id))).toBeGreaterThan(width / 8);
      for (const key of ["+", "+", "-"]) {
        await page.keyboard.press(key);
        await expect.poll(() => offCentre(page, id).then(Math.abs), { message: `after ${key}` }).toBeLessThanOrEqual(2);
        await expect(page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).resolves.toBe(id);
      }
      await context.close();
    });
  }

  it("the zoom buttons centre on the event chosen, even from the edge of the window", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(web.site.root + "timeline/?from=2022-01-01&to=2025-12-31");
    await page.locator("[data-timeline][data-ready]").waitFor({ state: "attached" });
    // An event a tenth of the way into the window: near its left edge.
    const id = await page.$$eval("svg.timeline-svg a.tl-event", (as) => {
      const frame = document.querySelector("svg.timeline-svg")!.getBoundingClientRect();
      const at = as.map((a) => ({ id: a.getAttribute("data-event-id")!, x: (a.querySelector("circle")!.getBoundingClientRect().left - frame.left) / frame.width }));
      return at.filter((m) => m.x > 0.05 && m.x < 0.95).sort((a, b) => Math.abs(a.x - 0.12) - Math.abs(b.x - 0.12))[0]!.id;
    });
    await page.locator(`svg.timeline-svg a.tl-event[data-event-id="${id}"]`).focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-panel]:not([hidden])").waitFor();
    for (const button of ["[data-zoom-in]", "[data-zoom-out]", "[data-zoom-in]"]) {
      await page.locator(button).click();
      await expect.poll(() => offCentre(page, id).then(Math.abs), { message: `after ${button}` }).toBeLessThanOrEqual(2);
    }
    await context.close();
  });
});

describe("the network panel follows the date and the filters", () => {
  // The actor with the most relations, on a day when only some of them were active.
  const busiest = [...new Set(tables.relations.flatMap((r) => [r.from, r.to]))]
    .map((id) => ({ id, relations: tables.relations.filter((r) => r.from === id || r.to === id) }))
    .sort((a, b) => b.relations.length - a.relations.length)[0]!;
  const day = "2025-03-01";

  it(`counts and lists only the relations drawn on ${day}, and names every highlighted neighbour`, async () => {
    const { context, page } = await phone(`/network/?actor=${busiest.id}&date=${day}`);
    await page.locator(`[data-net-panel][data-loaded="${busiest.id}"]`).waitFor({ state: "attached" });
    const drawn = await page.$$eval("svg.net-svg path[data-relation-id]", (els) => els.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.getAttribute("data-relation-id")!));
    const mine = busiest.relations.filter((r) => drawn.includes(r.id)).map((r) => r.id).sort();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(busiest.relations.length);
    await expect(page.locator("[data-relations-count]").textContent()).resolves.toBe(`Relations shown (${mine.length} of ${busiest.relations.length})`);
    const listed = await page.$$eval("[data-relations-shown] > li", (lis) => lis.map((li) => li.getAttribute("data-relation")!).sort());
    expect(listed).toEqual(mine);
    // Every neighbour lit in the graph is named in the list.
    const lit = await page.$$eval("svg.net-svg a.is-n1", (as) => as.map((a) => a.querySelector("title")!.textContent!.split(" — ")[0]!));
    const names = await page.locator("[data-relations-shown] .net-linkish").allTextContents();
    for (const name of lit) expect(names, name).toContain(name);
    // Events after the date are not yet part of the record.
    const events = new Set(tables.event_actors.filter((l) => l.actor === busiest.id).map((l) => l.event));
    const before = tables.events.filter((e) => events.has(e.id) && e.date <= day).length;
    if (before < events.size) await expect(page.locator("[data-events-count]").textContent()).resolves.toBe(`Events to this date (${before} of ${events.size})`);
    await context.close();
  });

  it("keeps the panel's count in step with the graph during Play", async () => {
    const { context, page } = await phone(`/network/?actor=${busiest.id}`);
    await page.locator(`[data-net-panel][data-loaded="${busiest.id}"]`).waitFor({ state: "attached" });
    await page.locator("[data-net-play]").tap();
    // A few steps into 2025, then pause.
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>("[data-net-date]")?.value ?? "") >= "2025-02-15");
    await page.locator("[data-net-play]").tap();
    await page.waitForFunction((id) => document.querySelector("[data-net-panel]")?.getAttribute("data-loaded") === id, busiest.id);
    await expect.poll(async () => {
      const drawn = await page.$$eval("svg.net-svg path[data-relation-id]", (els) => els.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.getAttribute("data-relation-id")!));
      const n = busiest.relations.filter((r) => drawn.includes(r.id)).length;
      const listed = await page.locator("[data-relations-shown] > li").count();
      return { n, listed, heading: await page.locator("[data-relations-count]").textContent() };
    }).toSatisfy((s: { n: number; listed: number; heading: string | null }) => s.n === s.listed && s.heading === `Relations shown (${s.n} of ${busiest.relations.length})`);
    await context.close();
  });
});

describe("network names at phone widths", () => {
  for (const width of [320, 358, 390]) {
    it(`cuts no actor's name at the graph's edges at ${width} px, whole or with an actor selected`, async () => {
      const { context, page } = await phone("/network/", { viewport: { width, height: 800 } });
      await page.locator("[data-network][data-ready]").waitFor({ state: "attached" });
      const cut = () =>
        page.evaluate(() => {
          const svg = document.querySelector("svg.net-svg")!;
          const frame = svg.getBoundingClientRect();
          return [...document.querySelectorAll<SVGTextElement>(".net-labels text, .net-lift__labels text")]
            .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).display !== "none" && getComputedStyle(t).visibility !== "hidden")
            .filter((t) => {
              const b = t.getBoundingClientRect();
              return b.width > 0 && (b.left < frame.left - 0.5 || b.right > frame.right + 0.5);
            })
            .map((t) => t.textContent);
        });
      await expect(cut()).resolves.toEqual([]);
      await page.goto(web.site.root + `network/?actor=${tables.actors[0]!.id}`);
      await page.locator("[data-network][data-ready]").waitFor({ state: "attached" });
      await expect(cut()).resolves.toEqual([]);
      await context.close();
    });
  }
});

/** What a reader sees of the timeline's era names and event labels: shown ones, cut ones, overlaps. */
async function timelineNames(page: Page) {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>("svg.timeline-svg")].find((s) => s.getBoundingClientRect().width > 0)!;
    const frame = svg.getBoundingClientRect();
    const box = (t: Element) => t.getBoundingClientRect();
    const shown = (sel: string) => [...svg.querySelectorAll(sel)].filter((t) => t.getAttribute("display") !== "none" && t.closest("[display='none']") === null);
    // An event's id from its link: the phone's drawing without JavaScript carries nothing more.
    const labels = shown("text.tl-label").map((t) => ({ id: /\/events\/([^/]+)\/$/.exec(t.closest("a")!.getAttribute("href")!)![1]!, b: box(t) }));
    const eraNames = shown(".tl-era text").map((t) => ({ era: t.closest("g")!.getAttribute("data-era-id")!, b: box(t), band: box(t.closest("g")!.querySelector("rect")!) }));
    const apart = (list: { b: DOMRect }[], name: (i: number) => string) =>
      list.flatMap((a, i) => list.slice(i + 1).flatMap((c, j) => (a.b.left < c.b.right && c.b.left < a.b.right && a.b.top < c.b.bottom && c.b.top < a.b.bottom ? [`${name(i)}/${name(i + 1 + j)}`] : [])));
    return {
      eras: eraNames.map((e) => e.era),
      // Each name starts at most half its width before its band, so it reads as that band's.
      strayEras: eraNames.filter((e) => e.b.left < e.band.left - e.b.width / 2 - 1).map((e) => e.era),
      // Names on the band's one line, read as separate: at least a space (4 px) between them.
      eraOverlaps: [...eraNames].sort((a, c) => a.b.left - c.b.left).flatMap((a, i, all) => (all[i + 1] && all[i + 1]!.b.left - a.b.right < 4 ? [`${a.era}/${all[i + 1]!.era}`] : [])),
      labels: labels.map((l) => l.id),
      overlaps: apart(labels, (i) => labels[i]!.id),
      cut: [...shown(".tl-era text"), ...shown("text.tl-label")].filter((t) => box(t).left < frame.left - 0.5 || box(t).right > frame.right + 0.5).map((t) => t.textContent),
    };
  });
}

const topEvents = new Set(tables.events.filter((e) => e.importance === Math.max(...tables.events.map((x) => x.importance))).map((e) => e.id));

describe("the timeline on a phone, 320 and 390 px wide", () => {
  for (const [what, path, js, width] of [
    ["embed", "embed/timeline/", true, 320],
    ["page", "timeline/", true, 320],
    ["page without JavaScript", "timeline/", false, 320],
    ["embed", "embed/timeline/", true, 390],
    ["page without JavaScript", "timeline/", false, 390],
  ] as const) {
    it(`${what} at ${width} px: names every era and labels the most important events, whole and apart`, async () => {
      const context = await web.browser.newContext({ viewport: { width, height: 700 }, javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto(web.site.root + path);
      if (js) await page.locator("[data-ready]").first().waitFor({ state: "attached" });
      const seen = await timelineNames(page);
      expect(seen.eras.sort()).toEqual(tables.eras.map((e) => e.id).sort());
      expect(seen.strayEras).toEqual([]);
      expect(seen.eraOverlaps).toEqual([]);
      expect(seen.cut).toEqual([]);
      expect(seen.overlaps).toEqual([]);
      expect(seen.labels.filter((id) => topEvents.has(id)).length).toBeGreaterThanOrEqual(3);
      // A shortened name still gives the full one on hover.
      const titles = await page.locator("svg.timeline-svg .tl-era title").allTextContents();
      for (const era of tables.eras) expect(titles).toContain(era.name);
      await context.close();
    });
  }
});

describe("the timeline on a phone without JavaScript", () => {
  for (const width of [320, 390]) it(`draws a narrow timeline at the phone's width, with labels of at least 11 px, not a shrunken wide one (${width} px)`, async () => {
    const { context, page } = await phone("/timeline/", { javaScriptEnabled: false, viewport: { width, height: 800 } });
    const seen = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>("svg.timeline-svg")].find((s) => s.getClientRects().length > 0 && s.getBoundingClientRect().width > 0)!;
      const labels = [...svg.querySelectorAll("text.tl-label, .tl-era text")].filter((t) => t.getAttribute("display") !== "none");
      return {
        marks: svg.querySelectorAll("a.tl-event").length,
        labels: labels.length,
        smallest: Math.min(...labels.map((t) => t.getBoundingClientRect().height)),
        // The height of a line of text is about 1.2 times its size.
        fontPx: Math.min(...labels.map((t) => Number(getComputedStyle(t).fontSize.replace("px", "")) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width))),
      };
    });
    expect(seen.marks).toBe(tables.events.length);
    expect(seen.labels).toBeGreaterThanOrEqual(10);
    expect(seen.fontPx).toBeGreaterThanOrEqual(11);
    await context.close();
  });

  it("with JavaScript, the phone gets the one interactive timeline", async () => {
    const { context, page } = await phone("/timeline/");
    await page.locator("[data-timeline][data-ready]").waitFor({ state: "attached" });
    await expect(page.locator("svg.timeline-svg").count()).resolves.toBe(1);
    await expect(page.locator("svg.timeline-svg").evaluate((s) => s.getBoundingClientRect().width)).resolves.toBeGreaterThan(300);
    await context.close();
  });
});

describe("mineral chart marks on a phone", () => {
  it("a tap 10 px off any deposit on the map shows its details, or lists it with its neighbours", async () => {
    const { context, page } = await phone("/minerals/");
    const ids = await page.locator("[data-chart-id] svg [data-mark][data-deposit-id]").evaluateAll((els) =>
      [...new Set(els.filter((e) => e.getClientRects().length > 0).map((e) => (e as SVGElement).dataset.depositId!))],
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const mark = page.locator(`[data-chart-id] svg [data-mark][data-deposit-id="${id}"]`).filter({ visible: true }).first();
      await mark.scrollIntoViewIfNeeded();
      const { label, x, y } = await mark.evaluate((el) => {
        const b = (el.querySelector("rect, circle, path") ?? el).getBoundingClientRect();
        // A narrow drawing's mark borrows its text from its wide twin.
        const named = document.querySelector<SVGElement>(`[data-mark][data-deposit-id="${(el as SVGElement).dataset.depositId}"][data-label]`);
        return { label: named?.dataset.label ?? "", x: b.x + b.width / 2, y: b.y + b.height / 2 };
      });
      await page.touchscreen.tap(x + 10, y + 10);
      const tip = page.locator(".mx-tip:not([hidden])");
      const chooser = page.locator(".tap-chooser");
      // What the tap brings up: this deposit's details, or the list of deposits within reach (whose
      // code may still be on its way, while the last deposit's details still show).
      await tip.filter({ has: page.locator(".mx-tip__label", { hasText: label }) }).or(chooser).first().waitFor();
      if (await chooser.isVisible()) {
        const listed = (await chooser.locator("ul button").allTextContents()).join(" | ");
        expect(listed).toContain(label.split(" ")[0]);
        await page.keyboard.press("Escape");
      } else {
        await expect(tip.locator(".mx-tip__label").textContent()).resolves.toBe(label);
      }
      // Tap away, to start the next one from nothing shown.
      await page.touchscreen.tap(5, 5);
    }
    await context.close();
  });
});
