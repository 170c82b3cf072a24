import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/data-copy.ts";
import { EMBED_SANDBOX, embedSrc, iframeSnippet, pymSnippet, responsiveSnippet, type EmbedTarget } from "../../src/lib/embed-snippet.ts";

const target: EmbedTarget = {
  embedUrl: "https://charts.example.org/embed/events-by-year/",
  pageUrl: "https://charts.example.org/timeline/",
  loaderUrl: "https://charts.example.org/embed.js",
  title: `Tom & Jerry's "chart" <b>`,
  height: 473.6,
};
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("embed address", () => {
  it("keeps the defaults out of the URL and adds only what was chosen", () => {
    expect(embedSrc(target.embedUrl, { theme: "auto", plain: false })).toBe(target.embedUrl);
    expect(embedSrc(target.embedUrl, { theme: "dark", plain: false })).toBe(`${target.embedUrl}?theme=dark`);
    expect(embedSrc(target.embedUrl, { theme: "light", plain: true })).toBe(`${target.embedUrl}?theme=light&plain=1`);
    expect(embedSrc(`${target.embedUrl}?x=1`, { theme: "auto", plain: true })).toBe(`${target.embedUrl}?x=1&plain=1`);
  });
});

describe("responsive snippet", () => {
  const doc = parse(responsiveSnippet(target, { theme: "dark", plain: true }));
  const placeholder = doc.querySelector("[data-smt-embed]")!;

  it("is a placeholder the loader finds, carrying the chosen options and a whole-pixel height", () => {
    expect(placeholder.getAttribute("data-smt-embed")).toBe(`${target.embedUrl}?theme=dark&plain=1`);
    expect(placeholder.getAttribute("data-smt-height")).toBe("474");
    expect(placeholder.getAttribute("data-smt-title")).toBe(target.title);
  });

  it("holds a fallback link to the chart's page for sites that strip scripts", () => {
    const link = placeholder.querySelector("a")!;
    expect(link.getAttribute("href")).toBe(target.pageUrl);
    expect(link.textContent).toBe(target.title);
  });

  it("loads the loader asynchronously from the site", () => {
    const script = doc.querySelector("script")!;
    expect(script.getAttribute("src")).toBe(target.loaderUrl);
    expect(script.hasAttribute("async")).toBe(true);
  });

  it("escapes text so a title cannot inject markup", () => {
    expect(doc.querySelectorAll("b")).toHaveLength(0);
    expect(responsiveSnippet(target, { theme: "auto", plain: false })).not.toContain("<b>");
  });
});

describe("other snippets", () => {
  it("gives a fixed-height iframe with a title, no border and no referrer", () => {
    const iframe = parse(iframeSnippet(target, { theme: "light", plain: false })).querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(`${target.embedUrl}?theme=light`);
    expect(iframe.getAttribute("title")).toBe(target.title);
    expect(iframe.getAttribute("height")).toBe("474");
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
