// The heaviest pages of a build, by gzip size of their HTML: issue 20's budget is 400 KB per page
// transferred, and a list or drawing that grows with the data shows up here first.
// Usage: node scripts/bench/largest-pages.ts <dist> [count]   (npm run bench prints it per build)

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export const PAGE_BUDGET_BYTES = 400 * 1024;

export interface PageSizes {
  pages: number;
  /** Heaviest first: [path, gzip bytes]. */
  largest: [string, number][];
  overBudget: number;
}

export function largestPages(dist: string, count = 5): PageSizes {
  const sizes: [string, number][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) sizes.push([`/${relative(dist, path).replace(/index\.html$/, "")}`, gzipSync(readFileSync(path)).length]);
    }
  };
  walk(dist);
  sizes.sort((a, b) => b[1] - a[1]);
  return { pages: sizes.length, largest: sizes.slice(0, count), overBudget: sizes.filter(([, n]) => n > PAGE_BUDGET_BYTES).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, count] = process.argv.slice(2);
  if (!dist) throw new Error("usage: node scripts/bench/largest-pages.ts <dist> [count]");
  const r = largestPages(dist, Number(count) || 10);
  console.log(`${r.pages} pages, ${r.overBudget} over ${PAGE_BUDGET_BYTES / 1024} KB gzip`);
  for (const [path, n] of r.largest) console.log(`${(n / 1024).toFixed(1).padStart(8)} KB  ${path}`);
}
