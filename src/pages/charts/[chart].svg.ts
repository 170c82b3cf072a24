// /charts/<chart-id>.svg: the chart as a standalone image with its title, sources and credit.
import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { CHARTS, getChart } from "../../charts/registry.ts";
import { chartExportSvg } from "../../export/export.ts";
import { exportStyle, exportText } from "../../export/chart-exports.ts";

export function getStaticPaths() {
  return CHARTS.map((c) => ({ params: { chart: c.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const model = getModel();
  const chart = getChart(model, params.chart!);
  return new Response(chartExportSvg(chart, exportText(chart, model), exportStyle), { headers: { "Content-Type": "image/svg+xml" } });
};
