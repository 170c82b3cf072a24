// A chart as an oEmbed response (https://oembed.com, type "rich"): the responsive embed code with
// its default options, its size in a 640-px column, and its share card as the thumbnail.

import type { Chart } from "../charts/chart.ts";
import type { Model } from "../data/model.ts";
import { CARD, SITE_NAME } from "../export/export.ts";
import { DEFAULT_SETTINGS, embedHeightFor, responsiveSnippet } from "./embed-snippet.ts";
import { embedTarget } from "./embed-target.ts";
import { absoluteUrl, paths, sharePaths } from "../site/paths.ts";

export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The width the html's stated size is for: a typical article column. */
export const OEMBED_WIDTH = 640;

export function oembedResponse(chart: Chart, model: Pick<Model, "sourceById" | "version">, site: string): OEmbedRich {
  const target = embedTarget(chart, model, site);
  return {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: SITE_NAME,
    provider_url: absoluteUrl(paths.home(), site),
    html: responsiveSnippet(target, DEFAULT_SETTINGS),
    width: OEMBED_WIDTH,
    height: embedHeightFor(target, DEFAULT_SETTINGS, OEMBED_WIDTH),
    thumbnail_url: absoluteUrl(sharePaths.chartCard(chart.id), site),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    // A day: the chart changes when the data does.
    cache_age: 86400,
  };
}
