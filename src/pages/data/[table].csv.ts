// /data/<table>.csv: each table's cells exactly as maintained in the repository, written through
// the one CSV writer that keeps spreadsheets from running a cell as a formula.
import type { APIRoute } from "astro";
import { servedCsv } from "../../data/csv.ts";
import { getDataFileText, getDataFiles } from "../../data/site.ts";

export function getStaticPaths() {
  return getDataFiles().map((f) => ({ params: { table: f.name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(servedCsv(getDataFileText(params.table!)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
