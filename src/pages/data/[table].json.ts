// /data/<table>.json: the same rows typed (numbers, booleans, lists as arrays, empty cells as null).
import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { TABLE_NAMES } from "../../data/tables.generated.ts";

export function getStaticPaths() {
  const { tables } = getModel();
  return TABLE_NAMES.map((name) => ({ params: { table: name }, props: { rows: tables[name] } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows, null, 1) + "\n", { headers: { "Content-Type": "application/json" } });
