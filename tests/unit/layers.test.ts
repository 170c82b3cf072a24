// Data flows one way (DESIGN.md): data/ -> src/data -> views -> pages -> islands. A module in src/data
// that imports from a later layer makes loading and validating the data depend on how a page looks,
// and the build's validate step (scripts/) would drag page code along.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DATA = join(import.meta.dirname, "../../src/data");
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/g;

describe("src/data", () => {
  it("imports nothing from the site, the views, the charts or the islands", () => {
    const outward: string[] = [];
    for (const file of readdirSync(DATA).filter((f) => /\.(ts|mjs|js)$/.test(f))) {
      for (const m of readFileSync(join(DATA, file), "utf8").matchAll(IMPORT)) {
        const target = m[1] ?? m[2]!;
        if (target.startsWith("../")) outward.push(`${file} -> ${target}`);
      }
    }
    expect(outward).toEqual([]);
  });
});
