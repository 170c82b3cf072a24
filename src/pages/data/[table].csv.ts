// /data/<table>.csv: each table's cells exactly as maintained in the repository, written through
// the one CSV writer that keeps spreadsheets from running a cell as a formula. A build writes these
// files itself, after the pages (src/build/data-downloads.ts); this route serves them in `astro dev`.
import type { APIRoute } from "astro";
import { servedCsvLines } from "../../data/csv.ts";
import { getDataFileText, getDataFiles } from "../../data/site.ts";

export function getStaticPaths() {
  if (import.meta.env.PROD) return [];
  return getDataFiles().map((f) => ({ params: { table: f.name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response([...servedCsvLines(getDataFileText(params.table!))].join(""), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
