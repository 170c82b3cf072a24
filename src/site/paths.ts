// Internal links and assets must respect the base path (BASE_PATH), so every page builds its hrefs
// through these helpers rather than writing "/..." by hand.

// Outside Astro and Vite (npm run diff builds charts in plain Node) there is no import.meta.env: the root.
const BASE = import.meta.env?.BASE_URL ?? "/";

/** "/events/x/" -> "<base>events/x/". Keeps a query string or #hash if given. */
export function href(path: string, base: string = BASE): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return root + path.replace(/^\/+/, "");
}

export const paths = {
  home: () => href("/"),
  timeline: () => href("/timeline/"),
  /** One month's events ("YYYY-MM"), listed on a page of their own once the timeline draws density. */
  timelineMonth: (month: string) => href(`/timeline/${month}/`),
  story: () => href("/story/"),
  event: (id: string) => href(`/events/${id}/`),
  network: () => href("/network/"),
  actor: (id: string) => href(`/actors/${id}/`),
  minerals: () => href("/minerals/"),
  sources: () => href("/sources/"),
  data: () => href("/data/"),
  dataFile: (file: string) => href(`/data/${file}`),
  about: () => href("/about/"),
  changes: () => href("/changes/"),
  version: (version: string) => href(`/changes/#v${version}`),
  search: () => href("/search/"),
  feed: () => href("/feed.xml"),
  embed: (chartId: string) => href(`/embed/${chartId}/`),
  embedGallery: () => href("/embed/"),
  /** A chart where it lives: its page, scrolled to its frame ("/minerals/#minerals-money"). */
  chartOnPage: (page: string, chartId: string) => href(`${page}#${chartId}`),
  chartCsv: (chartId: string) => href(`/charts/${chartId}.csv`),
};

// Embeds, downloads and share cards travel to other sites, so they need absolute addresses.
export const sharePaths = {
  chartSvg: (chartId: string) => href(`/charts/${chartId}.svg`),
  chartPng: (chartId: string) => href(`/charts/${chartId}.png`),
  chartCard: (chartId: string) => href(`/og/charts/${chartId}.png`),
  siteCard: () => href("/og/site.png"),
  embedLoader: () => href("/embed.js"),
  embedTheme: () => href("/embed-theme.js"),
  oembed: (chartId: string) => href(`/oembed/${chartId}.json`),
};

/** An absolute URL when the site's origin is known (SITE_URL), else the path unchanged. */
export function absoluteUrl(path: string, site: string | undefined = import.meta.env?.SITE): string {
  return site ? new URL(path, site).href : path;
}
