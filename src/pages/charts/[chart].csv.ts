// /charts/<chart-id>.csv: the data one chart draws.
import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { CHARTS, getChart } from "../../charts/registry.ts";
import { chartCsv } from "../../export/csv.ts";

export function getStaticPaths() {
  return CHARTS.map((c) => ({ params: { chart: c.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(getChart(getModel(), params.chart!)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
