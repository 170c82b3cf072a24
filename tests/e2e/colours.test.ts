// One colour per meaning, as a reader sees it: a track's swatch in the event list is the colour of
// that track's marks on the timeline, and Russia and Ukraine are each one colour on the network and
// on the mineral charts, in the light and the dark theme alike. The colours come from one palette
// the build turns into CSS; these checks read what Chromium actually paints.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserAndSite } from "../support/browser.ts";

const web = browserAndSite();

async function open(path: string, colorScheme: "light" | "dark"): Promise<Page> {
  const context = await web.browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(web.site.root + path);
  return page;
}

/** The painted fill of the first element matching the selector (CSS or presentation attribute). */
const fillOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fill);

describe.each(["light", "dark"] as const)("in the %s theme", (scheme) => {
  it("gives each track's swatch in the event list the colour of its marks on the timeline, and no two tracks one colour", async () => {
    const page = await open("timeline/", scheme);
    const tracks = await page.locator(".tl-event[data-track]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-track")!))]);
    expect(tracks.length).toBeGreaterThanOrEqual(5);
    const swatches: string[] = [];
    for (const track of tracks) {
      const swatch = await page.locator(`.track-swatch.track-${track}`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const mark = await fillOf(page, `.tl-event[data-track="${track}"] circle.tl-mark:not(.tl-imprecise)`);
      expect(swatch, track).toBe(mark);
      swatches.push(swatch);
    }
    expect(new Set(swatches).size).toBe(tracks.length);
    await page.context().close();
  });

  it("paints Russia in one colour and Ukraine in another on the network and on the mineral charts", async () => {
    const network = await open("network/", scheme);
    const russiaNode = await fillOf(network, `.n.g-ru path`);
    const ukraineNode = await fillOf(network, `.n.g-ua path`);
    await network.context().close();
    const minerals = await open("minerals/", scheme);
    const russiaBar = await fillOf(minerals, `[data-chart-id] [fill="var(--mx-ru)"]`);
    const ukraineBar = await fillOf(minerals, `[data-chart-id] [fill="var(--mx-ua)"]`);
    await minerals.context().close();
    expect(russiaBar).toBe(russiaNode);
    expect(ukraineBar).toBe(ukraineNode);
    expect(russiaNode).not.toBe(ukraineNode);
  });
});

describe("a theme chosen by the embed code", () => {
  /** What a reader sees of the theme on a mineral chart's embed: page, text, link, a bar. */
  async function painted(colorScheme: "light" | "dark", query: string): Promise<string[]> {
    const context = await web.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${web.site.root}embed/minerals-side-by-side/${query}`);
    const body = await page.locator("body").evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    const link = await page.locator("a[href]").first().evaluate((el) => getComputedStyle(el).color);
    const bar = await fillOf(page, `[fill="var(--mx-other)"]`);
    await context.close();
    return [...body, link, bar];
  }

  it("paints ?theme=dark as the reader's own dark setting does, and ?theme=light as their light one", async () => {
    const light = await painted("light", "");
    const dark = await painted("dark", "");
    expect(dark[0]).not.toBe(light[0]);
    expect(await painted("light", "?theme=dark")).toEqual(dark);
    expect(await painted("dark", "?theme=light")).toEqual(light);
  });
});
