// Before `astro build` writes anything: the data must validate (so a bad table is a list of
// file:line:column messages, not a stack trace from a page; every check `npm run validate` makes,
// against the merge base with main when git has it, so `npm run build` needs no separate
// validation pass; made in a process of its own, validate-process.ts), no other build of this
// checkout may be running, and the output folder must be one the build is allowed to empty (output-guard.ts).
// After it, the marker lists what the build wrote, so the next build removes exactly that.
// Last in the integrations list, so its build:done runs after the search index is written.

import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { deserialize } from "node:v8";
import { dataDir } from "../data/read.ts";
import { formatProblem, isError, type Problem } from "../data/validate.ts";
import { rememberValidation } from "../data/validate-once.ts";
import type { ValidationResult } from "./validate-process.ts";
import { limitHeapGrowth, startMemoryLog } from "./build-memory.ts";
import { acquireBuildLock, checkOutputFolder, OutputFolderError, prepareOutputFolder, recordOutput, shownPath } from "./output-guard.ts";

function stop(lines: string[]): never {
  for (const l of lines) console.error(l);
  process.exit(1);
}

/**
 * Validates the data in a process of its own (validate-process.ts says why) and keeps its result
 * as this process's validation, so the pages use its rows; returns the problems.
 */
function dataProblems(root: string): Problem[] {
  const work = mkdtempSync(join(tmpdir(), "smt-validation-"));
  const resultFile = join(work, "result.bin");
  let run: ReturnType<typeof spawnSync>;
  let result: ValidationResult | undefined;
  try {
    // Its messages, were it to fail outright, go straight to the terminal.
    run = spawnSync(process.execPath, [join(root, "src", "build", "validate-process.ts"), resultFile, root], { stdio: ["ignore", "inherit", "inherit"] });
    if (run.status === 0 && existsSync(resultFile)) result = deserialize(readFileSync(resultFile)) as ValidationResult;
  } finally {
    // The folder is this build's own (made above).
    rmSync(work, { recursive: true, force: true });
  }
  if (run.error) throw run.error;
  if (!result) {
    stop([`the data could not be validated (the validation process ${run.signal ? `was stopped by ${run.signal}` : `exited with code ${run.status}`}); nothing was built`]);
  }
  const { validated, digest, folder } = result;
  if (digest && folder && validated.tables) rememberValidation(digest, validated, folder);
  return validated.problems;
}

let removingOldOutput: Promise<void> = Promise.resolve();

/**
 * Resolves once the earlier build's files are gone from the output folder (output-guard.ts removes
 * them while this build renders). Anything that reads the whole output folder awaits it first.
 */
export function oldOutputRemoved(): Promise<void> {
  return removingOldOutput;
}

export default function buildGuard(): AstroIntegration {
  let outDir: string | undefined;
  let finished = false;
  return {
    name: "smt-build-guard",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        if (command !== "build") return;
        limitHeapGrowth();
        startMemoryLog();
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const problems = dataProblems(root);
        const errors = problems.filter(isError);
        if (errors.length > 0) {
          const files = new Set(errors.map((p) => p.file)).size;
          stop([...problems.map(formatProblem), `${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}; nothing was built`]);
        }
        // Notes (a change log entry's formatting, say) are for the maintainer and do not stop the build.
        for (const p of problems) console.error(formatProblem(p));
        logger.info(`data valid (${((performance.now() - started) / 1000).toFixed(1)} s)`);
        const out = fileURLToPath(config.outDir);
        await acquireBuildLock(join(root, ".astro", "build.lock"), shownPath(out), (m) => logger.warn(m));
        let plan;
        try {
          plan = checkOutputFolder(out, root, dataDir(), process.env.OUT_DIR || shownPath(out));
        } catch (error) {
          if (error instanceof OutputFolderError) stop([error.message]);
          throw error;
        }
        removingOldOutput = prepareOutputFolder(plan);
        // Awaited in build:done; handled here too, so a failure is reported there, not as an unhandled rejection mid-render.
        removingOldOutput.catch(() => undefined);
        outDir = plan.dir;
        // Whatever ends the build, the marker lists what it wrote by then.
        const dir = plan.dir;
        process.once("exit", () => {
          if (!finished) recordOutput(dir, "incomplete");
        });
        for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
          process.once(signal, () => process.exit(code));
        }
      },
      "astro:build:done": async () => {
        if (!outDir) return;
        await oldOutputRemoved();
        recordOutput(outDir, "complete");
        finished = true;
      },
    },
  };
}
