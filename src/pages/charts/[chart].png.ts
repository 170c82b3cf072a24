// /charts/<chart-id>.png: the same standalone image as the SVG download, rasterized at 2x.
import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { CHARTS, getChart } from "../../charts/registry.ts";
import { chartExportSvg } from "../../export/export.ts";
import { exportStyle, exportText } from "../../export/chart-exports.ts";
import { pngOf } from "../../export/png.ts";

export function getStaticPaths() {
  return CHARTS.map((c) => ({ params: { chart: c.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const model = getModel();
  const chart = getChart(model, params.chart!);
  const png = await pngOf(chartExportSvg(chart, exportText(chart, model), exportStyle), 2);
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
