// The step after the build that gathers what a page's scripts import into one file and its
// stylesheets into one (src/build/page-bundles.ts), on a small output folder made here: the pages'
// code still runs in the order they loaded it, a module the page shares with code fetched on first
// use still exists once, stylesheets keep their order, and only files the step replaced are removed.
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundlePages, partName } from "../../src/build/page-bundles.ts";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A built site under `base`: two pages loading scripts A then B and two stylesheets, one page with B and one stylesheet. */
function site(base: string): string {
  const out = mkdtempSync(join(tmpdir(), "smt-page-bundles-"));
  made.push(out);
  const files: Record<string, string> = {
    // Marks the folder's scripts as modules for Node, which runs them below.
    "package.json": `{"type":"module"}`,
    "_astro/shared.AAAAAAAA.js": `export const count = { n: 0 }; globalThis.__log.push("shared");`,
    "_astro/A.astro_astro_type_script_index_0_lang.BBBBBBBB.js":
      `import { count } from "./shared.AAAAAAAA.js"; count.n++; globalThis.__log.push("a" + count.n); globalThis.__later = () => import(\`./lazy.CCCCCCCC.js\`);`,
    "_astro/B.astro_astro_type_script_index_0_lang.DDDDDDDD.js": `import { count } from "./shared.AAAAAAAA.js"; count.n++; globalThis.__log.push("b" + count.n);`,
    "_astro/lazy.CCCCCCCC.js": `import { count } from "./shared.AAAAAAAA.js"; export const seen = count.n;`,
    "_astro/one.EEEEEEEE.css": `.a{color:red}`,
    "_astro/two.FFFFFFFF.css": `.a{color:blue}`,
    "_astro/solo.GGGGGGGG.css": `.b{color:green}`,
    // Named by a file outside the pages: stays whatever the pages load.
    "_astro/kept.HHHHHHHH.js": `export {};`,
    "loader.js": `const s = "${base}_astro/kept.HHHHHHHH.js";`,
  };
  const page = (scripts: string[], styles: string[]) =>
    `<!doctype html><html><head>${styles.map((s) => `<link rel="stylesheet" href="${base}_astro/${s}">`).join("")}<title>t</title></head>` +
    `<body><p>text</p>${scripts.map((s) => `<script type="module" src="${base}_astro/${s}"></script>`).join("<p>between</p>")}</body></html>`;
  const ab = ["A.astro_astro_type_script_index_0_lang.BBBBBBBB.js", "B.astro_astro_type_script_index_0_lang.DDDDDDDD.js"];
  files["index.html"] = page(ab, ["one.EEEEEEEE.css", "two.FFFFFFFF.css"]);
  files["other/index.html"] = page(ab, ["one.EEEEEEEE.css", "two.FFFFFFFF.css"]);
  files["solo/index.html"] = page([ab[1]!], ["solo.GGGGGGGG.css"]);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(out, name, ".."), { recursive: true });
    writeFileSync(join(out, name), text);
  }
  return out;
}

const tags = (html: string) => ({
  scripts: [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]!),
  styles: [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!),
});

describe("a page's scripts around one shared file, and one stylesheet", () => {
  for (const base of ["/", "/tracker/"]) {
    it(`(base ${base}) keeps each page's scripts in their order, with the modules they share once`, async () => {
      const out = site(base);
      const result = await bundlePages(out, { base });
      const home = tags(readFileSync(join(out, "index.html"), "utf8"));
      const other = tags(readFileSync(join(out, "other/index.html"), "utf8"));
      const solo = tags(readFileSync(join(out, "solo/index.html"), "utf8"));
      // Each script stays a script of its own (its start-up a task of its own), renamed for its module.
      expect(home.scripts).toHaveLength(2);
      expect(home.scripts[0]).toMatch(new RegExp(`^${base}_astro/A\\.[\\w-]{8}\\.js$`));
      expect(home.scripts[1]).toMatch(new RegExp(`^${base}_astro/B\\.[\\w-]{8}\\.js$`));
      expect(home.styles).toHaveLength(1);
      expect(other).toEqual(home);
      expect(solo.scripts).toHaveLength(1);
      // A page with one stylesheet keeps it.
      expect(solo.styles).toEqual([`${base}_astro/solo.GGGGGGGG.css`]);
      expect(result).toMatchObject({ pages: 3, scriptSets: 2, styleSets: 1 });
      // The rest of the page is as it was.
      expect(readFileSync(join(out, "index.html"), "utf8")).toContain("<p>text</p><script");
      expect(readFileSync(join(out, "index.html"), "utf8")).toContain("</script><p>between</p><script");

      // Stylesheets joined in the order the page linked them: the later rule still wins.
      const css = readFileSync(join(out, home.styles[0]!.slice(base.length)), "utf8");
      expect(css.indexOf("color:red")).toBeGreaterThan(-1);
      expect(css.indexOf("color:blue")).toBeGreaterThan(css.indexOf("color:red"));

      // Run the page's scripts in order, as a browser would: A's code, then B's, the shared module once.
      const g = globalThis as unknown as { __log: string[]; __later: () => Promise<{ seen: number }> };
      g.__log = [];
      for (const src of home.scripts) await import(pathToFileURL(join(out, src.slice(base.length))).href);
      expect(g.__log).toEqual(["shared", "a1", "b2"]);
      // Code fetched on first use sees the page's own copy of what they share (a second copy would count 0).
      expect((await g.__later()).seen).toBe(2);
      expect(g.__log).toEqual(["shared", "a1", "b2"]);

      // Vite's files the pages no longer name are gone; one named elsewhere stays.
      const left = readdirSync(join(out, "_astro"));
      for (const gone of ["shared.AAAAAAAA.js", "A.astro_astro_type_script_index_0_lang.BBBBBBBB.js", "lazy.CCCCCCCC.js", "one.EEEEEEEE.css", "two.FFFFFFFF.css"]) expect(left).not.toContain(gone);
      expect(left).toContain("kept.HHHHHHHH.js");
      expect(left).toContain("solo.GGGGGGGG.css");
      // First-use code keeps its module's name.
      expect(left.filter((f) => /^lazy\.[\w-]{8}\.js$/.test(f)).length).toBeGreaterThan(0);
      for (const p of [...home.scripts, ...solo.scripts, ...home.styles]) expect(existsSync(join(out, p.slice(base.length))), p).toBe(true);
    });
  }

  it("names a file for its module, without Vite's hash or Astro's script suffix", () => {
    expect(partName("Timeline.astro_astro_type_script_index_0_lang.BiDRVfW8.js")).toBe("Timeline");
    expect(partName("timeline-island.B7Y0Ch8h.js")).toBe("timeline-island");
    expect(partName("as-of-bar.iquc9SYl")).toBe("as-of-bar");
  });
});
