// The descriptor is the one schema: the committed TypeScript types must be what it generates.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDescriptor } from "../../src/data/descriptor.ts";
import { generateTypes, rowTypeName, typesProblem } from "../../src/data/typegen.ts";
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

  it("are checked by npm run validate: a schema edited without `npm run types` points at the first stale line", () => {
    const dp = parseDescriptor(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
    const committed = join(ROOT, "src/data/tables.generated.ts");
    expect(typesProblem(dp, committed)).toBeNull();
    const edited = structuredClone(dp);
    edited.resources[1]!.schema.fields.push({ name: "nickname", type: "string", description: "A new column.", constraints: { maxLength: 50 } });
    const problem = typesProblem(edited, committed)!;
    const line = generateTypes(edited).split("\n").findIndex((l) => l.includes("nickname")) + 1;
    expect(problem).toEqual({
      file: "src/data/tables.generated.ts",
      line: line - 1, // the new field's description comment comes first
      column: 1,
      message: "the generated row types are out of date with the data package descriptor",
      expected: "what `npm run types` writes; run it after every schema change and commit the result",
    });
  });

  it("emit no code from the descriptor: names are checked identifiers, descriptions stay inside one comment", () => {
    const dp = parseDescriptor(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
    const hostile = structuredClone(dp);
    hostile.resources[0]!.schema.fields[0]!.description = "ends here */ process.exit(1); /* and\u2028on a new line\nthen";
    const out = generateTypes(hostile);
    expect(out).toContain("/** ends here * / process.exit(1); /* and on a new line then */");
    const named = structuredClone(dp);
    named.resources[0]!.schema.fields[0]!.name = 'x: string; } import("child_process"); interface Y {';
    expect(() => generateTypes(named)).toThrow(/refusing to generate a type from the name/);
    const dir = mkdtempSync(join(tmpdir(), "smt-types-"));
    writeFileSync(join(dir, "t.ts"), out);
    expect(typesProblem(hostile, join(dir, "t.ts"))).toBeNull();
  });

  it("carry the schema's category labels as data a page can read, hostile text included", async () => {
    const dp = parseDescriptor(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
    const edited = structuredClone(dp);
    const track = edited.resources.find((r) => r.name === "events")!.schema.fields.find((f) => f.name === "track")!;
    const hostile = 'War"}; throw new Error("ran"); //\u2028';
    track.categories = track.categories!.map((c) => (c.value === "war" ? { ...c, label: hostile } : c));
    const dir = mkdtempSync(join(tmpdir(), "smt-types-"));
    writeFileSync(join(dir, "labels.ts"), generateTypes(edited));
    const { LABELS } = await import(join(dir, "labels.ts"));
    expect(LABELS.events.track.war).toBe(hostile);
    expect(LABELS.events.track["relief-diplomacy"]).toBe("Relief & diplomacy");
    expect(Object.keys(LABELS.events.track)).toEqual(track.constraints!.enum);
  });
});
