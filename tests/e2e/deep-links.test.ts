// Links that lead into a view. A shared timeline or network address with an event or an actor
// selected shows that selection on screen, wherever it sits on the page; opening an event or an
// actor is a step in the browser's history, so Back closes it before it leaves the page, and
// Forward opens it again. Every registered chart has its own anchor on its page.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { browserAndSite } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const NODE = '[data-chart-id="actor-network"] svg a[data-actor-id]';


const web = browserAndSite();

/** Whether the element's box lies (at least partly, at least `min` px) inside the viewport. */
const onScreen = (locator: Locator, min = 4) =>
  locator.evaluate((el, m) => {
    const box = el.getBoundingClientRect();
    return Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) >= Math.min(m, box.height) && box.right > 0 && box.left < innerWidth;
  }, min);

const VIEWPORTS = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
] as const;

describe("every chart's own anchor", () => {
  for (const { id } of CHARTS) {
    it(`${id}: its page scrolls to it at #${id}`, async () => {
      const chart = getChart(model, id);
      const page = await web.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${web.site.root}${chart.page.slice(1)}#${id}`);
      const frame = page.locator(`#${id}`);
      expect(await frame.getAttribute("data-chart-id")).toBe(id);
      await expect(onScreen(frame.locator(`#${id}-title`))).resolves.toBe(true);
      await page.close();
    });
  }
});

describe("a shared timeline address with an event", () => {
  // The most recent event sits at the right end of the chart and its panel below it.
  const event = model.events[model.events.length - 1]!;
  for (const [name, viewport] of VIEWPORTS) {
    it(`shows the event and its details on screen (${name})`, async () => {
      const page = await web.browser.newPage({ viewport });
      await page.goto(`${web.site.root}timeline/?event=${event.id}`);
      await page.waitForSelector("[data-timeline][data-ready]");
      const panel = page.locator("[data-panel]");
      await expect(panel.locator("[data-panel-title]").textContent()).resolves.toBe(event.headline);
      await expect(onScreen(page.locator(`a.tl-event[data-event-id="${event.id}"] circle`))).resolves.toBe(true);
      await expect(onScreen(panel.locator("[data-panel-title]"))).resolves.toBe(true);
      await page.close();
    });
  }
});

describe("a shared network address with an actor", () => {
  // An actor far from the centre of the drawing, whose node is among the last in the markup.
  const actor = "act-government-of-india";
  for (const [name, viewport] of VIEWPORTS) {
    it(`shows the actor and its details on screen (${name})`, async () => {
      expect(model.actorById.has(actor)).toBe(true);
      const page = await web.browser.newPage({ viewport });
      await page.goto(`${web.site.root}network/?actor=${actor}`);
      await page.waitForSelector(`[data-net-panel][data-loaded="${actor}"]`);
      await expect(onScreen(page.locator(`${NODE}[data-actor-id="${actor}"] path`))).resolves.toBe(true);
      await expect(onScreen(page.locator("[data-net-panel-title]"))).resolves.toBe(true);
      await page.close();
    });
  }
});

async function arrive(page: Page, path: string): Promise<void> {
  // Come from another page of the web.site, so Back has somewhere to leave to.
  await page.goto(`${web.site.root}about/`);
  await page.goto(web.site.root + path);
}

describe("Back closes what the reader opened", () => {
  it("timeline: Back closes the event, Forward opens it again, the next Back leaves the page; closing it steps back too", async () => {
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await arrive(page, "timeline/?from=2025-02-01&to=2025-03-31");
    await page.waitForSelector("[data-timeline][data-ready]");
    const id = "evt-2025-02-28-oval-office-clash";
    const panel = page.locator("[data-panel]");
    const length = await page.evaluate(() => history.length);
    await page.locator(`a.tl-event[data-event-id="${id}"] circle`).click();
    await page.waitForURL((u) => u.searchParams.get("event") === id);
    await expect(panel.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);

    await page.goBack();
    await page.waitForURL((u) => u.pathname.endsWith("/timeline/") && !u.searchParams.has("event"));
    await panel.waitFor({ state: "hidden" });
    // The view the reader had is kept.
    expect(new URL(page.url()).searchParams.get("from")).toBe("2025-02-01");

    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get("event") === id);
    await expect(panel.locator("[data-panel-title]").textContent()).resolves.toBe(model.eventById.get(id)!.headline);
    await panel.waitFor({ state: "visible" });

    // Closing by the button takes the same step back: the next Back leaves the page.
    await panel.locator("[data-panel-close]").click();
    await page.waitForURL((u) => !u.searchParams.has("event"));
    await panel.waitFor({ state: "hidden" });
    await page.goBack();
    await page.waitForURL(`${web.site.root}about/`);
    await page.close();
  });

  it("network: Back closes the actor, Forward opens it again, the next Back leaves the page; closing it steps back too", async () => {
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await arrive(page, "network/");
    await page.waitForSelector('[data-chart-id="actor-network"][data-ready="true"]');
    const id = "act-vladimir-putin";
    const panel = page.locator("[data-net-panel]");
    const length = await page.evaluate(() => history.length);
    await page.locator(`${NODE}[data-actor-id="${id}"]`).click();
    await page.waitForURL((u) => u.searchParams.get("actor") === id);
    await page.waitForSelector(`[data-net-panel][data-loaded="${id}"]`);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);

    await page.goBack();
    await page.waitForURL((u) => u.pathname.endsWith("/network/") && !u.searchParams.has("actor"));
    await panel.waitFor({ state: "hidden" });

    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get("actor") === id);
    await panel.waitFor({ state: "visible" });
    await expect(page.getAttribute(`${NODE}[data-actor-id="${id}"]`, "aria-expanded")).resolves.toBe("true");

    await page.locator("[data-net-close]").click();
    await page.waitForURL((u) => !u.searchParams.has("actor"));
    await panel.waitFor({ state: "hidden" });
    await page.goBack();
    await page.waitForURL(`${web.site.root}about/`);
    await page.close();
  });
});
