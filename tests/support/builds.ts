// The site's build scenarios other than the root build (`npm run build`, which `npm test` runs
// before the browser tiers). Each is built at most once per test run, by the first test file that
// asks for it: a run of one file builds only what that file needs, and a full run builds each
// scenario once however many files read it (vitest.config.ts runs browser files one at a time, so
// two files never build the same scenario at once).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { FIXTURES, ROOT, makeProject } from "./data-copy.ts";

export const BASE_PATH = "/tracker/";
/** Today's data with every long list cut into pages of this many rows (LIST_PAGE_ROWS). */
export const PAGED_ROWS = 40;
/** ...and the timeline drawn as counts per month past this many events (TIMELINE_MAX_MARKS), as at ten times the data. */
export const PAGED_MAX_MARKS = 40;
export const PAGED_SITE = "https://paged.example";
/**
 * ...and the search records indexed in parts of this many (SEARCH_PART_RECORDS), the event and
 * actor pages among them as records made from their rows (SEARCH_ROW_PAGES_FROM_HTML=0), as at a
 * hundred times the data.
 */
export const PAGED_PART_RECORDS = 300;
/** The published address of the "site" scenario: an origin and a sub-folder, as a newsroom hosts it. */
export const SITE_URL = "https://charts.example.org";
export const SITE_BASE = "/news/graphics/";

interface Scenario {
  /** Output folder, relative to the project root. */
  out: string;
  /** Said in the error when the build fails. */
  what: string;
  env: () => Record<string, string>;
}

export const SCENARIOS = {
  /** Served from a sub-folder, without SITE_URL (so also the build that says oEmbed is off). */
  "base-path": { out: "dist-tracker", what: `under BASE_PATH=${BASE_PATH}`, env: () => ({ BASE_PATH }) },
  /** From tables full of markup and script, to prove data text stays text. */
  hostile: { out: "dist-hostile", what: "from the hostile fixture tables", env: () => ({ DATA_DIR: join(makeProject(join(FIXTURES, "hostile")), "data") }) },
  /**
   * Every long list cut into short pages and the timeline drawn as counts per month, so the forms
   * data at scale takes are tested without ten or a hundred times the data.
   */
  paged: {
    out: "dist-paged",
    what: "with short list pages and a dense timeline",
    env: () => ({ LIST_PAGE_ROWS: String(PAGED_ROWS), TIMELINE_MAX_MARKS: String(PAGED_MAX_MARKS), SEARCH_PART_RECORDS: String(PAGED_PART_RECORDS), SEARCH_ROW_PAGES_FROM_HTML: "0", SITE_URL: PAGED_SITE }),
  },
  /** With SITE_URL and a base path: absolute addresses, sitemap, oEmbed. */
  site: { out: "dist-site", what: `with SITE_URL=${SITE_URL} under ${SITE_BASE}`, env: () => ({ SITE_URL, BASE_PATH: SITE_BASE }) },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

const STAMPS = join(ROOT, "node_modules/.cache/smt-test-builds");

/**
 * The scenario's output folder (relative to the project root) and its build log, building it
 * first unless this test run already did. `SMT_REUSE_BUILDS=1` reuses a build from an earlier run,
 * for running one file again and again while writing a test; a full run never sets it.
 */
export function built(name: ScenarioName): { dist: string; log: string } {
  const scenario: Scenario = SCENARIOS[name];
  const stampFile = join(STAMPS, `${name}.json`);
  const run = inject("testRun");
  if (existsSync(stampFile) && existsSync(join(ROOT, scenario.out, "index.html"))) {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8")) as { run: string; log: string };
    if (stamp.run === run || process.env.SMT_REUSE_BUILDS === "1") return { dist: scenario.out, log: stamp.log };
  }
  const log = build(scenario);
  mkdirSync(STAMPS, { recursive: true });
  writeFileSync(stampFile, JSON.stringify({ run, log }));
  return { dist: scenario.out, log };
}

function build({ out, what, env }: Scenario): string {
  // The test worker's own variables (VITEST*, and the MODE/BASE_URL Vite sets) would leak into
  // Astro's Vite; SITE_URL only where the scenario sets it.
  const vite = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "SITE", "ASSETS_PREFIX", "SITE_URL", "BASE_PATH", "DATA_DIR", "LIST_PAGE_ROWS", "TIMELINE_MAX_MARKS", "SEARCH_PART_RECORDS", "SEARCH_ROW_PAGES_FROM_HTML"]);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vite.has(key) && !key.startsWith("VITEST")));
  // Run Astro on this same Node (>= 22.12), not whatever `node` the PATH finds first.
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...inherited, ...env(), OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) throw new Error(`building ${what} failed (exit ${result.status}):\n${output.trim().split("\n").slice(-30).join("\n")}`);
  return output;
}
