// Embeds as a journalist's page meets them. A host article on another origin (localhost vs the
// site's 127.0.0.1) embeds a chart twice over: with our loader's snippet and with Pym.js's own parent
// script from npm. Each iframe must take the embed's content height at phone and desktop widths and
// follow changes; stray or malformed messages, messages from other origins and from a frame that has
// left the embed change nothing; a frame that never reports gives its fallback link back; embeds
// stay small, private and accessible; every registered chart has its downloads, and pages their
// share cards and oEmbed discovery. No test sleeps: each waits for what it expects to see.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import type { Browser, ElementHandle, Frame } from "playwright-core";
import { axeViolations, watch } from "../support/browser.ts";
import type { StaticSite } from "../support/server.ts";
import { scriptBytes } from "../support/weight.ts";
import { ROOT } from "../support/data-copy.ts";
import { SITE_BASE, SITE_URL, built } from "../support/builds.ts";
import { article, siteModel, targetOn, withSiteAndHost } from "../support/host.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { escapeMarkup } from "../../src/site/markup.ts";
import { DEFAULT_SETTINGS, responsiveSnippet } from "../../src/embed/embed-snippet.ts";
import { embedHeights } from "../../src/embed/embed-size.ts";

const SHOTS = join(ROOT, "test-results/embed");

const model = siteModel();
const firstChart = getChart(model, CHARTS[0]!.id);

let browser: Browser;
let site: StaticSite;
let host: StaticSite;

withSiteAndHost(async (site, browser) => {
  // The snippets exactly as the embed panel hands them out: opened, its script completes the
  // addresses and shows the options.
  const page = await browser.newPage();
  await page.goto(site.root + firstChart.page.slice(1));
  const panel = page.locator(`[data-chart-id="${firstChart.id}"] details[data-chart-embed]`);
  await panel.locator("summary").first().click();
  await panel.locator("[data-embed-options]").waitFor();
  const responsive = await panel.locator('[data-embed-code="responsive"]').inputValue();
  const pym = await panel.locator('[data-embed-code="pym"]').inputValue();
  await page.close();

  const pages: Record<string, string> = {
    "loader.html": article(`${responsive}<iframe id="stranger" src="stranger.html" title="Someone else's frame" style="border:0;height:30px"></iframe>`),
    "pym.html": article(`${pym}<script src="pym.v1.min.js"></script>`),
    "stranger.html": "<!doctype html><title>stranger</title>",
    // A newsroom CSP that allows our loader but not our frames.
    "csp-blocked.html": article(responsive, { csp: `script-src ${site.origin}; frame-src 'self'` }),
    // An address that is not an embed (a typo, a removed chart): the frame loads but never reports.
    "not-an-embed.html": article(responsive.replace(`embed/${firstChart.id}/`, "embed/no-such-chart/")),
  };
  // One article per registered chart, with the snippet the panel would give for it.
  for (const { id } of CHARTS) pages[`single-${id}.html`] = article(responsiveSnippet(targetOn(site, getChart(model, id), model), DEFAULT_SETTINGS));
  mkdirSync(SHOTS, { recursive: true });
  return pages;
}, (b, s, h) => {
  browser = b;
  site = s;
  host = h;
});

interface Fit {
  frame: number;
  content: number;
  scrolls: boolean;
}

/**
 * Wait until the host has sized the iframe to the embed's content (or time out), and report both.
 * The content's height is read once its fonts are in; then the host page waits for the iframe to
 * be resized to it (no polling: a ResizeObserver on the iframe, with a deadline).
 */
