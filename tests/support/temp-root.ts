// Every tier's first setup: one temporary folder for the whole test run, made the system's
// temporary folder for the run (TMPDIR), and removed when the run ends. The tests make a few
// hundred throwaway folders (data copies, served sites, Chromium's profiles; about 120 MB a run),
// and most are left for the system to clear: run after run on one machine, /tmp filled.
// Only this run's folder is removed, and a run stopped halfway leaves that one folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): (() => void) | undefined {
  // Each tier runs this setup in the one vitest process; the first makes the folder, the others share it.
  if (process.env.SMT_TEST_TMP) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "smt-test-run-"));
  process.env.SMT_TEST_TMP = dir;
  // Read by os.tmpdir() in this process and in every worker and program the tests start, Chromium included.
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
