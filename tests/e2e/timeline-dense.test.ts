// The timeline at scale, in Chromium: past its threshold it draws counts per month (bars linking to
// each month's page); zoomed in far enough, it fetches the months in view and draws their events one
// by one in place of the bars, and zooming out brings the bars back. Built from today's data with
// the threshold lowered (TIMELINE_MAX_MARKS in the "paged" scenario, tests/support/builds.ts), so
// no ten-times build is needed.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, browserAndSite } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";
import { knownBy } from "../../src/data/dates.ts";
import { readList } from "../../src/client/url-state.ts";

const { tables } = loadData(join(ROOT, "data"));
/** Events that began in these months ("YYYY-MM"), in the table's (time) order. */
const eventsOf = (...months: string[]) => tables.events.filter((e) => months.includes(e.date.slice(0, 7))).map((e) => e.id);

const web = browserAndSite({ scenario: "paged" });

/** The timeline page with JavaScript, recording every request it makes. */
async function open(query = "", width = 1280): Promise<{ page: Page; requests: string[] }> {
  const page = await web.browser.newPage({ viewport: { width, height: 1000 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${web.site.root}timeline/${query}`);
  await page.waitForSelector("[data-timeline][data-ready]");
  return { page, requests };
}

const drawnEvents = (page: Page) => page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")!));
const barsShown = (page: Page) => page.locator("svg.timeline-svg g.tl-bins").evaluate((g) => getComputedStyle(g).display !== "none");
const monthFiles = (requests: string[]) => requests.filter((u) => u.endsWith(".json")).map((u) => new URL(u).pathname).sort();

describe("a dense timeline", () => {
  it("draws bars per month at full view and fetches no month", async () => {
    const { page, requests } = await open();
    await expect(page.locator("svg.timeline-svg a.tl-bin").count()).resolves.toBeGreaterThan(20);
    expect(await drawnEvents(page)).toEqual([]);
    expect(await barsShown(page)).toBe(true);
    expect(monthFiles(requests)).toEqual([]);
    // The bars' code, which a timeline without bars never fetches (timeline.test.ts).
    expect(requests.filter((u) => /\/timeline-dense\.[^/]*\.js$/.test(u))).toHaveLength(1);
    await page.close();
  });

  it("zoomed into two months, fetches those months and their neighbours from its own site and draws their events", async () => {
    // April and May 2025 hold 12 events, under the limit a third of the lowered threshold (13) sets.
    const { page, requests } = await open("?from=2025-04-01&to=2025-05-31");
    await page.waitForSelector("svg.timeline-svg a.tl-event");
    const drawn = await drawnEvents(page);
    // The window's months, and the quarter of its width either side (the end of March, the start of June).
    expect(drawn.sort()).toEqual(eventsOf("2025-03", "2025-04", "2025-05", "2025-06").sort());
    expect(await barsShown(page)).toBe(false);
    expect(monthFiles(requests)).toEqual(["/timeline/2025-03.json", "/timeline/2025-04.json", "/timeline/2025-05.json", "/timeline/2025-06.json"]);
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(web.site.root).origin);
    // Each mark is where its date is: an April event lies inside the window, a March one left of it.
    const x = (id: string) => page.locator(`a.tl-event[data-event-id="${id}"] circle`).evaluate((c) => c.getBoundingClientRect().x);
    const frame = await page.locator("svg.timeline-svg").boundingBox();
    const april = eventsOf("2025-04")[0]!;
    const march = eventsOf("2025-03")[0]!;
    expect(await x(april)).toBeGreaterThan(frame!.x);
    expect(await x(april)).toBeLessThan(frame!.x + frame!.width);
    expect(await x(march)).toBeLessThan(frame!.x);
    await page.close();
  });

  it("opens a drawn event's details in the panel, its text as text", async () => {
    const { page } = await open("?from=2025-04-01&to=2025-05-31");
    const id = eventsOf("2025-05")[0]!;
    const event = tables.events.find((e) => e.id === id)!;
    await page.locator(`a.tl-event[data-event-id="${id}"] circle`).click();
    const panel = page.locator("[data-panel]");
    await panel.waitFor({ state: "visible" });
    await expect(panel.locator("[data-panel-title]").textContent()).resolves.toBe(event.headline);
    await expect(panel.locator("[data-panel-link]").getAttribute("href")).resolves.toMatch(new RegExp(`/events/${id}/$`));
    expect(new URL(page.url()).searchParams.get("event")).toBe(id);
    await page.close();
  });

  it("moves between drawn events with the arrow keys", async () => {
    const { page } = await open("?from=2025-04-01&to=2025-05-31");
    await page.waitForSelector("svg.timeline-svg a.tl-event[tabindex='0']");
    await page.locator("svg.timeline-svg a.tl-event[tabindex='0']").focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"));
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"));
    const order = tables.events.map((e) => e.id);
    expect(order.indexOf(second!)).toBeGreaterThan(order.indexOf(first!));
    await page.close();
  });

  it("zoomed back out, shows the bars again", async () => {
    const { page } = await open("?from=2025-04-01&to=2025-05-31");
    await page.waitForSelector("svg.timeline-svg a.tl-event");
    await page.locator("[data-zoom-all]").click();
    await page.waitForFunction(() => document.querySelectorAll("svg.timeline-svg a.tl-event").length === 0);
    expect(await barsShown(page)).toBe(true);
    await page.close();
  });

  it("labels the drawn events where they fit, and no two labels overlap", async () => {
    const { page } = await open("?from=2025-04-01&to=2025-05-31");
    await page.waitForSelector("svg.timeline-svg a.tl-event text.tl-label:not([display])");
    const boxes = await page.locator("svg.timeline-svg a.tl-event text.tl-label:not([display])").evaluateAll((els) =>
      els.map((e) => ({ id: e.parentElement!.getAttribute("data-event-id")!, text: e.textContent!, ...e.getBoundingClientRect().toJSON() as DOMRect })),
    );
    expect(boxes.length).toBeGreaterThan(3);
    for (const b of boxes) {
      const headline = tables.events.find((e) => e.id === b.id)!.headline;
      // The label is the headline, shortened with an ellipsis where it is long.
      expect(headline.startsWith(b.text.replace(/…$/, ""))).toBe(true);
      for (const o of boxes) {
        if (o === b) continue;
        const overlap = b.left < o.right - 0.5 && o.left < b.right - 0.5 && b.top < o.bottom - 0.5 && o.top < b.bottom - 0.5;
        expect(overlap, `${b.id} overlaps ${o.id}`).toBe(false);
      }
    }
    await page.close();
  });

  it("with ?date=, dims the months after the day, then the drawn events after it, and counts what had happened", async () => {
    const day = "2025-04-15";
    const { page } = await open(`?date=${day}`);
    const dimmed = (selector: string) => page.locator(selector).evaluateAll((els) => els.length > 0 && els.every((el) => el.classList.contains("is-after-date")));
    expect(await dimmed('a.tl-bin[data-month="2025-05"]')).toBe(true);
    expect(await page.locator('a.tl-bin[data-month="2025-03"].is-after-date').count()).toBe(0);
    const known = tables.events.filter((e) => knownBy(e.date, day)).length;
    await page.waitForFunction((n) => document.querySelector("[data-as-of-count]")?.textContent?.startsWith(`As of 15 April 2025: ${n} of`), known);
    await expect(page.locator("[data-as-of-count]").textContent()).resolves.toBe(`As of 15 April 2025: ${known} of ${tables.events.length} events had happened. Later ones are dimmed.`);

    await page.goto(`${web.site.root}timeline/?date=${day}&from=2025-04-01&to=2025-05-31`);
    await page.waitForSelector("svg.timeline-svg a.tl-event");
    const marks = await page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute("data-event-id")!, after: e.classList.contains("is-after-date"), name: e.getAttribute("aria-label") ?? "" })),
    );
    for (const m of marks) {
      const later = !knownBy(tables.events.find((e) => e.id === m.id)!.date, day);
      expect(m.after, m.id).toBe(later);
      expect(m.name.endsWith("(after 15 April 2025)"), m.id).toBe(later);
    }
    expect(marks.some((m) => m.after) && marks.some((m) => !m.after)).toBe(true);
    await page.close();
  });

  it("opened by ?event= for a month not yet drawn, zooms to that month, draws it and opens the event", async () => {
    const id = eventsOf("2023-06")[0]!;
    const event = tables.events.find((e) => e.id === id)!;
    const { page, requests } = await open(`?event=${id}`);
    const panel = page.locator("[data-panel]");
    await panel.waitFor({ state: "visible" });
    await expect(panel.locator("[data-panel-title]").textContent()).resolves.toBe(event.headline);
    expect(await page.locator(`a.tl-event[data-event-id="${id}"]`).evaluate((a) => a.classList.contains("tl-selected"))).toBe(true);
    expect(monthFiles(requests)).toContain("/timeline/2023-06.json");
    // The event's page told the month and then gave the panel its details: fetched once for both.
    await panel.locator("[data-event-details]").waitFor();
    expect(requests.filter((u) => new URL(u).pathname === `/events/${id}/`)).toHaveLength(1);
    // The window is that month, in the address too, so the link can be shared as it stands.
    await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
    const url = new URL(page.url());
    expect(url.searchParams.get("event")).toBe(id);
    expect(url.searchParams.get("from")!.slice(0, 7)).toBe("2023-06");
    await page.close();
  });

  it("says in the panel when an event opened by ?event= came after ?date=", async () => {
    const id = eventsOf("2023-06")[0]!;
    const { page } = await open(`?event=${id}&date=2023-01-10`);
    const note = page.locator("[data-panel-as-of]");
    await note.waitFor({ state: "visible" });
    await expect(note.textContent()).resolves.toBe("This happened after 10 January 2023, the date the record is shown as of.");
    await page.close();
  });

  it("filters by track: the other tracks' bars and drawn events go, the count says so, the address keeps it", async () => {
    const { page } = await open();
    const sanctions = tables.events.filter((e) => e.track === "sanctions").length;
    await page.locator('[data-filters] input[name="track"][value="sanctions"]').click();
    const bars = (track: string) =>
      page.locator(`svg.timeline-svg a.tl-bin[data-track="${track}"]`).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    await expect(bars("sanctions")).resolves.toBe(0);
    await expect(bars("relief-diplomacy")).resolves.toBeGreaterThan(0);
    await expect(page.locator("p[data-count]").textContent()).resolves.toBe(`Showing ${tables.events.length - sanctions} of ${tables.events.length} events`);
    const kept = readList(new URL(page.url()).searchParams, "track");
    expect(kept.sort()).toEqual([...new Set(tables.events.map((e) => e.track))].filter((t) => t !== "sanctions").sort());
    await page.close();

    // A shared link with one track, zoomed in: only that track's events are drawn.
    const zoomed = await open("?from=2025-04-01&to=2025-05-31&track=relief-diplomacy");
    await zoomed.page.waitForSelector("svg.timeline-svg a.tl-event", { state: "attached" });
    const shown = await zoomed.page.locator("svg.timeline-svg a.tl-event").evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute("data-event-id")!));
    const relief = tables.events.filter((e) => e.track === "relief-diplomacy" && ["2025-03", "2025-04", "2025-05", "2025-06"].includes(e.date.slice(0, 7))).map((e) => e.id);
    expect(relief.length).toBeGreaterThan(0);
    expect(shown.sort()).toEqual(relief.sort());
    await zoomed.page.close();
  });

  it("hands words to the site's search, limited to events, since bars cannot be searched", async () => {
    // Words in a shared address (?text=, the plain timeline's filter) wait in that field instead.
    const { page } = await open("?text=cap");
    const field = page.locator('[data-filters] input[name="q"]');
    await expect(field.inputValue()).resolves.toBe("cap");
    expect(new URL(page.url()).searchParams.has("text")).toBe(false);
    await field.fill("price cap");
    await field.press("Enter");
    await page.waitForURL(/\/search\//);
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get("q"), url.searchParams.get("type")]).toEqual(["/search/", "price cap", "Event"]);
    await expect(page.locator('input[name="type"][value="Event"]').isChecked()).resolves.toBe(true);
    await page.close();
  });

  it("in an embed, the keyboard reaches the bars: arrows in time order, + zooms until events take the focus, 0 brings the bars back, Enter opens a month", async () => {
    const page = await web.browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${web.site.root}embed/timeline/`);
    await page.locator("svg.timeline-svg a.tl-bin[tabindex='0']").waitFor({ state: "attached" });
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement!;
        // The focus ring's layer, shown, with the bar's name (month, track, count).
        const layer = [...document.querySelectorAll(".mark-focus")].find((g) => g.getAttribute("display") !== "none");
        const label = [...(layer?.querySelectorAll(".mark-focus__text tspan") ?? [])].map((t) => t.textContent).join(" ");
        return { kind: a.getAttribute("class"), month: a.getAttribute("data-month"), label, name: a.querySelector("title")?.textContent ?? "" };
      });
    for (let i = 0; i < 20 && (await focused()).kind !== "tl-bin"; i++) await page.keyboard.press("Tab");
    // The ring's code comes with the first key press: wait for it to draw.
    await page.waitForFunction(() => [...document.querySelectorAll(".mark-focus")].some((g) => g.getAttribute("display") !== "none"));
    const first = await focused();
    expect(first.kind).toBe("tl-bin");
    expect(first.name).toMatch(/^\w+ \d{4}, .+: \d+ events?$/);
    expect(first.label).toBe(first.name);
    await page.keyboard.press("ArrowRight");
    const second = await focused();
    expect(second.kind).toBe("tl-bin");
    expect(second.month! >= first.month!).toBe(true);
    await page.keyboard.press("End");
    expect((await focused()).month).toBe(tables.events.map((e) => (e.date.length === 4 ? `${e.date}-01` : e.date.slice(0, 7))).sort().at(-1));
    // Each + halves the window about the focused bar; once few enough events are in it, they are
    // drawn and the nearest takes the focus.
    for (let i = 0; i < 12 && (await focused()).kind === "tl-bin"; i++) {
      await page.keyboard.press("+");
    }
    await page.waitForFunction(() => document.activeElement?.matches("a.tl-event"));
    await page.keyboard.press("0");
    await page.waitForFunction(() => document.activeElement?.matches("a.tl-bin"));
    const month = (await focused()).month!;
    await Promise.all([page.waitForURL(new RegExp(`/timeline/${month}/$`)), page.keyboard.press("Enter")]);
    await page.close();
  });

  it("after a zoom button, the chart's Tab stop is a bar inside the window", async () => {
    const { page } = await open();
    const stop = () => page.locator("svg.timeline-svg a.tl-bin[tabindex='0']").getAttribute("data-month");
    await expect(stop()).resolves.toBe(tables.events.map((e) => (e.date.length === 4 ? `${e.date}-01` : e.date.slice(0, 7))).sort()[0]);
    // The last era's button: the window starts on its first day.
    const era = page.locator("[data-zoom-from]").last();
    const from = (await era.getAttribute("data-zoom-from"))!;
    await era.click();
    expect((await stop())! >= from.slice(0, 7)).toBe(true);
    await page.close();
  });

  it("on a phone, a tap among crowded bars lists those within reach, and choosing one opens its month", async () => {
    const context = await web.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${web.site.root}timeline/`);
    await page.locator("svg.timeline-svg a.tl-bin[tabindex='0']").waitFor({ state: "attached" });
    await page.locator("svg.timeline-svg").scrollIntoViewIfNeeded();
    // A bar with others within 12 px of its centre (a 24-px target), and which those are.
    const crowd = await page.locator("svg.timeline-svg a.tl-bin").evaluateAll((bars) => {
      const boxes = bars.map((b) => ({ name: b.querySelector("title")!.textContent!, month: b.getAttribute("data-month")!, box: b.querySelector("rect")!.getBoundingClientRect() }));
      for (const { name, month, box } of boxes) {
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const near = boxes.filter((o) => Math.abs(o.box.left + o.box.width / 2 - x) <= Math.max(12, o.box.width / 2) && Math.abs(o.box.top + o.box.height / 2 - y) <= Math.max(12, o.box.height / 2));
        if (near.length >= 2) return { name, month, x, y, near: near.map((o) => o.name) };
      }
      return null;
    });
    expect(crowd).not.toBeNull();
    await page.touchscreen.tap(crowd!.x, crowd!.y);
    const chooser = page.locator(".tap-chooser");
    await chooser.waitFor();
    await expect(chooser.locator("ul button").allTextContents()).resolves.toEqual(expect.arrayContaining(crowd!.near));
    await expect(chooser.locator("ul button").count()).resolves.toBe(crowd!.near.length);
    const button = chooser.getByRole("button", { name: crowd!.name, exact: true });
    const box = (await button.boundingBox())!;
    await Promise.all([page.waitForURL(new RegExp(`/timeline/${crowd!.month}/$`)), page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)]);
    await context.close();
  });

  for (const path of ["timeline/", "embed/timeline/"]) {
    it(`passes axe with its filters and bars live, in both themes: ${path}`, async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await web.browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme });
        await page.goto(`${web.site.root}${path}`);
        await page.locator("svg.timeline-svg a.tl-bin[tabindex='0']").waitFor({ state: "attached" });
        expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
        await page.close();
      }
    });
  }

  it("without JavaScript, each bar links to its month's page, which lists that month's events", async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${web.site.root}timeline/`);
    const href = await page.locator('svg.timeline-svg a.tl-bin[data-month="2025-04"]').first().getAttribute("href");
    expect(href).toBe("/timeline/2025-04/");
    await page.goto(new URL(href!, web.site.root).href);
    const listed = await page.locator("li[data-event-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
    expect(listed.sort()).toEqual(eventsOf("2025-04").sort());
    await context.close();
  });
});
