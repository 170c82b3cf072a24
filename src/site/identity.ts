// Who the site is, said once: its name, how a chart credits it and under which licence its data
// goes out. Pages, embeds, downloads, share cards, the feed and citations all read these, so a
// renamed site or a new licence is one edit here rather than a hunt through a dozen files.

export const SITE_NAME = "Sanctions & Minerals Tracker";

/** What the site covers, as its share card says it. */
export const SITE_TAGLINE = "The 2025 US–Russia sanctions-relief talks, the US–Ukraine minerals deal and the sanctions on Russia since 2014, in sourced data.";

/** The same in a few words, for the card's alternative text. */
export const SITE_IN_SHORT = "sourced data on sanctions and the minerals deal";

/** The credit line a chart carries wherever it appears (page, embed, download). */
export const CHART_CREDIT = `Chart: ${SITE_NAME}`;

/** The data's licence as a reader sees it named, and where its terms are. */
export const DATA_LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

/** A page's title as a browser tab or a bookmark shows it: the page, then the site. */
export const fullTitle = (title: string): string => (title === SITE_NAME ? title : `${title} · ${SITE_NAME}`);

/** The site's home as an absolute URL when the build knows where it lives (SITE_URL), else null. */
export function siteUrl(site: URL | string | undefined = import.meta.env?.SITE, base: string = import.meta.env?.BASE_URL ?? "/"): string | null {
  return site ? new URL(base.endsWith("/") ? base : `${base}/`, site).href : null;
}
