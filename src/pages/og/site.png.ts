// /og/site.png: the share card of every page that has none of its own.
import type { APIRoute } from "astro";
import { siteCardSvg } from "../../export/export.ts";
import { exportStyle } from "../../export/chart-exports.ts";
import { pngOf } from "../../export/png.ts";
import { SITE_TAGLINE } from "../../site/identity.ts";

export const GET: APIRoute = async () =>
  new Response(await pngOf(siteCardSvg(SITE_TAGLINE, exportStyle)), { headers: { "Content-Type": "image/png" } });
