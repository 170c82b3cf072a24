// After `astro build`: the Pagefind search index, sitemap.xml and the `_headers` file, written into
// the output folder.
// An integration rather than a step in the npm script, so every build gets them, whatever the
// output folder or base path (the browser tests build a second copy under /tracker/).

import type { AstroIntegration } from "astro";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getModel } from "../data/site.ts";
import { recordFoldersOf, searchRecords, type SearchRecord } from "../site/search/records.ts";
import { INDEX_PARTS } from "../site/search/index-parts.ts";
import { indexRowsAsRecords, ROW_PAGE_FOLDERS, rowPageRecords } from "../site/search/row-records.ts";
import { indexablePages, sitemapXml } from "./sitemap.ts";
import { moveFolder } from "./move-folder.ts";
import { headersFile } from "./headers.ts";

export default function readerBuild(): AstroIntegration {
  let site: string | undefined;
  let base = "/";
  let records: RecordsPart | undefined;
  return {
    name: "smt-reader-build",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
        base = config.base;
      },
      // The records part of the search index is made from the data, not from pages, so it is
      // written while Astro renders: its indexer is a process of its own and takes the second core,
      // which rendering (one thread) leaves idle. At a hundred times today's data that takes about
      // a minute and a half off the build's wall time. At that size the event and actor pages go
      // into the pages part as records made from their rows, so they are added then too.
      "astro:build:start": () => {
        records = startRecordsPart();
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeSearchIndex(outDir, logger, records ?? startRecordsPart());
        records = undefined;
        if (site) {
          const pages = indexablePages(outDir);
          writeFileSync(join(outDir, "sitemap.xml"), sitemapXml(pages, site, base));
          logger.info(`sitemap.xml lists ${pages.length} pages`);
        } else {
          // A sitemap must hold absolute URLs; without an origin any we wrote would be wrong.
          logger.info("SITE_URL is not set: no sitemap.xml (the feed uses root-relative links)");
        }
        // The oEmbed files themselves are pages (src/pages/oembed/), written only with SITE_URL.
        const oembed = join(outDir, "oembed");
        logger.info(
          site
            ? `oEmbed: ${existsSync(oembed) ? readdirSync(oembed).length : 0} files in oembed/, with discovery tags on chart pages and embeds`
            : "SITE_URL is not set: no oEmbed files and no oEmbed discovery tags (oEmbed needs absolute addresses)",
        );
        writeFileSync(join(outDir, "_headers"), headersFile(outDir, base));
        logger.info("_headers: frame-ancestors for every page but the embeds, nosniff and a referrer policy (see the README for other hosts)");
      },
    },
  };
}

const RECORD_BATCH = 500;

type Logger = { info: (m: string) => void };
type Pagefind = typeof import("pagefind");
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind["createIndex"]>>["index"]>;

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

// One part of the index (src/site/search/index-parts.ts): opened, filled, written to its folder,
// and the indexer stopped before the next part starts, so the memory it held goes back to the
// system rather than staying reserved for the next part.
async function openPart(pagefind: Pagefind): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: "en",
    // Axis ticks and chart-table cells are noise in results; the pages' text says the same.
    excludeSelectors: ["svg", ".chart-frame details", ".chart-frame__actions"],
  });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  return index;
}

async function writeOpenPart(pagefind: Pagefind, index: PagefindIndex, folder: string, fill: () => Promise<string>): Promise<string> {
  try {
    const started = performance.now();
    const what = await fill();
    const read = seconds(started);
    const filled = performance.now();
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return `${what} (read in ${read}, written in ${seconds(filled)})`;
  } finally {
    await pagefind.close();
  }
}

/** openPart, stopping the indexer if the part cannot be opened. */
const openPartOrStop = (pagefind: Pagefind): Promise<PagefindIndex> =>
  openPart(pagefind).catch(async (error: unknown) => {
    await pagefind.close();
    throw error;
  });

async function writePart(pagefind: Pagefind, folder: string, fill: (index: PagefindIndex) => Promise<string>): Promise<string> {
  const index = await openPartOrStop(pagefind);
  return writeOpenPart(pagefind, index, folder, () => fill(index));
}

/** Pagefind's glob for every HTML file in `outDir` outside `skip` (top-level folders). */
export function htmlGlob(outDir: string, skip: readonly string[]): string {
  const entries = readdirSync(outDir, { withFileTypes: true }).filter((e) => !skip.includes(e.name));
  const parts = entries.flatMap((e) => (e.isDirectory() ? [`${e.name}/**/*.html`] : e.name.endsWith(".html") ? [e.name] : []));
  return `{${parts.sort().join(",")}}`;
}

