// The code a journalist pastes to embed a chart. One pure module used three times: at build time for
// the code shown without JavaScript (chart panels, the /embed/ gallery, oEmbed), and in the browser
// when the reader picks options. Heights come from src/embed/embed-size.ts, computed at build time.

import { SITE_NAME } from "../site/identity.ts";
import { element } from "../site/markup.ts";

export type EmbedTheme = "auto" | "light" | "dark";
export const EMBED_THEMES: readonly EmbedTheme[] = ["auto", "light", "dark"];

/** Column widths the fixed-height code is offered for; keep in step with embed-size.ts. */
export type EmbedWidth = 320 | 640 | 1100;

export interface EmbedSettings {
  theme: EmbedTheme;
  /** Leave out the title and takeaway (the host article has its own). */
  plain: boolean;
  /** No background of its own, for pages whose background is not plain white or black. */
  transparent?: boolean;
  /** Where links in the chart open: the article's window (default) or a new tab. */
  target?: "top" | "blank";
}

export const DEFAULT_SETTINGS: EmbedSettings = { theme: "auto", plain: false, transparent: false, target: "top" };

/** Heights known at build time, with and without the title (plain). */
export interface EmbedHeights {
  /** At each offered column width. */
  fixed: Record<"normal" | "plain", Record<EmbedWidth, number>>;
  /** "300:812 360:790 …" for the loader to interpolate between. */
  samples: Record<"normal" | "plain", string>;
}

export interface EmbedTarget {
  /** Absolute address of /embed/<id>/ (or root-relative when the site's origin is unknown). */
  embedUrl: string;
  /** The chart on its own page (with its #anchor), for the fallback link. */
  pageUrl: string;
  /** The host-side loader, public/embed.js. */
  loaderUrl: string;
  title: string;
  heights: EmbedHeights;
}


/** The embed address with the chosen options; defaults stay out of the URL. */
export function embedSrc(embedUrl: string, { theme, plain, transparent = false, target = "top" }: EmbedSettings): string {
  const query: string[] = [];
  if (theme !== "auto") query.push(`theme=${theme}`);
  if (plain) query.push("plain=1");
  if (transparent) query.push("transparent=1");
  if (target === "blank") query.push("target=blank");
  if (query.length === 0) return embedUrl;
  return embedUrl + (embedUrl.includes("?") ? "&" : "?") + query.join("&");
}

const variant = (settings: EmbedSettings) => (settings.plain ? "plain" : "normal");

/** The embed's height in a column `width` px wide, with these settings. */
export function embedHeightFor(target: EmbedTarget, settings: EmbedSettings, width: EmbedWidth = 640): number {
  return target.heights.fixed[variant(settings)][width];
}

/** Inside a placeholder: the chart's title linked to its page, and whose it is. */
const fallbackLink = (target: EmbedTarget) => [element("a", { href: target.pageUrl }, target.title), ` (${SITE_NAME})`];

/**
 * The recommended snippet: a placeholder the loader turns into a self-sizing iframe, reserving the
 * chart's height for the column it finds. Where a CMS strips scripts, the link inside it stays and
 * takes the reader to the chart. The script is not async, as with Pym.js or Flourish: it runs before
 * the article's text after the chart is drawn, so nothing below the chart moves when the frame
 * takes its place (a few kilobytes, fetched once per page and cached).
 */
export function responsiveSnippet(target: EmbedTarget, settings: EmbedSettings): string {
  const src = embedSrc(target.embedUrl, settings);
  const placeholder = element(
    "div",
    { "data-smt-embed": src, "data-smt-title": target.title, "data-smt-height": String(embedHeightFor(target, settings)), "data-smt-heights": target.heights.samples[variant(settings)] },
    ...fallbackLink(target),
  );
  return `${placeholder.markup}\n${element("script", { src: target.loaderUrl }, "").markup}`;
}

/**
 * What an embed may do inside the host page: run its scripts on its own origin, open links the
 * reader clicks (in the top window or a new tab) and download its data. The loader sets the same.
 */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads";

/** For systems that strip scripts but keep iframes: the chart's height in a column `width` px wide. */
export function iframeSnippet(target: EmbedTarget, settings: EmbedSettings, width: EmbedWidth = 640): string {
  const src = embedSrc(target.embedUrl, settings);
  const attrs = { src, title: target.title, width: "100%", height: String(embedHeightFor(target, settings, width)), style: "border:0;width:100%", loading: "lazy", referrerpolicy: "no-referrer", sandbox: EMBED_SANDBOX };
  return element("iframe", attrs, "").markup;
}

/**
 * For pages that already load Pym.js: its own parent script sizes the frame. `optionalparams`
 * off keeps Pym from sending the article's address and title to us in the iframe URL.
 */
export function pymSnippet(target: EmbedTarget, settings: EmbedSettings): string {
  const src = embedSrc(target.embedUrl, settings);
  return element("div", { "data-pym-src": src, "data-pym-title": target.title, "data-pym-optionalparams": "false" }, ...fallbackLink(target)).markup;
}