async function settle(iframe: ElementHandle<Node>, previous?: number): Promise<Fit> {
  const frame = (await iframe.contentFrame()) as Frame;
  await frame.waitForLoadState("load");
  // Measured on the content itself, not on what the embed reported.
  const content = () => frame.evaluate(() => Math.ceil(document.querySelector("main")!.getBoundingClientRect().bottom + scrollY));
  await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  const wanted = await content();
  await iframe.evaluate(
    (el, [want, before]) =>
      new Promise<void>((resolve) => {
        const fits = () => {
          const h = (el as Element).getBoundingClientRect().height;
          return Math.abs(h - want) <= 3 && h !== before;
        };
        // The host resizes the iframe when the embed's size message arrives (our loader by its
        // style, Pym.js by its own means): a resize is the event to wait for. After 10 s, report.
        const observer = new ResizeObserver(() => fits() && done());
        const deadline = setTimeout(() => done(), 10_000);
        const done = () => {
          observer.disconnect();
          clearTimeout(deadline);
          resolve();
        };
        if (fits()) return done();
        observer.observe(el as Element);
      }),
    [wanted, previous ?? -1] as const,
  );
  return {
    frame: await iframe.evaluate((el) => (el as Element).getBoundingClientRect().height),
    content: await content(),
    scrolls: await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1),
  };
}

for (const [kind, file, selector] of [
  ["our loader", "loader.html", "[data-smt-embed] iframe"],
  ["Pym.js's parent script", "pym.html", "[data-pym-src] iframe"],
] as const) {
  describe(`an iframe made by ${kind} on another origin`, () => {
    it("takes the embed's content height at 360 and 1280 px, follows width changes and content changes", async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.root + file);
      const iframe = (await page.waitForSelector(selector))!;
      expect(new URL((await iframe.getAttribute("src"))!).origin).toBe(site.origin);
      const heights: number[] = [];
      for (const width of [360, 1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        const fit = await settle(iframe, heights.at(-1));
        expect(Math.abs(fit.frame - fit.content), `${width}px: ${JSON.stringify(fit)}`).toBeLessThanOrEqual(3);
        expect(fit.scrolls).toBe(false);
        heights.push(fit.frame);
        await page.screenshot({ path: join(SHOTS, `${file.replace(".html", "")}-${width}.png`), fullPage: true });
      }
      // The layout changes with the column (the chart scales; a phone gets the narrow drawing and
      // more wrapped lines), so the height must move with it, and come back at 360.
      expect(Math.abs(heights[1]! - heights[0]!)).toBeGreaterThan(20);
      expect(Math.abs(heights[2]! - heights[0]!)).toBeLessThanOrEqual(3);

      const frame = (await iframe.contentFrame())!;
      await frame.getByText("Show the data as a table").click();
      const opened = await settle(iframe, heights[2]);
      expect(opened.frame).toBeGreaterThan(heights[2]! + 100);
      expect(Math.abs(opened.frame - opened.content)).toBeLessThanOrEqual(3);
      await context.close();
    });
  });
}

