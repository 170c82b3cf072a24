// /data/<table>.csv: each table exactly as maintained in the repository.
import type { APIRoute } from "astro";
import { getDataFiles } from "../../data/site.ts";

export function getStaticPaths() {
  return getDataFiles().map((f) => ({ params: { table: f.name }, props: { text: f.text } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(props.text as string, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
