import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Four tiers, each a project (CONTRIBUTING.md, "Running the tests"):
// - unit:  pure modules on fixture data (tests/fixtures), no build, no browser;
// - data:  checks on the real data/ that the validator does not already make;
// - e2e:   behaviours in Chromium over the built site;
// - gates: one crawl of each built site: status, budgets, CSP, links, axe in both themes.
// The browser tiers share one setup; each build scenario is built once per run (tests/support/builds.ts).
// Every tier's temporary folders go in one folder for the run, removed at its end (tests/support/temp-root.ts).
const browser = {
  environment: "node" as const,
  globalSetup: ["tests/support/temp-root.ts", "tests/support/global-setup.ts"],
  // One Chromium at a time: the CI machine has two cores.
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 600_000,
};

// A test file left in a folder no tier reads would never run, and nothing would say so.
const TIERS = ["unit", "data", "e2e", "gates", "fixtures", "support"];
const tests = fileURLToPath(new URL("./tests/", import.meta.url));
const stray = readdirSync(tests, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !TIERS.includes(d.name))
  .flatMap((d) => readdirSync(tests + d.name, { recursive: true }).map((f) => `tests/${d.name}/${f}`))
  .filter((f) => f.endsWith(".test.ts"));
if (stray.length > 0) {
  throw new Error(`test files outside the tiers, which no project runs: ${stray.join(", ")} (move each to tests/unit, tests/data, tests/e2e or tests/gates)`);
}

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", globalSetup: ["tests/support/temp-root.ts"] } },
      // Rasterizes every chart's PNG and share card at 2x: seconds each on a busy two-core machine.
      // Its export checks draw text in DejaVu Sans: found, installed, or the run stops (tests/support/fonts.ts).
      { test: { name: "data", include: ["tests/data/**/*.test.ts"], environment: "node", testTimeout: 30_000, globalSetup: ["tests/support/temp-root.ts", "tests/support/data-setup.ts"] } },
      // The browser tiers one after the other (gates first: a crawl finds a broken build fastest),
      // never side by side: one Chromium, and one build of a scenario, at a time.
      { test: { name: "gates", include: ["tests/gates/**/*.test.ts"], sequence: { groupOrder: 1 }, ...browser } },
      { test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], sequence: { groupOrder: 2 }, ...browser } },
    ],
  },
});
