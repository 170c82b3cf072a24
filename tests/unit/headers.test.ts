// The `_headers` file: every ordinary page may be framed only by the site itself; embeds stay
// frameable by anyone, and no rule that matches an embed sets frame-ancestors.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FRAME_ANCESTORS_SELF, headersFile } from "../../src/build/headers.ts";

/** The header lines a Netlify-style host would send for `path` (every matching block, merged). */
function headersFor(file: string, path: string): string[] {
  const blocks = file.split(/\n(?=\S)/).filter((b) => !b.startsWith("#"));
  return blocks.flatMap((block) => {
    const [pattern, ...lines] = block.trim().split("\n");
    const re = new RegExp(`^${pattern!.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
    return re.test(path) ? lines.map((l) => l.trim()) : [];
  });
}

describe("_headers", () => {
  const out = mkdtempSync(join(tmpdir(), "smt-headers-"));
  for (const dir of ["timeline", "embed/timeline", "embed/events-by-year", "minerals", "_astro", "charts"]) mkdirSync(join(out, dir), { recursive: true });
  for (const file of ["index.html", "404.html", "embed.js", "embed/index.html"]) writeFileSync(join(out, file), "");

  for (const base of ["/", "/tracker/"]) {
    const file = headersFile(out, base);
    it(`(base ${base}) frames ordinary pages only from the site, embeds from anywhere`, () => {
      for (const page of ["", "index.html", "404.html", "timeline/", "minerals/", "embed/"]) {
        expect(headersFor(file, base + page), page).toContain(FRAME_ANCESTORS_SELF);
      }
      for (const embed of ["embed/timeline/", "embed/events-by-year/"]) {
        const sent = headersFor(file, base + embed);
        expect(sent.filter((l) => /frame-ancestors|X-Frame-Options/i.test(l)), embed).toEqual([]);
        expect(sent).toContain("X-Content-Type-Options: nosniff");
      }
    });
  }
});
