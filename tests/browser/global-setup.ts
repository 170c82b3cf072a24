// Before any browser test: find (or install) Chromium, and build the site a second time under a
// non-root base path, as a host serving it from a sub-folder would. The root build is `npm run
// build`, which `npm test` runs just before these tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findOrInstallChromium } from "../support/chromium.ts";
import { FIXTURES, ROOT, makeProject } from "../support/data-copy.ts";

export const BASE_PATH = "/tracker/";
export const BASE_PATH_DIST = "dist-tracker";
/** The site built from tables full of markup and script, to prove data text stays text. */
export const HOSTILE_DIST = "dist-hostile";
/**
 * Today's data with every long list cut into pages of PAGED_ROWS (LIST_PAGE_ROWS), so the paged
 * forms a hundred times today's data takes are tested without building that much. With SITE_URL,
 * so it has a sitemap.
 */
export const PAGED_DIST = "dist-paged";
export const PAGED_ROWS = 40;
export const PAGED_SITE = "https://paged.example";

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide("chromiumPath", findOrInstallChromium());
  if (!existsSync(join(ROOT, "dist/index.html"))) {
    throw new Error("dist/ has no built site: `npm test` builds it before the browser tests; alone, run `npm run build` first.");
  }
  build("under BASE_PATH=/tracker/", { BASE_PATH, OUT_DIR: BASE_PATH_DIST });
  build("from the hostile fixture tables", { DATA_DIR: join(makeProject(join(FIXTURES, "hostile")), "data"), OUT_DIR: HOSTILE_DIST });
  build("with short list pages", { LIST_PAGE_ROWS: String(PAGED_ROWS), OUT_DIR: PAGED_DIST, SITE_URL: PAGED_SITE });
}

function build(what: string, env: Record<string, string>): void {
  // Run Astro on this same Node (>= 22.12), not whatever `node` the PATH finds first.
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(`building ${what} failed (exit ${result.status}):\n${output}`);
  }
}
