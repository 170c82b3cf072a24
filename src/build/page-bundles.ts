// After the build: what a page's scripts import comes as one file, and its stylesheets as one.
//
// Vite splits the site's code into a chunk per set of pages that share it, so a page loaded a dozen
// small scripts (the header's, the search box's, the date bar's, the chart's, and the helpers they
// share) and half a dozen stylesheets. Each file is compressed on its own and starts with an empty
// dictionary: the network page's 16 scripts and 8 stylesheets came to 18.2 and 8.8 KB gzip; as
// below, 16.9 and 6.7. A reader moving between kinds of page downloads the shared code again for
// each kind (a few KB), where the site-wide chunks let the browser keep it; an embed, loaded once
// in someone else's article, only gains.
//
// Scripts: for each set of module scripts that pages load together, Rolldown (Vite's own bundler)
// keeps each script a file of its own, so each script's start-up still runs as a task of its own,
// and puts everything they import in one shared file. Code fetched on first use (`import()`) stays
// in files of its own and imports what it shares from that file, so every module exists once per
// page. Stylesheets: a page's stylesheets joined in the order it links them, which is how the
// browser cascades them anyway.
//
// Files only this step replaced are then removed; anything else that names a file keeps it.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { rolldown } from "rolldown";

export interface PageBundlesResult {
  pages: number;
  /** Sets of scripts pages load together, and the files written for them (the scripts, their shared files, first-use code). */
  scriptSets: number;
  scriptFiles: number;
  /** Sets of stylesheets joined. */
  styleSets: number;
  /** Files from Vite's output no page names any more, removed. */
  removed: number;
}

export interface PageBundlesOptions {
  /** The site's base path, as in the pages' links ("/" or "/tracker/"). */
  base: string;
  /** Leave the scripts unminified (SMT_DEBUG_JS), so a profile names their functions. */
  minify?: boolean;
}

const ASSETS = "_astro";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every file under `dir` whose name passes `wanted`, outside the assets and the search index. */
function outputFiles(dir: string, wanted: (name: string) => boolean, top = true): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (top && (e.name === ASSETS || e.name === "pagefind")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...outputFiles(path, wanted, false));
    else if (wanted(e.name)) out.push(path);
  }
  return out;
}

/** "Timeline.astro_astro_type_script_index_0_lang.BiDRVfW8" -> "Timeline"; "dom.ByjnwRd9" -> "dom". */
export function partName(file: string): string {
  return basename(file, ".js").replace(/\.astro_astro_type_script_index_\d+_lang/, "").replace(/\.[A-Za-z0-9_-]{8}$/, "");
}

const hash8 = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 8);

interface Page {
  file: string;
  scripts: string[];
  styles: string[];
}

/**
 * Gathers what each page's module scripts share and joins its stylesheets, in `outDir` (a finished
 * build), and rewrites the pages to load them.
 */
export async function bundlePages(outDir: string, options: PageBundlesOptions): Promise<PageBundlesResult> {
  const assets = join(outDir, ASSETS);
  const prefix = `${options.base}${ASSETS}/`;
  const scriptTag = new RegExp(`<script type="module" src="${escapeRe(prefix)}([^"/]+\\.js)"></script>`, "g");
  const styleTag = new RegExp(`<link rel="stylesheet" href="${escapeRe(prefix)}([^"/]+\\.css)">`, "g");
  const before = existsSync(assets) ? readdirSync(assets) : [];

  // Only the tags are kept, not the pages: at a hundred times today's data they are gigabytes.
  const pages: Page[] = outputFiles(outDir, (name) => name.endsWith(".html")).map((file) => {
    const html = readFileSync(file, "utf8");
    return { file, scripts: [...html.matchAll(scriptTag)].map((m) => m[1]!), styles: [...html.matchAll(styleTag)].map((m) => m[1]!) };
  });

  // One build per set of scripts, in the order the pages load them.
  const scriptSets = new Map<string, string[]>();
  for (const p of pages) if (p.scripts.length > 0) scriptSets.set(p.scripts.join(" "), p.scripts);
  /** Per set: each of its scripts' new name. */
  const bundleOf = new Map<string, Map<string, string>>();
  const written = new Set<string>();
  for (const [key, scripts] of scriptSets) {
    const { entries, files } = await bundleScripts(assets, scripts, options.minify ?? true);
    bundleOf.set(key, new Map(scripts.map((s, i) => [s, entries[i]!])));
    for (const [name, code] of files) {
      // Names carry a hash of the content: a file already there is this one.
      if (!written.has(name)) writeFileSync(join(assets, name), code);
      written.add(name);
    }
  }

  // One stylesheet per set of two or more.
  const styleSets = new Map<string, string>();
  for (const p of pages) {
    if (p.styles.length < 2) continue;
    const key = p.styles.join(" ");
    if (styleSets.has(key)) continue;
    const css = p.styles.map((s) => readFileSync(join(assets, s), "utf8").trimEnd()).join("\n");
    const name = `page.${hash8(css)}.css`;
    writeFileSync(join(assets, name), css + "\n");
    written.add(name);
    styleSets.set(key, name);
  }

  // Each page rewritten, and what it still names from the assets noted (a page with one stylesheet keeps it).
  const named = new Set<string>();
  const ref = assetReference(prefix);
  for (const p of pages) {
    const was = readFileSync(p.file, "utf8");
    let html = was;
    const renamed = bundleOf.get(p.scripts.join(" "));
    if (renamed) html = html.replace(scriptTag, (_, name: string) => `<script type="module" src="${prefix}${renamed.get(name)}"></script>`);
    const sheet = styleSets.get(p.styles.join(" "));
    if (sheet) html = replaceTags(html, styleTag, `<link rel="stylesheet" href="${prefix}${sheet}">`);
    if (html !== was) writeFileSync(p.file, html);
    for (const m of html.matchAll(ref)) named.add(m[1]!);
  }

  // Vite's files that nothing names any more go; a file named anywhere in the output stays.
  otherReferences(outDir, ref, [...written], named);
  let removed = 0;
  for (const name of before) {
    if (!/\.(js|css)$/.test(name) || written.has(name) || named.has(name)) continue;
    rmSync(join(assets, name));
    removed++;
  }
  return { pages: pages.length, scriptSets: scriptSets.size, scriptFiles: written.size - styleSets.size, styleSets: styleSets.size, removed };
}

