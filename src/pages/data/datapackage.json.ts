// /data/datapackage.json: the descriptor, so the CSV downloads can be read with Frictionless tools.
import type { APIRoute } from "astro";
import { getDescriptorText } from "../../data/site.ts";

export const GET: APIRoute = () =>
  new Response(getDescriptorText(), { headers: { "Content-Type": "application/json" } });
