// The code a journalist pastes to embed a chart. One pure module used twice: at build time for the
// snippet shown without JavaScript, and in the browser when the reader picks a theme.

export type EmbedTheme = "auto" | "light" | "dark";
export const EMBED_THEMES: readonly EmbedTheme[] = ["auto", "light", "dark"];

export interface EmbedSettings {
  theme: EmbedTheme;
  /** Leave out the title and takeaway (the host article has its own). */
  plain: boolean;
}

export interface EmbedTarget {
  /** Absolute address of /embed/<id>/ (or root-relative when the site's origin is unknown). */
  embedUrl: string;
  /** The chart's own page, for the fallback link. */
  pageUrl: string;
  /** The host-side loader, public/embed.js. */
  loaderUrl: string;
  title: string;
  /** A first guess at the height, so the page does not jump much while the embed loads. */
  height: number;
}

const SITE_NAME = "Sanctions & Minerals Tracker";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The embed address with the theme and plain options; defaults stay out of the URL. */
export function embedSrc(embedUrl: string, { theme, plain }: EmbedSettings): string {
  const query: string[] = [];
  if (theme !== "auto") query.push(`theme=${theme}`);
  if (plain) query.push("plain=1");
  if (query.length === 0) return embedUrl;
  return embedUrl + (embedUrl.includes("?") ? "&" : "?") + query.join("&");
}

function fallbackLink(target: EmbedTarget): string {
  return `<a href="${escapeHtml(target.pageUrl)}">${escapeHtml(target.title)}</a> (${escapeHtml(SITE_NAME)})`;
}

/**
 * The recommended snippet: a placeholder the loader turns into a self-sizing iframe. Where a CMS
 * strips scripts, the link inside it stays and takes the reader to the chart.
 */
export function responsiveSnippet(target: EmbedTarget, settings: EmbedSettings): string {
  const src = escapeHtml(embedSrc(target.embedUrl, settings));
  return (
    `<div data-smt-embed="${src}" data-smt-title="${escapeHtml(target.title)}" data-smt-height="${Math.round(target.height)}">` +
    `${fallbackLink(target)}</div>\n` +
    `<script async src="${escapeHtml(target.loaderUrl)}"></script>`
  );
}

/**
 * What an embed may do inside the host page: run its scripts on its own origin, open links the
 * reader clicks (in the top window or a new tab) and download its data. The loader sets the same.
 */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads";

/** For systems that strip scripts but keep iframes: a fixed height, scrolling if the chart is taller. */
export function iframeSnippet(target: EmbedTarget, settings: EmbedSettings): string {
  const src = escapeHtml(embedSrc(target.embedUrl, settings));
  return (
    `<iframe src="${src}" title="${escapeHtml(target.title)}" width="100%" height="${Math.round(target.height)}" ` +
    `style="border:0;width:100%" loading="lazy" referrerpolicy="no-referrer" sandbox="${EMBED_SANDBOX}"></iframe>`
  );
}

/**
 * For pages that already load Pym.js: its own parent script sizes the frame. `optionalparams`
 * off keeps Pym from sending the article's address and title to us in the iframe URL.
 */
export function pymSnippet(target: EmbedTarget, settings: EmbedSettings): string {
  const src = escapeHtml(embedSrc(target.embedUrl, settings));
  return `<div data-pym-src="${src}" data-pym-title="${escapeHtml(target.title)}" data-pym-optionalparams="false">${fallbackLink(target)}</div>`;
}
