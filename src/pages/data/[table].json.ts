// /data/<table>.json: the same rows typed (numbers, booleans, lists as arrays, empty cells as null).
// A build writes these files itself, after the pages (src/build/data-downloads.ts); this route
// serves them in `astro dev`.
import type { APIRoute } from "astro";
import { jsonDownload } from "../../data/downloads.ts";
import { getModel } from "../../data/site.ts";
import { TABLE_NAMES } from "../../data/tables.generated.ts";

export function getStaticPaths() {
  if (import.meta.env.PROD) return [];
  const { tables } = getModel();
  return TABLE_NAMES.map((name) => ({ params: { table: name }, props: { rows: tables[name] } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response([...jsonDownload(props.rows)].join(""), { headers: { "Content-Type": "application/json" } });
