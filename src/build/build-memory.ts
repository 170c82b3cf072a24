// The astro process's memory during a build.
//
// SMT_MEMORY_LOG=<file>: while a build runs, one line a second of the astro process's memory in MB
// (resident, V8 heap committed and used, external, of which array buffers), to find which part of
// a build holds the most (CONTRIBUTING.md, "Keeping the build fast"). Lines are appended, so an
// existing file is never emptied; the timer never keeps the process alive; nothing is written
// without the variable.
//
// Two settings of the C library's allocator (glibc) are made where they can be: in `npm run build`
// (package.json), since glibc reads them once, as a process starts. MALLOC_ARENA_MAX=2 keeps the
// threads of Node and of the native modules (resvg draws the PNGs) from each growing an arena of
// their own, and MALLOC_MMAP_THRESHOLD_=131072 gives every block of 128 KB or more back to the
// system when it is freed, where glibc would otherwise raise that threshold after the first large
// block and keep the later ones in its heap. At a hundred times today's data (and the heap's growth
// below at 25 %) the astro process rendered at 1.15-1.35 GB with both, 1.39-1.50 GB with the first alone and about 1.5 GB with
// neither, for more system time (92 s against 63 s, one build each). Other systems ignore them.

import { appendFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the heap grow past what was live after its last full collection, in percent.
 * Rendering makes garbage fast, so by default V8 let the heap grow to nearly twice the live data
 * before collecting: at a hundred times today's data 1.1 GB committed for 0.6 GB live, and a
 * resident peak of 2.0 GB. At 25 % the peak was 1.8 GB, but each collection goes over the whole
 * live heap, and at that size the collections cost the build about 20 s: with the allocator
 * settings above, 50 % rendered at 1.3-1.45 GB (25 %: 1.15-1.35), in 196 s of wall time and 159 s
 * of user CPU (25 %: 214-216 s and 182-185 s). Its peak by GNU time was 1.73 GB in that build and
 * 1.73-1.94 GB over four (one build at 25 %: 1.67 GB), as the moment V8 collects varies. A flag of
 * V8's garbage collector, read at each collection, so setting it as the build starts is enough.
 */
const HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

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
