// Everything the embed code of one chart needs, resolved once at build time: its addresses
// (absolute when SITE_URL is set) and its heights. Used by the embed panel, the /embed/ gallery and
// the oEmbed files, so all three hand out the same code.

import type { Chart } from "../charts/chart.ts";
import type { Model } from "../data/model.ts";
import type { EmbedTarget } from "./embed-snippet.ts";
import { embedHeights } from "./embed-size.ts";
import { absoluteUrl, paths, sharePaths } from "../site/paths.ts";

export function embedTarget(chart: Chart, model: Pick<Model, "sourceById" | "version">, site: string | undefined = import.meta.env.SITE): EmbedTarget {
  return {
    embedUrl: absoluteUrl(paths.embed(chart.id), site),
    pageUrl: absoluteUrl(paths.chartOnPage(chart.page, chart.id), site),
    loaderUrl: absoluteUrl(sharePaths.embedLoader(), site),
    title: chart.title,
    heights: embedHeights(chart, model),
  };
}
