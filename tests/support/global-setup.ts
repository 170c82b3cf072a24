// Before the browser tiers (e2e, gates): find (or install) Chromium, check that the root build is
// there, and name this test run, so each build scenario (tests/support/builds.ts) is built once in
// it: both tiers' setups run in this one process and share the name through its environment.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findOrInstallChromium } from "./chromium.ts";
import { ROOT } from "./data-copy.ts";

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string;
    /** Names this run, for builds.ts: a scenario stamped with it is not built again. */
    testRun: string;
  }
}

export default function setup(project: TestProject): void {
  if (!existsSync(join(ROOT, "dist/index.html"))) {
    throw new Error("dist/ has no built site: `npm test` builds it before the browser tests; alone, run `npm run build` first.");
  }
  process.env.SMT_TEST_RUN ??= randomUUID();
  project.provide("testRun", process.env.SMT_TEST_RUN);
  project.provide("chromiumPath", findOrInstallChromium());
}
