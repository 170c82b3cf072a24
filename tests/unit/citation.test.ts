// How to cite: the "Cite this page" format, and CITATION.cff agreeing with the data package.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { citation, SITE_NAME } from "../../src/site/cite.ts";
import { ROOT } from "../support/data-copy.ts";

describe("citation", () => {
  it("names the site, the year, the page, its address and the access date", () => {
    expect(citation({ title: "Sources", year: "2026", url: "https://example.org/sources/", accessed: "3 March 2026" })).toBe(
      "Sanctions & Minerals Tracker (2026). “Sources.” https://example.org/sources/ (accessed 3 March 2026).",
    );
  });

  it("cites the site as a whole without a page title", () => {
    expect(citation({ title: SITE_NAME, year: "2026", url: "https://example.org/", accessed: "today" })).toBe(
      "Sanctions & Minerals Tracker (2026). https://example.org/ (accessed today).",
    );
  });
});

describe("CITATION.cff", () => {
  const cff = readFileSync(join(ROOT, "CITATION.cff"), "utf8");
  const field = (name: string) => new RegExp(`^${name}:\\s*"?([^"\\n]+)"?\\s*$`, "m").exec(cff)?.[1];
  const dp = JSON.parse(readFileSync(join(ROOT, "data/datapackage.json"), "utf8")) as { title: string; version?: string; licenses: { name: string }[] };

  it("is Citation File Format 1.2.0 with the required fields", () => {
    expect(field("cff-version")).toBe("1.2.0");
    expect(cff).toMatch(/^message: /m);
    expect(cff).toMatch(/^authors:\n\s+- name: /m);
  });

  it("carries the data package's title, version and licence", () => {
    expect(field("title")).toBe(dp.title);
    expect(field("title")).toBe(SITE_NAME);
    expect(field("version")).toBe(dp.version);
    expect(field("license")).toBe(dp.licenses[0]!.name);
  });
});
