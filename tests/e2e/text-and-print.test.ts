// Text as a reader meets it on a narrow phone and on paper (issue 21): no words run together where
// one element ends and the next begins, no page that scrolls sideways at 320 px, and printed pages
// that say where they came from, with addresses that wrap only where an address may break.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { browserAndSite } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { gluedWords } from "../support/glued-words.ts";
import { loadData } from "../../src/data/load.ts";
import { SITE_NAME } from "../../src/site/cite.ts";

const { tables } = loadData(join(ROOT, "data"));
const DIST = join(ROOT, "dist");

const web = browserAndSite();

function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...builtPages(path));
    else if (name === "index.html") out.push(path);
  }
  return out;
}

const urlOf = (file: string) => "/" + relative(DIST, file).replace(/index\.html$/, "");

describe("words stay apart", () => {
  it("has no lowercase letter or digit glued to the next word at an element boundary, on any built page", async () => {
    const files = builtPages();
    expect(files.length).toBeGreaterThan(tables.events.length + tables.actors.length);
    // The markup says where words could run together; the browser says whether they do (an element
    // shown as a block starts its own line, so no space is needed there).
    const suspects = files.map((f) => ({ path: urlOf(f), glued: gluedWords(readFileSync(f, "utf8")) })).filter((s) => s.glued.length > 0);
    const context = await web.browser.newContext();
    const page = await context.newPage();
    const glued: string[] = [];
    for (const { path, glued: candidates } of suspects) {
      await page.goto(web.site.root + path.slice(1));
      const text = await page.evaluate(() => document.body.innerText);
      for (const { at } of candidates) {
        const [before, after] = at.split("|") as [string, string];
        const joined = `${before.split(/\s/).pop()}${after.split(/\s/)[0]}`;
        if (text.includes(joined)) glued.push(`${path}: “${before}${after}”`);
      }
    }
    await context.close();
    expect(glued).toEqual([]);
  });

  it("finds glued words where they are (the scanner itself)", () => {
    const found = gluedWords("<!doctype html><html><body><p>The data holds<strong>132</strong>events, <a href=x>one</a> more<span>and</span></p><p>block</p><p>next</p></body></html>");
    expect(found.map((g) => g.at)).toEqual(["The data holds|132", "132|events, ", " more|and"]);
  });
});

describe("no page scrolls sideways on a 320 px phone", () => {
  const pages = () => [
    "/", "/timeline/", "/network/", "/minerals/", "/story/", "/sources/", "/data/", "/about/", "/changes/", "/search/?q=sanctions", "/embed/",
    `/events/${tables.events[0]!.id}/`, `/actors/${tables.actors[0]!.id}/`,
    // Every page of the minerals section: per-mineral charts, money, deal, figures and deposits tables.
    ...readdirSync(join(DIST, "minerals")).filter((n) => statSync(join(DIST, "minerals", n)).isDirectory()).map((n) => `/minerals/${n}/`),
    ...readdirSync(join(DIST, "embed")).filter((n) => statSync(join(DIST, "embed", n)).isDirectory()).map((n) => `/embed/${n}/`),
  ];

  for (const javaScriptEnabled of [true, false]) {
    it(`keeps every page within 320 px ${javaScriptEnabled ? "with" : "without"} JavaScript`, async () => {
      const context = await web.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of pages()) {
        await page.goto(web.site.root + path.slice(1), { waitUntil: "load" });
        const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
        if (scroll > width) wide.push(`${path} is ${scroll} px wide`);
      }
      await context.close();
      expect(wide).toEqual([]);
    });
  }
});

describe("print", () => {
  it("puts the site's name and the page's address at the top of every printed page type", async () => {
    const page = await web.browser.newPage();
    await page.emulateMedia({ media: "print" });
    for (const path of ["/", `/events/${tables.events[0]!.id}/`, `/actors/${tables.actors[0]!.id}/`, "/sources/", "/timeline/?track=war", "/minerals/", "/story/"]) {
      await page.goto(web.site.root + path.slice(1));
      const top = await page.evaluate(() => {
        // The first thing on paper: the first visible text in the document.
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let text = "";
        for (let n = walker.nextNode(); n && text.length < 200; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (n.textContent!.trim() && el.getClientRects().length > 0 && el.checkVisibility()) text += n.textContent;
        }
        return { text, href: location.href };
      });
      expect(top.text.startsWith(SITE_NAME), path).toBe(true);
      expect(top.text, path).toContain(top.href);
    }
    await page.close();
  });

  it("breaks long source addresses only between the parts of an address, never inside a word of the host or path", async () => {
    // A narrow sheet makes most addresses wrap.
    const context = await web.browser.newContext({ viewport: { width: 420, height: 800 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    const event = [...tables.events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    await page.goto(web.site.root + `events/${event.id}/`);
    const result = await page.evaluate(() => {
      const urls = [...document.querySelectorAll<HTMLElement>(".print-url")].filter((el) => el.getClientRects().length > 0);
      let wrapped = 0;
      const broken: string[] = [];
      for (const url of urls) {
        if (url.getClientRects().length > 1) wrapped++;
        // Every piece between two break points sits on one line.
        for (const node of [...url.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)) {
          const range = document.createRange();
          const tops = new Set<number>();
          for (let i = 0; i < node.textContent!.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (rect) tops.add(Math.round(rect.top));
          }
          if (tops.size > 1) broken.push(node.textContent!);
        }
      }
      return { shown: urls.length, wrapped, broken };
    });
    expect(result.shown).toBe(event.sources.length);
    expect(result.wrapped).toBeGreaterThan(0);
    expect(result.broken).toEqual([]);
    await context.close();
  });
});
