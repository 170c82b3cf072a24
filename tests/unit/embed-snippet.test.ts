import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/data-copy.ts";
import { EMBED_SANDBOX, embedSrc, iframeSnippet, pymSnippet, responsiveSnippet, type EmbedTarget } from "../../src/embed/embed-snippet.ts";

const target: EmbedTarget = {
  embedUrl: "https://charts.example.org/embed/events-by-year/",
  pageUrl: "https://charts.example.org/timeline/#events-by-year",
  loaderUrl: "https://charts.example.org/embed.js",
  title: `Tom & Jerry's "chart" <b>`,
  heights: {
    fixed: { normal: { 320: 612, 640: 474, 1100: 707 }, plain: { 320: 508, 640: 420, 1100: 650 } },
    samples: { normal: "300:640 640:474 1100:707", plain: "300:530 640:420 1100:650" },
  },
};
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("embed address", () => {
  it("keeps the defaults out of the URL and adds only what was chosen", () => {
    expect(embedSrc(target.embedUrl, { theme: "auto", plain: false })).toBe(target.embedUrl);
    expect(embedSrc(target.embedUrl, { theme: "dark", plain: false })).toBe(`${target.embedUrl}?theme=dark`);
    expect(embedSrc(target.embedUrl, { theme: "light", plain: true })).toBe(`${target.embedUrl}?theme=light&plain=1`);
    expect(embedSrc(`${target.embedUrl}?x=1`, { theme: "auto", plain: true })).toBe(`${target.embedUrl}?x=1&plain=1`);
    expect(embedSrc(target.embedUrl, { theme: "dark", plain: false, transparent: true, target: "blank" })).toBe(`${target.embedUrl}?theme=dark&transparent=1&target=blank`);
    expect(embedSrc(target.embedUrl, { theme: "auto", plain: false, transparent: false, target: "top" })).toBe(target.embedUrl);
  });
});

describe("responsive snippet", () => {
  const doc = parse(responsiveSnippet(target, { theme: "dark", plain: true }));
  const placeholder = doc.querySelector("[data-smt-embed]")!;

  it("is a placeholder the loader finds, carrying the chosen options and the heights for them", () => {
    expect(placeholder.getAttribute("data-smt-embed")).toBe(`${target.embedUrl}?theme=dark&plain=1`);
    // Without the title (plain), the heights without it: at 640 px, and samples across widths.
    expect(placeholder.getAttribute("data-smt-height")).toBe("420");
    expect(placeholder.getAttribute("data-smt-heights")).toBe(target.heights.samples.plain);
    expect(placeholder.getAttribute("data-smt-title")).toBe(target.title);
    const normal = parse(responsiveSnippet(target, { theme: "auto", plain: false })).querySelector("[data-smt-embed]")!;
    expect([normal.getAttribute("data-smt-height"), normal.getAttribute("data-smt-heights")]).toEqual(["474", target.heights.samples.normal]);
  });

  it("holds a fallback link to the chart on its page for sites that strip scripts", () => {
    const link = placeholder.querySelector("a")!;
    expect(link.getAttribute("href")).toBe(target.pageUrl);
    expect(link.textContent).toBe(target.title);
  });

  it("loads the loader from the site right after the placeholder, before the text below it is drawn", () => {
    const script = doc.querySelector("script")!;
    expect(script.getAttribute("src")).toBe(target.loaderUrl);
    expect(script.hasAttribute("async") || script.hasAttribute("defer")).toBe(false);
    expect(script.previousElementSibling).toBe(placeholder);
  });

  it("escapes text so a title cannot inject markup", () => {
    expect(doc.querySelectorAll("b")).toHaveLength(0);
    expect(responsiveSnippet(target, { theme: "auto", plain: false })).not.toContain("<b>");
  });
});

describe("other snippets", () => {
  it("gives a fixed-height iframe with a title, no border and no referrer, as tall as the chart in the chosen column", () => {
    const iframe = parse(iframeSnippet(target, { theme: "light", plain: false })).querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(`${target.embedUrl}?theme=light`);
    expect(iframe.getAttribute("title")).toBe(target.title);
    expect(iframe.getAttribute("height")).toBe("474");
    const height = (width: 320 | 640 | 1100, plain: boolean) => parse(iframeSnippet(target, { theme: "auto", plain }, width)).querySelector("iframe")!.getAttribute("height");
    expect([height(320, false), height(1100, false), height(320, true), height(1100, true)]).toEqual(["612", "707", "508", "650"]);
    expect(iframe.getAttribute("referrerpolicy")).toBe("no-referrer");
    expect(iframe.getAttribute("sandbox")).toBe(EMBED_SANDBOX);
  });

  it("sandboxes iframes the same way whether the loader or the fixed snippet makes them", () => {
    expect(readFileSync(join(ROOT, "public/embed.js"), "utf8")).toContain(`var SANDBOX = "${EMBED_SANDBOX}";`);
    expect(EMBED_SANDBOX.split(" ")).not.toContain("allow-top-navigation");
  });

  it("gives Pym.js users its auto-init element, without sending us the article's address", () => {
    const el = parse(pymSnippet(target, { theme: "auto", plain: false })).querySelector("[data-pym-src]")!;
    expect(el.getAttribute("data-pym-src")).toBe(target.embedUrl);
    expect(el.getAttribute("data-pym-optionalparams")).toBe("false");
    expect(el.querySelector("a")!.getAttribute("href")).toBe(target.pageUrl);
  });
});