async function addRecords(index: PagefindIndex, all: SearchRecord[]): Promise<void> {
  // Sent in batches, not one at a time: each record is a round trip to Pagefind's process, and
  // at a hundred times today's data there are 70,000 of them.
  for (let i = 0; i < all.length; i += RECORD_BATCH) {
    const results = await Promise.all(all.slice(i, i + RECORD_BATCH).map((record) => index.addCustomRecord(record)));
    const errors = results.flatMap((r) => r.errors);
    if (errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
  }
}

interface RecordsPart {
  /** The folder it is written to: a temporary one of its own, as Astro empties the output folder when it starts writing. */
  folder: string;
  /** What was written and into which folders under it, once it is; rejects with the indexer's errors. */
  done: Promise<{ what: string; folders: string[] }>;
  /**
   * At scale, the pages part opened once the records part is written, with the event and actor
   * pages already in it as records (row-records.ts): those come from rows, not HTML, so they too
   * are read while Astro renders, and only the other pages are left for after. Null at today's size.
   */
  rows: Promise<{ index: PagefindIndex; what: string; read: string } | null>;
}

/**
 * Starts writing the records part (sources and measures, src/site/search/records.ts) into a
 * temporary folder, then (at scale) filling the pages part with the event and actor rows. `done`
 * and `rows` are handled at once so a failure waits for writeSearchIndex to report it rather than
 * stopping the process mid-render. One indexer runs at a time.
 */
function startRecordsPart(): RecordsPart {
  const folder = mkdtempSync(join(tmpdir(), "smt-search-records-"));
  const pagefind = import("pagefind");
  const done = pagefind.then(async (pf) => {
    const model = getModel();
    const all = searchRecords(model);
    // Past RECORDS_PER_PART in parts of equal size, one after the other (index-parts.ts): the
    // indexer's memory grows with the records of the part it writes.
    const folders = recordFoldersOf(model);
    const size = Math.ceil(all.length / folders.length);
    const written: string[] = [];
    for (const [i, name] of folders.entries()) {
      const part = all.slice(i * size, (i + 1) * size);
      written.push(
        await writePart(pf, join(folder, name), async (index) => {
          await addRecords(index, part);
          return `${part.length} sources and measures`;
        }),
      );
    }
    return { what: written.join("; "), folders };
  });
  const rows = done.then(async () => {
    const model = getModel();
    if (!indexRowsAsRecords(model)) return null;
    const pf = await pagefind;
    const index = await openPartOrStop(pf);
    try {
      const started = performance.now();
      const list = rowPageRecords(model);
      await addRecords(index, list);
      return { index, what: `${list.length} event and actor pages as records`, read: seconds(started) };
    } catch (error) {
      await pf.close();
      throw error;
    }
  });
  done.catch(() => undefined);
  rows.catch(() => undefined);
  return { folder, done, rows };
}

async function writeSearchIndex(outDir: string, logger: Logger, records: RecordsPart): Promise<void> {
  const [pagesPart] = INDEX_PARTS;
  const root = join(outDir, "pagefind");
  try {
    // Written during rendering; the pages part waits for it, so one indexer runs at a time here.
    const { what: recordsWritten, folders } = await records.done;
    const pagefind = await import("pagefind");
    const rows = await records.rows;
    const index = rows?.index ?? (await openPartOrStop(pagefind));
    const pages = await writeOpenPart(pagefind, index, join(root, pagesPart!.folder), async () => {
      // At scale the event and actor pages are in already, from their rows; the rest come from HTML.
      const glob = rows ? htmlGlob(outDir, [...ROW_PAGE_FOLDERS, "pagefind", "_astro"]) : undefined;
      const added = await index.addDirectory({ path: outDir, ...(glob ? { glob } : {}) });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
      return rows ? `${rows.what} read while the pages rendered (in ${rows.read}), then ${added.page_count} pages` : `${added.page_count} pages`;
    });
    // Moved in after the pages part, which is written into the folder above it.
    for (const name of folders) moveFolder(join(records.folder, name), join(root, name));
    logger.info(`search index in ${1 + folders.length} parts: ${pages}; ${recordsWritten}, written while the pages rendered`);
  } finally {
    // The temporary folder is this build's own (startRecordsPart made it); once moved, nothing is left there.
    rmSync(records.folder, { recursive: true, force: true });
  }
}