describe("the loader", () => {
  it("fits at 300 px, the narrowest column we support", async () => {
    const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.root + "loader.html");
    const iframe = (await page.waitForSelector("[data-smt-embed] iframe"))!;
    const fit = await settle(iframe);
    expect(Math.abs(fit.frame - fit.content)).toBeLessThanOrEqual(3);
    const frame = (await iframe.contentFrame())!;
    // Nothing wider than the column: no sideways scrolling inside the embed.
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, "loader-300.png"), fullPage: true });
    await context.close();
  });

  it("ignores messages from other frames, other origins and malformed ones, and never navigates the page", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(host.root + "loader.html");
    const iframe = (await page.waitForSelector("[data-smt-embed] iframe"))!;
    await settle(iframe);
    const id = new URL((await iframe.getAttribute("src"))!).searchParams.get("childId")!;
    expect(id).toMatch(/^smt-/);
    // Every height the loader ever sets, and a count of the messages it has handled (our listener
    // runs after the loader's, so when it has seen a message, so has the loader).
    await page.evaluate(() => {
      const w = window as unknown as { heights: string[]; seen: number };
      w.heights = [];
      w.seen = 0;
      const el = document.querySelector("[data-smt-embed] iframe") as HTMLIFrameElement;
      new MutationObserver(() => w.heights.push(el.style.height)).observe(el, { attributes: true, attributeFilter: ["style"] });
      addEventListener("message", () => w.seen++);
    });
    const handled = (n: number) => page.waitForFunction((count) => (window as unknown as { seen: number }).seen >= count, n);
    const heights = () => page.evaluate(() => (window as unknown as { heights: string[] }).heights);
    const post = (messages: unknown[]) => (messages as never[]).forEach((m) => parent.postMessage(m, "*"));
    const good = [`pymxPYMx${id}xPYMxheightxPYMx123`, { sentinel: "amp", type: "embed-size", height: 123 }];

    // Well-formed, but from the host page itself and from someone else's frame.
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, "*")), good);
    await page.frame({ url: /stranger\.html/ })!.evaluate(post, good);
    // From our own embed, but malformed, out of range, for another id, or asking to navigate.
    const embed = (await iframe.contentFrame())!;
    const bad = [
      `pymxPYMx${id}xPYMxheightxPYMx-40`,
      `pymxPYMx${id}xPYMxheightxPYMx12.5px`,
      `pymxPYMx${id}xPYMxheightxPYMx99999999`,
      `pymxPYMx${id}xPYMxheightxPYMx0`,
      `pymxPYMxsmt-999-zzzzzzxPYMxheightxPYMx300`,
      `pymxPYMx${id}xPYMxnavigateToxPYMx${host.root}stranger.html`,
      `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:document.title='owned'`,
      { sentinel: "amp", type: "embed-size", height: 1e9 },
      { sentinel: "amp", type: "embed-size", height: "400px" },
      { sentinel: "amp", type: "embed-size", height: null },
      { sentinel: "evil", type: "embed-size", height: 200 },
      null,
      42,
    ];
    await embed.evaluate(post, bad);
    await handled(good.length * 2 + bad.length);
    expect(await heights()).toEqual([]);
    expect(page.url()).toBe(host.root + "loader.html");
    expect(await page.title()).toBe("A host article");

    // The same channel does work for a good message from our frame, so the checks above could fail.
    await embed.evaluate(post, [good[0]]);
    await expect.poll(heights).toEqual(["123px"]);
    await embed.evaluate(post, [{ sentinel: "amp", type: "embed-size", height: 234 }]);
    await expect.poll(heights).toEqual(["123px", "234px"]);

    // Once the frame has left the embed, nothing it sends counts: not from another site (which a
    // link or a redirect could bring into the frame), and not from another page of ours.
    for (const [where, url] of [["another origin", `${host.root}stranger.html`], ["another page of the site", `${site.root}sources/`]] as const) {
      const seen = await page.evaluate(() => (window as unknown as { seen: number }).seen);
      const framed = await iframe.contentFrame();
      // The frame leaves after the call has answered: leaving within it could destroy the frame's
      // context before the answer came back, and the call then failed (seen once in a local run).
      await Promise.all([page.waitForEvent("framenavigated", (f) => f.url() === url), framed!.evaluate((to) => void setTimeout(() => location.assign(to)), url)]);
      const moved = (await iframe.contentFrame())!;
      await moved.waitForLoadState("load");
      await moved.evaluate(post, good);
      await handled(seen + good.length);
      expect(await heights(), where).toEqual(["123px", "234px"]);
    }
    await page.close();
  });

  for (const [what, file] of [
    ["a CSP blocks the frame", "csp-blocked.html"],
    ["the address is not an embed", "not-an-embed.html"],
  ] as const) {
    it(`never leaves an empty box: when ${what}, the fallback link comes back with a note`, async () => {
      const page = await browser.newPage({ viewport: { width: 640, height: 800 } });
      await page.goto(host.root + file);
      const placeholder = page.locator("[data-smt-embed]");
      // Until then the box holds the chart's place; then the link is back, with a word on why.
      await expect(placeholder.getAttribute("data-smt-state")).resolves.toBe("loading");
      await page.waitForSelector('[data-smt-embed][data-smt-state="fallback"]', { timeout: 20_000 });
      const note = placeholder.locator("[data-smt-fallback]");
      await expect(note.textContent()).resolves.toMatch(/^The chart could not be shown here: /);
      const link = note.getByRole("link", { name: firstChart.title });
      expect(await link.getAttribute("href")).toBe(`${site.root}${firstChart.page.slice(1)}#${firstChart.id}`);
      expect(await link.isVisible()).toBe(true);
      expect(await page.locator("[data-smt-embed] iframe").evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
      await page.screenshot({ path: join(SHOTS, `fallback-${file.replace(".html", "")}.png`) });
      await page.close();
    });
  }

  it("lets the reader download the data and follow the credit out of the sandboxed frame", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(host.root + "loader.html");
    const iframe = (await page.waitForSelector("[data-smt-embed] iframe"))!;
    expect(await iframe.getAttribute("sandbox")).not.toContain("allow-top-navigation ");
    const frame = (await iframe.contentFrame())!;
    await frame.waitForLoadState("load");
    const [download] = await Promise.all([page.waitForEvent("download"), frame.getByRole("link", { name: "Get the data (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe(`${firstChart.id}.csv`);
    await frame.getByRole("link", { name: "See the full view" }).click();
    await page.waitForURL(`${site.root}${firstChart.page.slice(1)}#${firstChart.id}`);
    await page.close();
  });

  it(`is at most 3 KB gzipped`, async () => {
    const body = await (await fetch(site.root + "embed.js")).arrayBuffer();
    expect(gzipSync(Buffer.from(body)).length).toBeLessThanOrEqual(3 * 1024);
  });
});

describe("every embed page", () => {
  for (const { id } of CHARTS) {
    it(`${id}: ships at most 25 KB of JavaScript, requests nothing from other origins, sets no cookie`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const report = watch(page, site.origin);
      const weight = await scriptBytes(page, site.root + `embed/${id}/?theme=dark&plain=1`);
      expect(weight.gzip).toBeGreaterThan(0);
      expect(weight.gzip).toBeLessThanOrEqual(25 * 1024);
      // Framed in the host article as well: the embed's own requests stay on the site's origin.
      const article = await context.newPage();
      const framed: string[] = [];
      article.on("request", (r) => r.frame() !== article.mainFrame() && framed.push(r.url()));
      await article.goto(host.root + `single-${id}.html`, { waitUntil: "networkidle" });
      const frame = article.frames().find((f) => f.url().startsWith(site.root + "embed/"))!;
      expect(await frame.evaluate(() => document.cookie)).toBe("");
      expect(framed.length).toBeGreaterThan(0);
      expect(framed.filter((url) => !url.startsWith(site.origin + "/"))).toEqual([]);
      expect(report.foreignRequests).toEqual([]);
      expect(report.consoleErrors).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });

    it(`${id}: shows title, source line and a credit link to its page that opens in the top window, without JavaScript`, async () => {
      const chart = getChart(model, id);
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(site.root + `embed/${id}/`);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(chart.title);
      expect(await page.locator(`[data-chart-id="${id}"] svg`).count()).toBeGreaterThan(0);
      await expect(page.locator(".chart-frame__meta").first().textContent()).resolves.toMatch(/^\s*Sources: /);
      const credit = page.locator(`a[href="${chart.page}#${id}"]`);
      expect(await credit.count()).toBe(1);
      expect(await credit.textContent()).toBe("See the full view");
      // <base target="_top"> sends every link, the credit included, out of the iframe.
      expect(await page.locator("base").getAttribute("target")).toBe("_top");
      await context.close();
    });
  }

  it("applies ?theme and ?plain=1, and follows the reader's setting by default", async () => {
    const id = firstChart.id;
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    const look = () =>
      page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        titleShown: document.querySelector("h1")!.getBoundingClientRect().width > 1,
      }));
    await page.goto(site.root + `embed/${id}/`);
    const auto = await look();
    await page.goto(site.root + `embed/${id}/?theme=light`);
    const light = await look();
    await page.goto(site.root + `embed/${id}/?theme=dark&plain=1`);
    const darkPlain = await look();
    expect(auto).toEqual({ bg: darkPlain.bg, titleShown: true });
    expect(light.bg).toBe("rgb(255, 255, 255)");
    expect(darkPlain.bg).not.toBe(light.bg);
    expect(darkPlain.titleShown).toBe(false);
    // Hidden from sight only: the embed keeps its title for screen readers.
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(firstChart.title);
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe-core violation (${scheme}, and forced themes, plain)`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const { id } of CHARTS) {
        for (const query of ["", `?theme=${scheme === "light" ? "dark" : "light"}`, "?plain=1"]) {
          await page.goto(site.root + `embed/${id}/${query}`);
          const violations = await axeViolations(page);
          if (violations.length > 0) found[id + query] = violations;
        }
      }
      await context.close();
      expect(found).toEqual({});
      // Three axe runs per registered chart: more than two minutes on a busy two-core machine.
    }, 600_000);
  }
});

describe("the embed panel on a chart's page", () => {
  it("works by keyboard: the options rewrite the code, the button copies it, the preview follows", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(site.root + firstChart.page.slice(1));
    const panel = page.locator(`[data-chart-id="${firstChart.id}"] details[data-chart-embed]`);
    const code = panel.locator('[data-embed-code="responsive"]');
    await panel.locator("summary").first().focus();
    await page.keyboard.press("Enter");
    await expect(panel.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    // The options appear once the panel's script has set them up (fetched when focus reached the panel).
    await panel.locator("[data-embed-options]").waitFor();
    await page.keyboard.press("Tab"); // the link to the gallery
    await page.keyboard.press("Tab"); // the checked theme radio (auto)
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe("auto");
    await page.keyboard.press("ArrowRight"); // light
    await page.keyboard.press("ArrowRight"); // dark
    await page.keyboard.press("Tab"); // plain
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab"); // transparent
    await page.keyboard.press("Tab"); // links in a new tab
    const snippet = await code.inputValue();
    const heights = embedHeights(firstChart, model);
    expect(snippet).toContain(`data-smt-embed="${site.root}embed/${firstChart.id}/?theme=dark&amp;plain=1"`);
    // Without the title the chart is shorter, and the code reserves that height.
    expect(snippet).toContain(`data-smt-height="${heights.fixed.plain[640]}" data-smt-heights="${heights.samples.plain}"`);
    expect(snippet).toContain(`<a href="${site.root}${firstChart.page.slice(1)}#${firstChart.id}">`);
    expect(snippet).toContain(`<script src="${site.root}embed.js"></script>`);
    const iframeCode = panel.locator('[data-embed-code="iframe"]');
    expect(await iframeCode.inputValue()).toContain("?theme=dark&amp;plain=1");
    expect(await iframeCode.inputValue()).toContain(`height="${heights.fixed.plain[640]}"`);
    await page.keyboard.press("Tab"); // the code
    await page.keyboard.press("Tab"); // the copy button
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Copy embed code");
    await page.keyboard.press("Enter");
    await expect.poll(() => panel.locator("[data-embed-status]").first().textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // The preview is the snippet itself, run by the loader: a dark, plain embed, fitted.
    const iframe = (await panel.locator("[data-embed-preview-frame] iframe").elementHandle())!;
    await expect.poll(() => iframe.getAttribute("src")).toContain("theme=dark&plain=1");
    const fit = await settle(iframe);
    expect(Math.abs(fit.frame - fit.content)).toBeLessThanOrEqual(3);
    // The fixed-height code, for a column of the width chosen.
    await panel.getByText("Other ways to embed").click();
    await panel.getByLabel("320 px wide").check();
    expect(await iframeCode.inputValue()).toContain(`height="${heights.fixed.plain[320]}"`);
    await panel.getByLabel("1100 px wide").check();
    expect(await iframeCode.inputValue()).toContain(`height="${heights.fixed.plain[1100]}"`);
    await expect(panel.locator('[data-embed-size="1100"]').textContent()).resolves.toBe(`${heights.fixed.plain[1100]} px`);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await context.close();
  });

  it("without JavaScript still offers the code as selectable text", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.root + firstChart.page.slice(1));
    const panel = page.locator(`[data-chart-id="${firstChart.id}"] details[data-chart-embed]`);
    await panel.locator("summary").first().click();
    const code = panel.locator('[data-embed-code="responsive"]');
    await expect(code.isVisible()).resolves.toBe(true);
    expect(await code.inputValue()).toContain(`data-smt-embed="/embed/${firstChart.id}/"`);
    expect(await code.inputValue()).toContain(`data-smt-heights="${embedHeights(firstChart, model).samples.normal}"`);
    await expect(panel.locator("[data-embed-options]").isVisible()).resolves.toBe(false);
    await expect(panel.getByRole("button", { name: "Copy embed code" }).isVisible()).resolves.toBe(false);
    for (const option of ["theme=light", "plain=1", "transparent=1", "target=blank"]) await expect(panel.getByText(option, { exact: true }).isVisible(), option).resolves.toBe(true);
    await context.close();
  });
});

describe("downloads of every registered chart", () => {
  for (const { id } of CHARTS) {
    it(`${id}: SVG and 2x PNG with title, sources and credit; CSV of exactly its rows; linked from its frame`, async () => {
      const chart = getChart(model, id);
      const page = await browser.newPage();
      await page.goto(site.root + chart.page.slice(1));
      const frame = page.locator(`[data-chart-id="${id}"]`).first();
      for (const ext of ["svg", "png", "csv"]) expect(await frame.locator(`a[download][href="/charts/${id}.${ext}"]`).count(), ext).toBe(1);

      const csv = await (await page.request.get(site.root + `charts/${id}.csv`)).text();
      const records = parseCsv(csv).records.map((r) => r.cells.map((c) => c.value));
      expect(records[0]).toEqual(chart.columns.map((c) => c.key));
      expect(records.slice(1)).toEqual(chart.rows.map((row) => chart.columns.map((c) => (row[c.key] == null ? "" : String(row[c.key])))));

      const svgResponse = await page.request.get(site.root + `charts/${id}.svg`);
      expect(svgResponse.headers()["content-type"]).toBe("image/svg+xml");
      const svg = await svgResponse.text();
      for (const text of [chart.title, "Sources: ", "Chart: Sanctions &amp; Minerals Tracker"]) expect(svg).toContain(escapeMarkup(text).replace("&amp;amp;", "&amp;"));
      const width = Number(/^<svg [^>]*width="(\d+)"/.exec(svg)![1]);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return doc.querySelector("parsererror") === null && doc.documentElement.tagName === "svg";
      }, svg);
      expect(parsed).toBe(true);

      // The PNG, drawn in the browser: twice the SVG's size, with ink where the title is.
      const png = await page.evaluate(async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = Object.assign(document.createElement("canvas"), { width: img.naturalWidth, height: img.naturalHeight });
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const band = ctx.getImageData(0, 56, canvas.width, 36).data;
        let dark = 0;
        for (let i = 0; i < band.length; i += 4) if (band[i]! + band[i + 1]! + band[i + 2]! < 384) dark++;
        return { width: img.naturalWidth, ink: dark / (band.length / 4) };
      }, site.root + `charts/${id}.png`);
      expect(png.width).toBe(width * 2);
      expect(png.ink).toBeGreaterThan(0.02);
      await page.close();
    });
  }
});

/** The environment without what Vitest sets for its own Vite (BASE_URL=/ would override our base). */
describe("share metadata", () => {
  // Built in a hook (which may take minutes on a busy machine), not inside a test's two minutes.
  beforeAll(() => {
    built("site");
    built("base-path");
  });
  const meta = (html: string) => {
    const { document } = parseHTML(html);
    const get = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? null;
    return { get, canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null, document };
  };

  it("gives every page type a title, description and a 1200 × 630 PNG card that exists", async () => {
    const context = await browser.newContext();
    const event = model.tables.events[0]!.id;
    for (const path of ["", "timeline/", `events/${event}/`, "sources/", `embed/${firstChart.id}/`]) {
      const html = await (await context.request.get(site.root + path)).text();
      const { get } = meta(html);
      expect(get("og:title"), path).toBeTruthy();
      expect(get("og:description"), path).toBeTruthy();
      expect(get("twitter:card"), path).toBe("summary_large_image");
      expect(get("twitter:image"), path).toBe(get("og:image"));
      const image = await context.request.get(new URL(get("og:image")!, site.root).href);
      expect(image.status(), path).toBe(200);
      const bytes = await image.body();
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
    const embed = meta(await (await context.request.get(site.root + `embed/${firstChart.id}/`)).text());
    expect(embed.get("og:image")).toBe(`/og/charts/${firstChart.id}.png`);
    await context.close();
  });

  it("uses absolute addresses everywhere they travel when built with SITE_URL (and a base path), and offers oEmbed", () => {
    const { dist: SITE_DIST, log } = built("site");
    expect(log).toContain(`oEmbed: ${CHARTS.length} files in oembed/, with discovery tags on chart pages and embeds`);
    const root = SITE_URL + SITE_BASE;
    const read = (path: string) => readFileSync(join(ROOT, SITE_DIST, path), "utf8");

    const timeline = meta(read("timeline/index.html"));
    expect(timeline.get("og:url")).toBe(`${root}timeline/`);
    expect(timeline.canonical).toBe(`${root}timeline/`);
    expect(timeline.get("og:image")).toBe(`${root}og/site.png`);
    // The embed snippet on the page the first chart belongs to.
    const home = meta(read(`${firstChart.page.slice(1)}index.html`));
    // linkedom leaves a textarea's text as written in the HTML, entities and all.
    const snippet = home.document.querySelector(`[data-chart-id="${firstChart.id}"] [data-embed-code="responsive"]`)!.innerHTML.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    expect(snippet).toContain(`data-smt-embed="${root}embed/${firstChart.id}/"`);
    expect(snippet).toContain(`<a href="${root}${firstChart.page.slice(1)}#${firstChart.id}">`);
    expect(snippet).toContain(`src="${root}embed.js"`);

    const embed = meta(read(`embed/${firstChart.id}/index.html`));
    expect(embed.get("og:image")).toBe(`${root}og/charts/${firstChart.id}.png`);
    expect(embed.canonical).toBeNull();
    const notFound = meta(read("404.html"));
    expect([notFound.get("og:url"), notFound.canonical]).toEqual([null, null]);
    expect(read(`charts/${firstChart.id}.svg`)).toContain(`${root}${firstChart.page.slice(1)}#${firstChart.id} `);

    // oEmbed: a JSON file per chart, found from the chart's page (one tag per chart there, the
    // page's charts in order) and from its embed page.
    const discovered = (document: Document) =>
      [...document.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((l) => [l.getAttribute("href"), l.getAttribute("title")]);
    for (const { id } of CHARTS) {
      const chart = getChart(model, id);
      const json = JSON.parse(read(`oembed/${id}.json`));
      expect(json).toMatchObject({ version: "1.0", type: "rich", title: chart.title, width: 640, height: embedHeights(chart, model).fixed.normal[640] });
      expect(json.thumbnail_url).toBe(`${root}og/charts/${id}.png`);
      expect(json.html).toContain(`data-smt-embed="${root}embed/${id}/"`);
      const tag = [`${root}oembed/${id}.json`, chart.title];
      expect(discovered(meta(read(`embed/${id}/index.html`)).document), id).toEqual([tag]);
      expect(discovered(meta(read(`${chart.page.slice(1)}index.html`)).document), id).toContainEqual(tag);
    }
    expect(discovered(meta(read("sources/index.html")).document)).toEqual([]);
  });

  it("without SITE_URL says so in the build log and leaves oEmbed out", () => {
    // The base-path scenario is built without SITE_URL.
    const { dist: out, log } = built("base-path");
    expect(log).toContain("SITE_URL is not set: no oEmbed files and no oEmbed discovery tags (oEmbed needs absolute addresses)");
    expect(existsSync(join(ROOT, out, "oembed"))).toBe(false);
    for (const path of [`embed/${firstChart.id}/index.html`, `${firstChart.page.slice(1)}index.html`]) {
      expect(readFileSync(join(ROOT, out, path), "utf8"), path).not.toContain("json+oembed");
    }
  });
});
