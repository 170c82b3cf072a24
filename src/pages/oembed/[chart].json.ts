// /oembed/<chart-id>.json: the chart as an oEmbed "rich" response (oembed.com), for CMSs and link
// unfurlers that discover it from the <link rel="alternate" type="application/json+oembed"> on the
// chart's page and embed page. oEmbed needs absolute addresses, so without SITE_URL there are no
// files (and no discovery tags); the build log says so.
import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { CHARTS, getChart } from "../../charts/registry.ts";
import { oembedResponse } from "../../embed/oembed.ts";

export function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  return CHARTS.map((c) => ({ params: { chart: c.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const model = getModel();
  const chart = getChart(model, params.chart!);
  return new Response(JSON.stringify(oembedResponse(chart, model, import.meta.env.SITE!), null, 2) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
};
