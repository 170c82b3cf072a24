// The descriptor is the one schema: the committed TypeScript types must be what it generates.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDescriptor } from "../../src/data/descriptor.ts";
import { generateTypes, rowTypeName } from "../../src/data/typegen.ts";
import { ROOT } from "../support/data-copy.ts";

describe("generated row types", () => {
  it("match data/datapackage.json (run `npm run types` after editing the schema)", () => {
    const dp = parseDescriptor(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
    expect(readFileSync(join(ROOT, "src/data/tables.generated.ts"), "utf8")).toBe(generateTypes(dp));
  });

  it("name a table's row type after one row", () => {
    expect(rowTypeName("mineral_stats")).toBe("MineralStatRow");
    expect(rowTypeName("sources")).toBe("SourceRow");
  });
});
