// SMT_MEMORY_LOG=<file>: while a build runs, one line a second of the astro process's memory in MB
// (resident, V8 heap committed and used, external, of which array buffers), to find which part of
// a build holds the most (CONTRIBUTING.md, "Keeping the build fast"). Lines are appended, so an
// existing file is never emptied; the timer never keeps the process alive; nothing is written
// without the variable.

import { appendFileSync } from "node:fs";

export function startMemoryLog(file = process.env.SMT_MEMORY_LOG): void {
  if (!file) return;
  const started = performance.now();
  const mb = (bytes: number) => String(Math.round(bytes / 1e6));
  appendFileSync(file, "seconds\trss\theap_committed\theap_used\texternal\tarray_buffers\n");
  setInterval(() => {
    const m = process.memoryUsage();
    const line = [((performance.now() - started) / 1000).toFixed(0), mb(m.rss), mb(m.heapTotal), mb(m.heapUsed), mb(m.external), mb(m.arrayBuffers)];
    appendFileSync(file, line.join("\t") + "\n");
  }, 1000).unref();
}
