// The timeline in Chromium, as a reader uses it: filter by track, select an event by mouse and by
// keyboard, follow a shared URL, and, without JavaScript, find every event in the static chart.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, browserAndSite } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

const web = browserAndSite();

async function open(path = "timeline/", width = 1280): Promise<Page> {
  const page = await web.browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto(web.site.root + path);
  await page.waitForSelector("[data-timeline][data-ready]");
  return page;
}

const shownMarks = (page: Page) =>
  page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.getAttribute("data-event-id")));

describe("without JavaScript", () => {
  it("the static SVG holds one mark per event and the list one item per event", async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(web.site.root + "timeline/");
    // Two drawings, the wide one and the one a phone shows (issue 21), each with every event,
    // linked to its page (the phone's carries only the link: nothing there reads more).
    const drawings = await page.locator("svg.timeline-svg").evaluateAll((svgs) =>
      svgs.map((svg) => [...svg.querySelectorAll("a.tl-event")].map((e) => /\/events\/([^/]+)\/$/.exec(e.getAttribute("href") ?? "")?.[1])),
    );
    expect(drawings).toHaveLength(2);
    for (const ids of drawings) expect(ids).toEqual(model.events.map((e) => e.id));
    const items = await page.locator('li[id^="item-"]').evaluateAll((els) => els.map((e) => e.id.slice("item-".length)));
    expect(items).toEqual(model.events.map((e) => e.id));
    // Controls that need JavaScript stay out of the way.
    expect(await page.locator("[data-filters]").isVisible()).toBe(false);
    await context.close();
  });
});

describe("start-up", () => {
  it("where scripts run, paints from the start the drawing the timeline keeps: the chart does not change height when it comes alive", async () => {
    for (const width of [390, 1280]) {
      // Before the timeline's script has run: the script that starts it (Timeline.<hash>.js,
      // src/build/page-bundles.ts) is held back, everything else loads.
      const before = await web.browser.newPage({ viewport: { width, height: 1000 } });
      await before.route(/\/_astro\/Timeline\.[^/]*\.js$/, (route) => route.abort());
      await before.goto(web.site.root + "timeline/");
      const drawn = (page: Page) =>
        page.locator("svg.timeline-svg").evaluateAll((svgs) => svgs.filter((svg) => svg.getBoundingClientRect().height > 0).map((svg) => ({ height: Math.round(svg.getBoundingClientRect().height), base: Number((svg as SVGSVGElement).dataset.baseWidth) })));
      const shown = await drawn(before);
      expect(await before.locator("[data-timeline]").getAttribute("data-ready"), "held back").toBeNull();
      await before.close();
      const after = await open("timeline/", width);
      const live = await drawn(after);
      await after.close();
      // One drawing on screen, the wide one (the one the script redraws), at the height it keeps.
      expect(shown, `${width} px`).toHaveLength(1);
      expect(shown, `${width} px`).toEqual(live);
    }
  });

  it("does not fetch the code for month bars, which today's timeline does not draw", async () => {
    // The dense timeline's code (timeline-dense.ts) comes only with month bars: the paged build's
    // test (timeline-dense.test.ts) sees the same file fetched where there are bars.
    const page = await web.browser.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname)));
    await page.goto(web.site.root + "timeline/");
    await page.waitForSelector("[data-timeline][data-ready]");
    await expect(page.locator("svg.timeline-svg a.tl-bin").count()).resolves.toBe(0);
    // The script that starts the timeline was fetched (its island is in the page's shared file).
    expect(scripts.some((p) => /\/_astro\/Timeline\.[^/]*\.js$/.test(p))).toBe(true);
    expect(scripts.filter((p) => /timeline-dense/.test(p))).toEqual([]);
    await page.close();
  });
});

