// /og/charts/<chart-id>.png: the 1200 × 630 share card of a chart, for its embed page's metadata.
import type { APIRoute } from "astro";
import { getModel } from "../../../data/site.ts";
import { CHARTS, getChart } from "../../../charts/registry.ts";
import { chartCardSvg } from "../../../export/export.ts";
import { exportStyle, exportText } from "../../../export/chart-exports.ts";
import { pngOf } from "../../../export/png.ts";

export function getStaticPaths() {
  return CHARTS.map((c) => ({ params: { chart: c.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const model = getModel();
  const chart = getChart(model, params.chart!);
  return new Response(await pngOf(chartCardSvg(chart, exportText(chart, model), exportStyle)), { headers: { "Content-Type": "image/png" } });
};
