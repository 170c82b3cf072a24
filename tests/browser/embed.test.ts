// Embeds as a journalist's page meets them. A host article on another origin (localhost vs the
// site's 127.0.0.1) embeds a chart twice over: with our loader's snippet and with Pym.js's own parent
// script from npm. Each iframe must take the embed's content height at phone and desktop widths and
// follow changes; stray or malformed messages change nothing; embeds stay small, private and
// accessible; every registered chart has its downloads, and pages their share cards.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import type { Browser, ElementHandle, Frame, Page } from "playwright-core";
import { axeViolations, launch, watch } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/server.ts";
import { scriptBytes } from "../support/weight.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { escapeXml } from "../../src/charts/svg.ts";
import { responsiveSnippet } from "../../src/lib/embed-snippet.ts";

const require = createRequire(import.meta.url);
const SITE_URL = "https://charts.example.org";
const SITE_BASE = "/news/graphics/";
const SITE_DIST = "dist-embed-site";
const SHOTS = join(ROOT, "test-results/embed");

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const firstChart = getChart(model, CHARTS[0]!.id);

let browser: Browser;
let site: StaticSite;
let host: StaticSite;

beforeAll(async () => {
  browser = await launch(inject("chromiumPath"));
  site = await serveStatic(join(ROOT, "dist"), "/", "127.0.0.1");

  // The snippets exactly as the embed panel hands them out (its script completes the addresses).
  const page = await browser.newPage();
  await page.goto(site.root + firstChart.page.slice(1));
  const panel = page.locator(`[data-chart-id="${firstChart.id}"] details[data-chart-embed]`);
  const responsive = await panel.locator('[data-embed-code="responsive"]').inputValue();
  const pym = await panel.locator('[data-embed-code="pym"]').inputValue();
  await page.close();

  const dir = mkdtempSync(join(tmpdir(), "smt-host-"));
  const article = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>A host article</title><link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.5 serif}p{margin:0 0 1em}</style></head>` +
    `<body><main><h1>A host article</h1><p>Text before the chart.</p>${body}<p>Text after the chart.</p></main></body></html>`;
  writeFileSync(join(dir, "index.html"), article(""));
  writeFileSync(join(dir, "loader.html"), article(`${responsive}<iframe id="stranger" src="stranger.html" title="Someone else's frame" style="border:0;height:30px"></iframe>`));
  // One article per registered chart, with the snippet the panel would give for it.
  for (const { id } of CHARTS) {
    const chart = getChart(model, id);
    const target = { embedUrl: `${site.root}embed/${id}/`, pageUrl: site.root + chart.page.slice(1), loaderUrl: `${site.root}embed.js`, title: chart.title, height: 400 };
    writeFileSync(join(dir, `single-${id}.html`), article(responsiveSnippet(target, { theme: "auto", plain: false })));
  }
  writeFileSync(join(dir, "pym.html"), article(`${pym}<script src="pym.v1.min.js"></script>`));
  writeFileSync(join(dir, "stranger.html"), "<!doctype html><title>stranger</title>");
  copyFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), join(dir, "pym.v1.min.js"));
  host = await serveStatic(dir, "/", "localhost");
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

interface Fit {
  frame: number;
  content: number;
  scrolls: boolean;
}

/** Wait until the iframe's height matches the embed's content (or time out), and report both. */
async function settle(page: Page, iframe: ElementHandle<Node>, previous?: number): Promise<Fit> {
  const frame = (await iframe.contentFrame()) as Frame;
  await frame.waitForLoadState("load");
  let fit: Fit = { frame: 0, content: -1, scrolls: true };
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    fit = {
      frame: await iframe.evaluate((el) => (el as Element).getBoundingClientRect().height),
      // Measured on the content itself, not on what the embed reported.
      ...(await frame.evaluate(() => ({
        content: Math.ceil(document.querySelector("main")!.getBoundingClientRect().bottom + scrollY),
        scrolls: document.documentElement.scrollHeight > innerHeight + 1,
      }))),
    };
    if (Math.abs(fit.frame - fit.content) <= 3 && !fit.scrolls && fit.frame !== previous) break;
  }
  return fit;
}

for (const [kind, file, selector] of [
  ["our loader", "loader.html", "[data-smt-embed] iframe"],
  ["Pym.js's parent script", "pym.html", "[data-pym-src] iframe"],
] as const) {
  describe(`an iframe made by ${kind} on another origin`, () => {
    it("takes the embed's content height at 360 and 1000 px, follows width changes and content changes", async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.root + file);
      const iframe = (await page.waitForSelector(selector))!;
      expect(new URL((await iframe.getAttribute("src"))!).origin).toBe(site.origin);
      const heights: number[] = [];
      for (const width of [360, 1000, 360]) {
        await page.setViewportSize({ width, height: 800 });
        const fit = await settle(page, iframe, heights.at(-1));
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
      const opened = await settle(page, iframe, heights[2]);
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
    const fit = await settle(page, iframe);
    expect(Math.abs(fit.frame - fit.content)).toBeLessThanOrEqual(3);
    const frame = (await iframe.contentFrame())!;
    // Nothing wider than the column: no sideways scrolling inside the embed.
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, "loader-300.png"), fullPage: true });
    await context.close();
  });

  it("ignores messages from other frames and malformed ones, and never navigates the page", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(host.root + "loader.html");
    const iframe = (await page.waitForSelector("[data-smt-embed] iframe"))!;
    await settle(page, iframe);
    const id = new URL((await iframe.getAttribute("src"))!).searchParams.get("childId")!;
    expect(id).toMatch(/^smt-/);
    const height = () => iframe.evaluate((el) => (el as HTMLIFrameElement).style.height);
    const before = await height();
    const post = (messages: unknown[]) => (messages as never[]).forEach((m) => parent.postMessage(m, "*"));
    const good = [`pymxPYMx${id}xPYMxheightxPYMx123`, { sentinel: "amp", type: "embed-size", height: 123 }];

    // Well-formed, but from the host page itself and from someone else's frame.
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, "*")), good);
    await page.frame({ url: /stranger\.html/ })!.evaluate(post, good);
    // From our own embed, but malformed, out of range, for another id, or asking to navigate.
    const embed = (await iframe.contentFrame())!;
    await embed.evaluate(post, [
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
    ]);
    await page.waitForTimeout(500);
    expect(await height()).toBe(before);
    expect(page.url()).toBe(host.root + "loader.html");
    expect(await page.title()).toBe("A host article");

    // The same channel does work for a good message from our frame, so the checks above could fail.
    await embed.evaluate(post, [good[0]]);
    await expect.poll(height).toBe("123px");
    await embed.evaluate(post, [{ sentinel: "amp", type: "embed-size", height: 234 }]);
    await expect.poll(height).toBe("234px");
    await page.close();
  });

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
    await page.waitForURL(site.root + firstChart.page.slice(1));
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
      const credit = page.locator(`a[href="${chart.page}"]`);
      expect(await credit.count()).toBe(1);
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
    });
  }
});

describe("the embed panel on a chart's page", () => {
  it("works by keyboard: theme and plain rewrite the code, the button copies it, the preview follows", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(site.root + firstChart.page.slice(1));
    const panel = page.locator(`[data-chart-id="${firstChart.id}"] details[data-chart-embed]`);
    const code = panel.locator('[data-embed-code="responsive"]');
    await panel.locator("summary").first().focus();
    await page.keyboard.press("Enter");
    await expect(panel.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press("Tab"); // the checked theme radio (auto)
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe("auto");
    await page.keyboard.press("ArrowRight"); // light
    await page.keyboard.press("ArrowRight"); // dark
    await page.keyboard.press("Tab"); // plain
    await page.keyboard.press("Space");
    const snippet = await code.inputValue();
    expect(snippet).toContain(`data-smt-embed="${site.root}embed/${firstChart.id}/?theme=dark&amp;plain=1"`);
    expect(snippet).toContain(`<script async src="${site.root}embed.js"></script>`);
    expect(await panel.locator('[data-embed-code="iframe"]').inputValue()).toContain("?theme=dark&amp;plain=1");
    await page.keyboard.press("Tab"); // the code
    await page.keyboard.press("Tab"); // the copy button
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Copy embed code");
    await page.keyboard.press("Enter");
    await expect.poll(() => panel.locator("[data-embed-status]").textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // The preview is the snippet itself, run by the loader: a dark, plain embed, fitted.
    const iframe = (await panel.locator("[data-embed-preview-frame] iframe").elementHandle())!;
    await expect.poll(() => iframe.getAttribute("src")).toContain("theme=dark&plain=1");
    const fit = await settle(page, iframe);
    expect(Math.abs(fit.frame - fit.content)).toBeLessThanOrEqual(3);
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
    await expect(panel.locator("[data-embed-options]").isVisible()).resolves.toBe(false);
    await expect(panel.getByRole("button", { name: "Copy embed code" }).isVisible()).resolves.toBe(false);
    await expect(panel.getByText("?theme=light").isVisible()).resolves.toBe(true);
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
      for (const text of [chart.title, "Sources: ", "Chart: Sanctions &amp; Minerals Tracker"]) expect(svg).toContain(escapeXml(text).replace("&amp;amp;", "&amp;"));
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
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "SITE", "ASSETS_PREFIX"]);
  return Object.fromEntries(Object.entries(env).filter(([key]) => !own.has(key) && !key.startsWith("VITEST")));
}

describe("share metadata", () => {
  const meta = (html: string) => {
    const { document } = parseHTML(html);
    const get = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? null;
    return { get, canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null, document };
  };

  it("gives every page type a title, description and a 1200 × 630 PNG card that exists", async () => {
    const context = await browser.newContext();
    const event = tables.events[0]!.id;
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

  it("uses absolute addresses everywhere they travel when built with SITE_URL (and a base path)", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...outsideVitest(process.env), SITE_URL, BASE_PATH: SITE_BASE, OUT_DIR: SITE_DIST, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    expect(result.status).toBe(0);
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
    expect(snippet).toContain(`<a href="${root}${firstChart.page.slice(1)}">`);
    expect(snippet).toContain(`src="${root}embed.js"`);

    const embed = meta(read(`embed/${firstChart.id}/index.html`));
    expect(embed.get("og:image")).toBe(`${root}og/charts/${firstChart.id}.png`);
    expect(embed.canonical).toBeNull();
    const notFound = meta(read("404.html"));
    expect([notFound.get("og:url"), notFound.canonical]).toEqual([null, null]);
    expect(read(`charts/${firstChart.id}.svg`)).toContain(`${root}${firstChart.page.slice(1)}`);
  });
});