describe("filtering", () => {
  it("by track shows exactly that track's events, updates the count and the URL", async () => {
    const page = await open();
    for (const track of ["sanctions", "relief-diplomacy", "war", "energy"]) {
      await page.locator(`input[name="track"][value="${track}"]`).uncheck();
    }
    const expected = model.events.filter((e) => e.track === "minerals-deal").map((e) => e.id);
    expect(await shownMarks(page)).toEqual(expected);
    const listed = await page.locator('li[id^="item-"]:not([hidden])').evaluateAll((els) => els.map((e) => e.id.slice("item-".length)));
    expect(listed).toEqual(expected);
    await expect(page.locator("[data-count]").textContent()).resolves.toBe(`Showing ${expected.length} of ${model.events.length} events`);
    expect(new URL(page.url()).searchParams.get("track")).toBe("minerals-deal");
    await page.close();
  });

  it("by actor and by headline text", async () => {
    const page = await open();
    await page.selectOption('[data-controls] select[name="actor"]', "act-scott-bessent");
    const bessent = (model.eventsOfActor.get("act-scott-bessent") ?? []).map((x) => x.event.id);
    expect((await shownMarks(page)).sort()).toEqual([...bessent].sort());
    await page.selectOption('[data-controls] select[name="actor"]', "");
    await page.fill('[data-controls] input[name="text"]', "price cap");
    const capped = model.events.filter((e) => e.headline.toLowerCase().includes("price cap")).map((e) => e.id);
    expect(capped.length).toBeGreaterThan(0);
    expect(await shownMarks(page)).toEqual(capped);
    // Headlines only: a year is in every mark's date, and in few headlines.
    await page.fill('[data-controls] input[name="text"]', "2014");
    expect(await shownMarks(page)).toEqual(model.events.filter((e) => e.headline.includes("2014")).map((e) => e.id));
    await page.close();
  });
});

describe("selecting an event", () => {
  it("by mouse opens the detail panel with its date, headline, actors and sources", async () => {
    const page = await open("timeline/?from=2025-02-01&to=2025-03-31");
    const id = "evt-2025-02-28-oval-office-clash";
    const event = model.eventById.get(id)!;
    await page.locator(`a.tl-event[data-event-id="${id}"] circle`).click();
    const panel = page.locator("[data-panel]");
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator("[data-panel-title]").textContent()).resolves.toBe(event.headline);
    await expect(panel.locator("[data-panel-date]").textContent()).resolves.toBe("28 February 2025");
    await panel.locator(".event-details__sources").waitFor();
    const actorLinks = await panel.locator('li[data-actor-id] a[href*="/actors/"]').count();
    expect(actorLinks).toBe((model.actorsOfEvent.get(id) ?? []).length);
    const sourceLinks = await panel.locator(".event-details__sources a[rel]").count();
    expect(sourceLinks).toBe(event.sources.length);
    expect(new URL(page.url()).searchParams.get("event")).toBe(id);
    await page.close();
  });

  it("shows a month-precision date as a month", async () => {
    const month = model.events.find((e) => e.date.length === 7)!;
    const page = await open(`timeline/?event=${month.id}`);
    const text = await page.locator("[data-panel-date]").textContent();
    expect(text).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    await page.close();
  });

  it("by keyboard: Tab into the chart, arrows move in time order, Enter opens, Escape closes", async () => {
    const page = await open();
    await page.locator("[data-zoom-all]").focus();
    // From the zoom buttons, Tab reaches the chart's single tab stop.
    let id: string | null = null;
    for (let i = 0; i < 12 && !id; i++) {
      await page.keyboard.press("Tab");
      id = await page.evaluate(() => document.activeElement?.closest("a.tl-event")?.getAttribute("data-event-id") ?? null);
    }
    expect(id).toBe(model.events[0]!.id);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const third = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"));
    expect(third).toBe(model.events[2]!.id);
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe(model.events[1]!.id);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe(model.events[model.events.length - 1]!.id);
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-panel-title]").textContent()).resolves.toBe(model.events[model.events.length - 1]!.headline);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tl-panel-title");
    await page.keyboard.press("Escape");
    expect(await page.locator("[data-panel]").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe(model.events[model.events.length - 1]!.id);
    // Focus is visible: the focused mark gets the focus colour.
    const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector("circle")!).strokeWidth);
    expect(stroke).toBe("3px");
    await page.close();
  });
});

describe("a shared URL", () => {
  it("reproduces the range, the filters and the selected event", async () => {
    const id = "evt-2025-03-03-reuters-sanctions-relief-list";
    const page = await open(`timeline/?from=2025-02-01&to=2025-03-31&track=relief-diplomacy,sanctions&text=sanction&event=${id}`);
    expect(await page.locator('input[name="track"][value="sanctions"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="track"][value="war"]').isChecked()).toBe(false);
    expect(await page.inputValue('[data-controls] input[name="text"]')).toBe("sanction");
    const expected = model.events.filter((e) => ["relief-diplomacy", "sanctions"].includes(e.track) && e.headline.toLowerCase().includes("sanction")).map((e) => e.id);
    expect(await shownMarks(page)).toEqual(expected);
    await expect(page.locator("[data-panel-title]").textContent()).resolves.toBe(model.eventById.get(id)!.headline);
    // The window: February and March 2025 fill the chart; 2014 lies off to the left.
    const width = await page.locator("svg.timeline-svg").evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
    const cx = (eventId: string) => page.locator(`a.tl-event[data-event-id="${eventId}"] circle`).evaluate((c) => Number(c.getAttribute("cx")));
    const inside = await cx(id);
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(width);
    expect(await cx(model.events[0]!.id)).toBeLessThan(0);
    const ticks = await page.locator("g.tl-axis text").allTextContents();
    expect(ticks.some((t) => /Feb|Mar/.test(t))).toBe(true);
    await page.close();
  });
});

