// After `astro build`: the data downloads, the Pagefind search index, sitemap.xml and the `_headers`
// file, written into the output folder, and the embeds' theme script minified there.
// An integration rather than a step in the npm script, so every build gets them, whatever the
// output folder or base path (the browser tests build a second copy under /tracker/).

import type { AstroIntegration } from "astro";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { minifySync } from "vite";
import { getModel } from "../data/site.ts";
import type { SearchRecord } from "../site/search/records.ts";
import { recordPartsOf, recordsByPart } from "../site/search/record-parts.ts";
import { INDEX_PARTS } from "../site/search/index-parts.ts";
import { ROW_PAGE_FOLDERS } from "../site/search/row-records.ts";
import { indexablePages, sitemapXml } from "./sitemap.ts";
import { moveFolder } from "./move-folder.ts";
import { headersFile } from "./headers.ts";
import { oldOutputRemoved } from "./build-guard.ts";
import { writeDataDownloads } from "./data-downloads.ts";
import { pngProcess, type PngProcess } from "./png-process.ts";
import { drawPngsWith } from "../export/png.ts";
import { bundlePages } from "./page-bundles.ts";

export default function readerBuild(): AstroIntegration {
  let site: string | undefined;
  let base = "/";
  let records: RecordsParts | undefined;
  let root = process.cwd();
  let pngs: PngProcess | undefined;
  return {
    name: "smt-reader-build",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
        base = config.base;
        root = fileURLToPath(config.root);
      },
      // The records parts of the search index are made from the data, not from pages, so they are
      // written while Astro renders: the indexer is a process of its own and takes the second core,
      // which rendering (one thread) leaves idle. At a hundred times today's data that takes about
      // a minute and a half off the build's wall time. At that size the event and actor pages go
      // in as records made from their rows, in parts of their own, so they are written then too.
      "astro:build:start": () => {
        records = startRecordsParts();
        // PNGs are drawn in a process of their own (png-process.ts says why).
        pngs = pngProcess(root);
        drawPngsWith(pngs.draw);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Every PNG is drawn by now; the drawing process's memory goes before the index is written.
        drawPngsWith(null);
        await pngs?.close();
        // Until then the earlier build's pages are still in the folder, and Pagefind would index them.
        await oldOutputRemoved();
        const bundled = performance.now();
        const b = await bundlePages(outDir, { base, minify: !process.env.SMT_DEBUG_JS });
        logger.info(`what each page's scripts share in one file, its stylesheets in one: ${b.scriptSets} sets of scripts (${b.scriptFiles} files, the code fetched on first use among them), ${b.styleSets} of stylesheets, for ${b.pages} pages; ${b.removed} of Vite's files replaced (${seconds(bundled)})`);
        const downloadsStarted = performance.now();
        logger.info(`data downloads: ${writeDataDownloads(outDir)} files in data/ (${seconds(downloadsStarted)})`);
        await writeSearchIndex(outDir, logger, records ?? startRecordsParts());
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
        minifyInPlace(join(outDir, "embed-theme.js"));
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

/** Opens a part, fills it, writes it to `folder`, and stops the indexer whatever happens. */
async function writePart(pagefind: Pagefind, folder: string, fill: (index: PagefindIndex) => Promise<string>): Promise<string> {
  try {
    const index = await openPart(pagefind);
    const started = performance.now();
    const what = await fill(index);
    const read = seconds(started);
    const filled = performance.now();
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return `${what} (read in ${read}, written in ${seconds(filled)})`;
  } finally {
    await pagefind.close();
  }
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

interface RecordsParts {
  /** The folder they are written to: a temporary one of their own, as Astro empties the output folder when it starts writing. */
  folder: string;
  /**
   * What was written into which folders under it, and whether the event and actor pages were among
   * them (then only the other pages are read from HTML), once all are; rejects with the indexer's errors.
   */
  done: Promise<{ what: string; folders: string[]; rows: boolean }>;
}

/**
 * Starts writing the records parts (record-parts.ts: sources and measures, and at scale the event
 * and actor rows) into a temporary folder, one after the other, each in an indexer stopped before
 * the next starts: the indexer's memory grows with the records of the part it writes, and the
 * astro process is rendering beside it. `done` is handled at once so a failure waits for
 * writeSearchIndex to report it rather than stopping the process mid-render.
 */
function startRecordsParts(): RecordsParts {
  const folder = mkdtempSync(join(tmpdir(), "smt-search-records-"));
  const done = import("pagefind").then(async (pf) => {
    const model = getModel();
    const parts = recordPartsOf(model);
    const written: string[] = [];
    for (const [part, records] of recordsByPart(model, parts)) {
      written.push(
        `${part.folder} ` +
          (await writePart(pf, join(folder, part.folder), async (index) => {
            await addRecords(index, records);
            return `${records.length} ${part.kind === "rows" ? "event and actor pages as records" : "sources and measures"}`;
          })),
      );
    }
    return { what: written.join("; "), folders: parts.map((p) => p.folder), rows: parts.some((p) => p.kind === "rows") };
  });
  done.catch(() => undefined);
  return { folder, done };
}

async function writeSearchIndex(outDir: string, logger: Logger, records: RecordsParts): Promise<void> {
  const [pagesPart] = INDEX_PARTS;
  const root = join(outDir, "pagefind");
  try {
    // Written during rendering; the pages part waits for them, so one indexer runs at a time.
    const { what: recordsWritten, folders, rows } = await records.done;
    const pagefind = await import("pagefind");
    const pages = await writePart(pagefind, join(root, pagesPart!.folder), async (index) => {
      // At scale the event and actor pages are in the rows parts, from their rows; the rest come from HTML.
      const glob = rows ? htmlGlob(outDir, [...ROW_PAGE_FOLDERS, "pagefind", "_astro"]) : undefined;
      const added = await index.addDirectory({ path: outDir, ...(glob ? { glob } : {}) });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
      return `${added.page_count} pages`;
    });
    // Moved in after the pages part, which is written into the folder above them.
    for (const name of folders) moveFolder(join(records.folder, name), join(root, name));
    logger.info(`search index in ${1 + folders.length} parts: ${pages}; ${recordsWritten}, written while the pages rendered`);
  } finally {
    // The temporary folder is this build's own (startRecordsParts made it); once moved, nothing is left there.
    rmSync(records.folder, { recursive: true, force: true });
  }
}

/**
 * Every embed loads public/embed-theme.js before its first paint; the file is written to be read
 * (its comments are most of it), and readers get it minified: 0.87 KB gzip down to 0.39. The host
 * loader (embed.js) stays as written: newsrooms read a script before they put it on their pages.
 */
function minifyInPlace(file: string): void {
  const { code, errors } = minifySync(file, readFileSync(file, "utf8"));
  if (errors.length > 0) throw new Error(`${file}: could not be minified: ${errors.map((e) => e.message).join("; ")}`);
  writeFileSync(file, code);
}
