// The data downloads, /data/<table>.csv and /data/<table>.json, written by the build after the
// pages rather than as Astro routes. A route's response is held whole, and more than once, before
// Astro writes it: at a hundred times today's data the sources table's two downloads (31 and
// 46 MB) were the moment the build held the most memory, up to 1.94 GB. Written here a piece at a
// time, they take a few megabytes. The dev server still serves them from src/pages/data/.

import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { servedCsvLines } from "../data/csv.ts";
import { jsonDownload } from "../data/downloads.ts";
import { getDataFiles, getDataFileText, getModel } from "../data/site.ts";
import { TABLE_NAMES } from "../data/tables.generated.ts";

/** Gathered into pieces of about this many characters before each write. */
const WRITE_CHARS = 1 << 20;

function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, "w");
  try {
    let pending = "";
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= WRITE_CHARS) {
        writeSync(fd, pending);
        pending = "";
      }
    }
    if (pending) writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** Writes every table's two downloads into `<outDir>/data/`; returns how many files. */
export function writeDataDownloads(outDir: string): number {
  const folder = join(outDir, "data");
  mkdirSync(folder, { recursive: true });
  const files = getDataFiles();
  // Each file is read again and checked against what was validated (getDataFileText).
  for (const { name } of files) writePieces(join(folder, `${name}.csv`), servedCsvLines(getDataFileText(name)));
  const { tables } = getModel();
  for (const name of TABLE_NAMES) writePieces(join(folder, `${name}.json`), jsonDownload(tables[name]));
  return files.length + TABLE_NAMES.length;
}
