// /story/ in Chromium: without JavaScript every step and its figure are in the page, in order; with it
// one sticky graphic follows the reader (scroll, buttons, arrow keys), motion respects reduced motion,
// each step has its address and an embed, axe finds nothing in either theme, and the script is small.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, browserAndSite, watch } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";

const { tables } = loadData(join(ROOT, "data"));
const steps = tables.story_steps;

const web = browserAndSite();

async function open(path = "story/", options: { width?: number; reducedMotion?: "reduce" | "no-preference"; colorScheme?: "light" | "dark" } = {}): Promise<Page> {
  const context = await web.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, reducedMotion: options.reducedMotion ?? "no-preference", colorScheme: options.colorScheme ?? "light" });
  const page = await context.newPage();
  await page.goto(web.site.root + path);
  await page.waitForSelector(`[data-story][data-ready="true"]`, { state: "attached" });
  return page;
}

const active = (page: Page) => page.locator("[data-story]").getAttribute("data-active-step");
/** The figures a reader can see and reach in the sticky graphic: opaque, and not inert. */
const shownFigures = (page: Page) =>
  page.locator("[data-story-graphic] [data-story-figure]").evaluateAll((els) =>
    els.filter((e) => getComputedStyle(e).opacity === "1" && !(e as HTMLElement).inert).map((e) => e.getAttribute("data-story-figure")));

describe("without JavaScript", () => {
  it("reads top to bottom: every step with its text, its events and its own figure", async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(web.site.root + "story/");
    const found = await page.locator("[data-story-step]").evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        events: [...el.querySelectorAll(".story-step__events a")].map((a) => a.getAttribute("href")),
        figure: el.querySelector("[data-story-figure] svg") !== null,
        shown: (el.querySelector("[data-story-figure]") as HTMLElement).offsetHeight > 100,
      })),
    );
    expect(found.map((s) => s.id)).toEqual(steps.map((s) => s.id));
    found.forEach((s, i) => {
      expect(s.figure, s.id).toBe(true);
      expect(s.shown, s.id).toBe(true);
      expect(s.events.length, s.id).toBe(steps[i]!.events.length);
      for (const e of steps[i]!.events) expect(s.events.some((h) => h!.includes(`/events/${e}/`)), `${s.id} links ${e}`).toBe(true);
    });
    await expect(page.locator("[data-story-nav]").isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe("with JavaScript", () => {
  it("shows one figure at a time in the sticky graphic, and the keys and buttons move through the steps", async () => {
    const page = await open();
    const report = watch(page, new URL(web.site.root).origin);
    expect(await active(page)).toBe(steps[0]!.id);
    await expect.poll(() => shownFigures(page)).toEqual([steps[0]!.id]);
    // The others are out of reach: inert, so no focus lands in them and no screen reader reads them.
    // Those not yet moved into the graphic (one per idle moment) are not displayed in their steps.
    const others = () => page.locator("[data-story-figure]").evaluateAll((els) => ({
      inert: els.filter((e) => (e as HTMLElement).inert).length,
      inSteps: els.filter((e) => !e.closest("[data-story-graphic]") && getComputedStyle(e).display !== "none").length,
    }));
    await expect(others()).resolves.toEqual({ inert: steps.length - 1, inSteps: 0 });
    await expect.poll(() => page.locator("[data-story-graphic] [data-story-figure]").count()).toBe(steps.length);
    await expect(others()).resolves.toEqual({ inert: steps.length - 1, inSteps: 0 });
    await expect.poll(() => shownFigures(page)).toEqual([steps[0]!.id]);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((id) => document.querySelector("[data-story]")?.getAttribute("data-active-step") === id, steps[1]!.id);
    expect(new URL(page.url()).hash).toBe(`#${steps[1]!.id}`);
    await expect.poll(() => shownFigures(page)).toEqual([steps[1]!.id]);
    await page.locator("[data-story-next]").click();
    await page.waitForFunction((id) => document.querySelector("[data-story]")?.getAttribute("data-active-step") === id, steps[2]!.id);
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((id) => document.querySelector("[data-story]")?.getAttribute("data-active-step") === id, steps[1]!.id);
    await expect(page.locator("[data-story-count]").innerText()).resolves.toBe(`Step 2 of ${steps.length}`);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it("follows the reader's scroll", async () => {
    const page = await open();
    const target = steps[5]!.id;
    await page.locator(`#${target}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.waitForFunction((id) => document.querySelector("[data-story]")?.getAttribute("data-active-step") === id, target);
    await expect(page.locator(`[data-story-graphic] [data-story-figure="${target}"]`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("opens at the step its address names", async () => {
    const page = await open(`story/#${steps[9]!.id}`);
    expect(await active(page)).toBe(steps[9]!.id);
    await page.close();
  });

  it("fades figures in, unless the reader asked for reduced motion", async () => {
    for (const [motion, expected] of [["no-preference", "opacity"], ["reduce", "none"]] as const) {
      const page = await open("story/", { reducedMotion: motion });
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction((id) => document.querySelector("[data-story]")?.getAttribute("data-active-step") === id, steps[1]!.id);
      // A cross-fade (an opacity transition) only without the reduced-motion request.
      const fade = await page.locator(`[data-story-figure="${steps[1]!.id}"]`).evaluate((el) => {
        const s = getComputedStyle(el);
        return s.transitionDuration === "0s" ? "none" : s.transitionProperty;
      });
      expect(fade, motion).toBe(expected);
      const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      expect(behaviour).not.toBe("smooth");
      await page.close();
    }
  });

  it.each(["light", "dark"] as const)("has no axe violations in the %s theme", async (colorScheme) => {
    const page = await open("story/", { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("the story embed", () => {
  it("shows the step its address names, and the first for an unknown one", async () => {
    for (const [query, expected] of [[`?step=${steps[9]!.id}`, steps[9]!.id], ["?step=step-nope", steps[0]!.id]] as const) {
      const page = await web.browser.newPage();
      await page.goto(web.site.root + `embed/story/${query}`);
      await page.waitForSelector(`[data-story-embed][data-ready="true"]`, { state: "attached" });
      const visible = await page.locator("[data-story-step]").evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id));
      expect(visible).toEqual([expected]);
      await expect(page.locator(`#${expected} [data-story-figure] svg`).first().isVisible()).resolves.toBe(true);
      await expect(page.locator("[data-story-embed-link]").getAttribute("href")).resolves.toContain(`#${expected}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});
