// What the home page features, by id: the key figures and the views it opens onto. Values, labels
// and sources always come from the rows in data/; this file only chooses. The build fails if an id
// here is not in the data (see src/data/key-figures.ts), so a renamed row cannot vanish quietly.

import type { KeyFigureRef } from "../../data/key-figures.ts";

/** Three to five figures, in reading order. */
export const KEY_FIGURES: readonly KeyFigureRef[] = [
  // What the first US ask was worth, in Trump's own words.
  { table: "figures", id: "fig-trump-demand-500bn-rare-earths-2025-02-10" },
  // What the signed deal actually commits: half of new licence revenue into the joint fund.
  { table: "figures", id: "fig-fund-revenue-share-new-licences-50pct" },
  // What is at stake in the ground, and out of Kyiv's reach.
  { table: "figures", id: "fig-secdev-occupied-rare-earths-critical-33pct" },
  // Russia's side of the minerals pitch, a figure its own ministry puts much higher.
  { table: "mineral_stats", id: "ms-ru-ree-reserves-2024-mcs2025" },
  // The money that sanctions keep frozen, and that relief talks put in play. (The EU's
  // December 2025 "up to EUR 210bn" figure was dropped in dataset v2: no primary source read.)
  { table: "figures", id: "fig-frozen-cbr-assets-g7-260bn-eur-2024-05" },
];

export interface ViewCard {
  /** The view's page, as in src/site/paths.ts. */
  path: "/timeline/" | "/network/" | "/minerals/";
  title: string;
  /** One line on what the reader finds there. */
  blurb: string;
  /**
   * Charts to preview, first existing one wins. When none of them is registered, the first
   * registered chart whose page is this view is used; with no chart at all, the card has none.
   */
  preferredCharts: readonly string[];
}

export const VIEW_CARDS: readonly ViewCard[] = [
  {
    path: "/timeline/",
    title: "Timeline",
    blurb: "Every dated event since 2014, by thread: sanctions, relief diplomacy, the minerals deal, the war and energy.",
    preferredCharts: ["timeline", "events-by-year"],
  },
  {
    path: "/network/",
    title: "Network",
    blurb: "Who called, met, sanctioned or signed with whom, each link dated and sourced.",
    preferredCharts: ["actor-network"],
  },
  {
    path: "/minerals/",
    title: "Minerals",
    blurb: "Russia and Ukraine side by side: reserves and output as USGS counts them, the claims beside them, deposits under occupation, the money and the deal's terms.",
    preferredCharts: ["minerals-side-by-side", "minerals-deposits-map"],
  },
];

/** How many of the newest events the home page lists. */
export const LATEST_EVENTS = 6;
