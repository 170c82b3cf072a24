// Response headers a <meta> Content-Security-Policy cannot set, as a `_headers` file for the static
// hosts that read one (Netlify, Cloudflare Pages). Ordinary pages may be framed only by the site
// itself (its embed panels preview /embed/ pages, nothing frames the rest); /embed/<id>/ pages must
// stay frameable by any site, since that is what they are for. The README gives the same rules for
// nginx, Apache and Caddy.

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const FRAME_ANCESTORS_SELF = "Content-Security-Policy: frame-ancestors 'self'";
export const EVERY_RESPONSE = ["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"];

/**
 * The rules, one block per path pattern. Hosts merge every block that matches a request, so the
 * frame-ancestors rule is written for each top-level folder except embed/ (a pattern that excluded
 * it would not exist in this format, and two merged CSP headers would both be enforced).
 */
export function headersFile(outDir: string, base: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  const entries = readdirSync(outDir).filter((name) => !name.startsWith("."));
  const folders = entries.filter((name) => statSync(join(outDir, name)).isDirectory() && name !== "embed").sort();
  const pages = entries.filter((name) => name.endsWith(".html")).sort();
  const block = (path: string, lines: string[]) => `${path}\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
  return [
    "# Response headers for hosts that read this file (Netlify, Cloudflare Pages); see the README.",
    "# Embeds (/embed/<chart-id>/) are framed by other sites and get no frame-ancestors rule.",
    block(`${root}*`, EVERY_RESPONSE),
    block(root, [FRAME_ANCESTORS_SELF]),
    ...pages.map((page) => block(`${root}${page}`, [FRAME_ANCESTORS_SELF])),
    // The gallery at /embed/ itself is an ordinary page; the embeds below it are not.
    block(`${root}embed/`, [FRAME_ANCESTORS_SELF]),
    ...folders.map((folder) => block(`${root}${folder}/*`, [FRAME_ANCESTORS_SELF])),
  ].join("\n");
}
