// /og/site.png: the share card of every page that has none of its own.
import type { APIRoute } from "astro";
import { siteCardSvg } from "../../charts/export.ts";
import { exportStyle } from "../../lib/chart-exports.ts";
import { svgToPng } from "../../lib/png.ts";

import { SITE_TAGLINE } from "../../lib/identity.ts";

export const GET: APIRoute = () =>
  new Response(new Uint8Array(svgToPng(siteCardSvg(SITE_TAGLINE, exportStyle))), { headers: { "Content-Type": "image/png" } });
