// /og/site.png: the share card of every page that has none of its own.
import type { APIRoute } from "astro";
import { siteCardSvg } from "../../charts/export.ts";
import { exportStyle } from "../../lib/chart-exports.ts";
import { svgToPng } from "../../lib/png.ts";

export const SITE_TAGLINE = "The 2025 US–Russia sanctions-relief talks, the US–Ukraine minerals deal and the sanctions on Russia since 2014, in sourced data.";

export const GET: APIRoute = () =>
  new Response(new Uint8Array(svgToPng(siteCardSvg(SITE_TAGLINE, exportStyle))), { headers: { "Content-Type": "image/png" } });