/** The first of the page's tags becomes `replacement`; the others go. */
function replaceTags(html: string, tag: RegExp, replacement: string): string {
  let first = true;
  return html.replace(tag, () => {
    if (!first) return "";
    first = false;
    return replacement;
  });
}

/**
 * Bundles `scripts` (files in `assets`, which a page loads in this order): each stays a script of
 * its own, and everything they import goes into one shared file. Each script's own start-up still
 * runs as a task of its own: as one file, the network page's scripts all ran in the task that
 * finished parsing the page, before it was first laid out: 400 ms on the slowed phone at ten times
 * today's data (issue 19 allows 200). Returns each script's new name, in order.
 */
async function bundleScripts(assets: string, scripts: string[], minify: boolean): Promise<{ entries: string[]; files: Map<string, string> }> {
  const paths = scripts.map((s) => join(assets, s));
  const shared = new Set([...staticClosure(assets, scripts)].filter((f) => !scripts.includes(f)).map((f) => join(assets, f)));
  const names = new Set<string>();
  const input: Record<string, string> = {};
  for (const [i, s] of scripts.entries()) {
    let name = partName(s);
    while (names.has(name)) name += "-";
    names.add(name);
    input[name] = paths[i]!;
  }
  const bundle = await rolldown({
    input,
    logLevel: "warn",
  });
  try {
    const { output } = await bundle.generate({
      format: "esm",
      minify,
      entryFileNames: "[name].[hash].js",
      // First-use code keeps its module's name ("tap-chooser"), without Vite's hash.
      chunkFileNames: (chunk) => `${partName(chunk.name)}.[hash].js`,
      // What the page's scripts import, in one file; what only first-use code needs stays with it.
      codeSplitting: { groups: [{ name: "shared", test: (id: string) => shared.has(id) }] },
    });
    const files = new Map<string, string>();
    const byPath = new Map<string, string>();
    for (const o of output) {
      if (o.type !== "chunk") continue;
      files.set(o.fileName, o.code);
      if (o.isEntry && o.facadeModuleId) byPath.set(o.facadeModuleId, o.fileName);
    }
    return { entries: paths.map((p) => byPath.get(p)!), files };
  } finally {
    await bundle.close();
  }
}

/** `scripts` and every file they import statically (not what they fetch on first use). */
function staticClosure(assets: string, scripts: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...scripts];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(join(assets, file), "utf8").matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]!);
  }
  return seen;
}

/** A reference to an asset file, from a page (by its path) or from a file beside it ("./name"). */
const assetReference = (prefix: string) => new RegExp(`(?:${escapeRe(prefix)}|\\./)([^"'\`\\s)/]+\\.(?:js|css))`, "g");

/**
 * Adds to `named` the assets named by files other than pages and Vite's own (scripts, stylesheets
 * and host files such as `_headers`), and by the files this step wrote, which import one another
 * and could import a file this step did not replace. Vite's files are left out: those this step
 * replaced import each other, and whether they stay is what is being decided.
 */
function otherReferences(outDir: string, ref: RegExp, written: string[], named: Set<string>): void {
  const others = outputFiles(outDir, (name) => /\.(js|css|webmanifest)$|^_headers$/.test(name));
  for (const file of [...others, ...written.map((n) => join(outDir, ASSETS, n))]) {
    for (const m of readFileSync(file, "utf8").matchAll(ref)) named.add(m[1]!);
  }
}
