// What readers see of the data's history, in Chromium: /changes/ and the data version, the pages left
// at renamed and removed addresses, old ?event= links, "Corrected on" notes, the feed's <updated>,
// "Report an error", and a 404 that does not blame the reader. The real data (dist/) has the v2
// removals; the hostile fixture (dist-hostile/) adds a renamed event and correction notes written in
// markup, which must stay text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, browserAndSite } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/server.ts";
import { ROOT } from "../support/data-copy.ts";
import { built } from "../support/builds.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { formatPartialDate } from "../../src/data/dates.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const removedEvent = tables.redirects.find((r) => r.table === "events" && !r.replacement)!;
const removedActor = tables.redirects.find((r) => r.table === "actors" && !r.replacement)!;

let hostile: StaticSite;
const web = browserAndSite();
beforeAll(async () => {
  hostile = await serveStatic(join(ROOT, built("hostile").dist));
});
afterAll(async () => {
  await hostile?.close();
});

async function open(url: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await web.browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe("the log of changes", () => {
  it("shows the data version, each version newest first, and what each changed", async () => {
    const page = await open(web.site.root + "changes/");
    await expect(page.locator("h1").textContent()).resolves.toBe("Changes to the data");
    const versions = await page.locator("[data-version]").evaluateAll((els) => els.map((e) => e.getAttribute("data-version")));
    expect(versions).toEqual(model.history.versions.map((v) => v.version));
    expect(versions[0]).toBe(model.version);
    await expect(page.locator(".lede").textContent()).resolves.toContain(`version ${model.version}`);
    // Every removal of a version is listed under it, each removed event and actor linking to its old
    // address (the version that removed them, which later versions leave in place).
    const removing = model.history.versions.find((v) => v.redirects.some((r) => r.id === removedEvent.id))!;
    const v2 = page.locator(`[id="v${removing.version}"]`);
    await expect(v2.locator("[data-redirect]").count()).resolves.toBe(removing.redirects.length);
    await expect(v2.locator(`[data-redirect="${removedEvent.id}"] a`).first().getAttribute("href")).resolves.toBe(`/events/${removedEvent.id}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("is linked from every page's footer with the version, and the data page names downloads by it", async () => {
    const page = await open(web.site.root);
    const link = page.locator(".site-footer a", { hasText: `version ${model.version}` });
    await expect(link.getAttribute("href")).resolves.toBe(`/changes/#v${model.version}`);
    await page.goto(web.site.root + "data/");
    await expect(page.locator('a[href="/data/events.csv"]').getAttribute("download")).resolves.toBe(`events-${model.version}.csv`);
    await page.goto(web.site.root + "timeline/");
    await expect(page.locator('[data-chart-id="timeline"] a[href="/charts/timeline.csv"]').first().getAttribute("download")).resolves.toBe(`timeline-data-${model.version}.csv`);
    await page.context().close();
  });
});

describe("old addresses", () => {
  it("a removed event's address says what was removed, when and why, without JavaScript", async () => {
    const page = await open(`${web.site.root}events/${removedEvent.id}/`, { javaScript: false });
    await expect(page.locator("h1").textContent()).resolves.toBe(removedEvent.label);
    const text = await page.locator("main").textContent();
    expect(text).toContain(`on ${formatPartialDate(removedEvent.date)}`);
    expect(text).toContain(removedEvent.reason);
    await expect(page.locator('meta[name="robots"]').getAttribute("content")).resolves.toBe("noindex");
    await page.context().close();
  });

  it("a removed actor's address too, with no accessibility violation", async () => {
    const page = await open(`${web.site.root}actors/${removedActor.id}/`);
    await expect(page.locator("[data-removed-id]").getAttribute("data-removed-id")).resolves.toBe(removedActor.id);
    await expect(page.locator("main").textContent()).resolves.toContain(removedActor.reason);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("a renamed event's address forwards the browser to the new page, and says where without it", async () => {
    const page = await open(`${hostile.root}events/evt-2025-02-11-trump-putin-call/`);
    await page.waitForURL(`${hostile.root}events/evt-2025-02-12-trump-putin-call/`);
    await expect(page.locator("article").getAttribute("data-event-id")).resolves.toBe("evt-2025-02-12-trump-putin-call");
    await page.context().close();
    const still = await open(`${hostile.root}events/evt-2025-02-11-trump-putin-call/`, { javaScript: false });
    // Without following the refresh: read the page as served.
    const response = await still.request.get(`${hostile.root}events/evt-2025-02-11-trump-putin-call/`);
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/events/evt-2025-02-12-trump-putin-call/">');
    expect(html).toContain('Old headline &lt;script&gt;alert(&quot;xss-old-label&quot;)&lt;/script&gt;');
    await still.context().close();
  });

  it("?event= with a renamed id opens the event under its new id; with a removed one, says so", async () => {
    const page = await open(`${hostile.root}timeline/?event=evt-2025-02-11-trump-putin-call`);
    await page.locator("[data-timeline][data-ready=true]").waitFor();
    expect(new URL(page.url()).searchParams.get("event")).toBe("evt-2025-02-12-trump-putin-call");
    await expect(page.locator("[data-old-event-notice]").isHidden()).resolves.toBe(true);
    await page.goto(`${hostile.root}timeline/?event=evt-2025-02-20-removed-example`);
    await page.locator("[data-timeline][data-ready=true]").waitFor();
    const notice = page.locator("[data-old-event-notice]");
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.locator("a").getAttribute("href")).resolves.toBe("/events/evt-2025-02-20-removed-example/");
    expect(new URL(page.url()).searchParams.has("event")).toBe(false);
    await page.context().close();
  });

  it("an address that never held a page gets a 404 that does not say the reader mistyped it", async () => {
    const page = await web.browser.newPage();
    const response = await page.goto(`${web.site.root}events/evt-1999-01-01-never-existed/`);
    expect(response?.status()).toBe(404);
    const text = await page.locator("main").textContent();
    expect(text).not.toMatch(/mistyp/i);
    expect(text).toContain("keeps its address");
    await page.close();
  });
});

describe("corrections readers can see", () => {
  it("a corrected row's page says Corrected on, with the date and what changed, as text", async () => {
    const page = await open(`${hostile.root}events/evt-2025-02-12-trump-putin-call/`);
    const note = page.locator(".correction-notes");
    await expect(note.textContent()).resolves.toContain('Corrected on 30 November 2026: Corrected the date <img src=x onerror=alert("xss-correction")>');
    await expect(note.locator("a").getAttribute("href")).resolves.toBe("/changes/#v2.0.0");
    expect(await page.locator("img[onerror]").count()).toBe(0);
    await page.context().close();
  });

  it("a corrected figure is noted on the page that lists it", async () => {
    const page = await open(`${hostile.root}minerals/`);
    await expect(page.locator(".correction-notes").textContent()).resolves.toContain("Corrected on 30 November 2026: A figure's value corrected <em>per its source</em>");
    expect(await page.locator(".correction-notes em").count()).toBe(0);
    await page.context().close();
  });

  it("the feed marks a corrected or newly added event updated on the day of the change, not the day it happened", async () => {
    const page = await web.browser.newPage();
    const feed = await (await page.request.get(`${hostile.root}feed.xml`)).text();
    const entry = (title: string) => feed.split("<entry>").find((e) => e.includes(title))!;
    expect(entry("Trump and Putin speak")).toContain("<published>2025-02-12T00:00:00Z</published>");
    expect(entry("Trump and Putin speak")).toContain("<updated>2026-11-30T00:00:00Z</updated>");
    expect(entry("Rubio and Lavrov hold a phone call")).toContain("<updated>2026-11-30T00:00:00Z</updated>");
    expect(entry("Trump wants $500bn")).toContain("<updated>2025-02-09T00:00:00Z</updated>");
    await page.close();
  });
});

describe("Report an error", () => {
  it("is on every event, actor and chart, naming the row; without REPO_URL or an address it leads to how to report", async () => {
    const event = model.events.at(-1)!;
    const actor = tables.actors[0]!;
    const page = await open(`${web.site.root}events/${event.id}/`);
    await expect(page.locator(`a[data-report-error="${event.id}"]`).getAttribute("href")).resolves.toBe("/about/#corrections");
    await expect(page.locator(`a[data-report-error="${event.id}"]`).textContent()).resolves.toBe(`Report an error in “${event.headline}”`);
    await page.goto(`${web.site.root}actors/${actor.id}/`);
    await expect(page.locator(`a[data-report-error="${actor.id}"]`).count()).resolves.toBe(1);
    await page.goto(`${web.site.root}minerals/`);
    const charts = await page.locator("[data-chart-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-id")));
    for (const id of charts) await expect(page.locator(`[data-chart-id="${id}"] a[data-report-error="${id}"]`).count(), id!).resolves.toBe(1);
    await page.goto(`${web.site.root}about/#corrections`);
    await expect(page.locator("#corrections").isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