describe("an event's bar", () => {
  it("zoomed in to weeks, covers its day: a one-day event's bar, which the page leaves unplaced, is placed and sized with the chart", async () => {
    const page = await open("timeline/?from=2025-02-10&to=2025-03-05");
    const oneDay = model.events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && !e.end && e.date >= "2025-02-11" && e.date <= "2025-03-04").map((e) => e.id);
    expect(oneDay.length).toBeGreaterThan(5);
    const bars = await page.locator("svg.timeline-svg a.tl-event").evaluateAll((els, ids) => {
      const svg = els[0]!.closest("svg")!;
      const days = 24; // 10 February to 5 March 2025
      const dayPx = svg.getBoundingClientRect().width / days;
      return els
        .filter((a) => ids.includes(a.getAttribute("data-event-id")!))
        .map((a) => {
          const bar = a.querySelector("rect.tl-span")!.getBoundingClientRect();
          const dot = a.querySelector("circle.tl-mark")!.getBoundingClientRect();
          return { id: a.getAttribute("data-event-id"), width: bar.width / dayPx, dotInside: dot.x + dot.width / 2 >= bar.left && dot.x + dot.width / 2 <= bar.right };
        });
    }, oneDay);
    expect(bars).toHaveLength(oneDay.length);
    // About a day wide (the chart's padding makes a day a little narrower than width / days), with its dot on it.
    for (const b of bars) {
      expect(b.width, b.id!).toBeGreaterThan(0.8);
      expect(b.width, b.id!).toBeLessThan(1.05);
      expect(b.dotInside, b.id!).toBe(true);
    }
    await page.close();
  });
});

describe("labels", () => {
  it("never overlap on screen at any zoom, from all years to single weeks", async () => {
    const page = await open();
    for (let step = 0; step < 10; step++) {
      const boxes = await page.locator("svg.timeline-svg text.tl-label").evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).display !== "none" && getComputedStyle(e.parentElement!).display !== "none")
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { id: e.parentElement!.getAttribute("data-event-id"), x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
          }),
      );
      for (const a of boxes) {
        for (const b of boxes) {
          if (a === b) continue;
          const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
          expect(overlap, `${a.id} overlaps ${b.id} at zoom step ${step}`).toBe(false);
        }
      }
      await page.locator("[data-zoom-in]").click();
      // Keep the dense weeks of February and March 2025 in view.
      await page.evaluate(() => {
        const mark = document.querySelector<SVGElement>('a.tl-event[data-event-id="evt-2025-02-28-oval-office-clash"]');
        mark?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      });
    }
    await page.close();
  });

  it("zoom buttons narrow the window down to days, and All years restores it", async () => {
    const page = await open();
    for (let i = 0; i < 12; i++) await page.locator("[data-zoom-in]").click();
    const ticks = await page.locator("g.tl-axis text").allTextContents();
    expect(ticks.some((t) => /^\d{1,2} [A-Z][a-z]{2}/.test(t))).toBe(true);
    await page.locator("[data-zoom-all]").click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("from"));
    const years = await page.locator("g.tl-axis text").allTextContents();
    expect(years).toContain("2014");
    await page.close();
  });
});

describe("accessibility", () => {
  it("names each event's mark for a screen reader as the list gives it: date, track, then headline", async () => {
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const names = nodes.filter((n) => n.role?.value === "link").map((n) => n.name?.value ?? "");
    // The list's item: its year, track and headline (the chart says a range more briefly: "23–25 March 2025").
    const listed = await page.locator('li[id^="item-"]').evaluateAll((items) =>
      items.map((li) => ({ year: li.querySelector("time")!.getAttribute("datetime")!.slice(0, 4), rest: ` · ${li.querySelector(".tag")!.textContent}: ${li.querySelector(".tl-list__headline")!.textContent}` })),
    );
    expect(listed).toHaveLength(model.events.length);
    const unnamed = listed.filter(({ year, rest }) => !names.some((name) => name.endsWith(rest) && name.slice(0, -rest.length).includes(year)));
    expect(unnamed).toEqual([]);
    await page.close();
  });

  it("has no axe-core violations with the panel open, in light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await web.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(web.site.root + "timeline/?event=evt-2025-02-12-trump-putin-call");
      await page.waitForSelector("[data-panel] .event-details__sources");
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
