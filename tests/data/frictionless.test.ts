// data/datapackage.json is read by outside tools, not only by our validator. The Data Package v2
// JSON Schema profiles are not published on the npm registry (the only package source this project
// installs from), and files copied out of other repositories are not committed here, so the check is
// the one an outside user would run: Frictionless's JavaScript reader (the npm `datapackage` library,
// which validates a descriptor against the profiles it ships) must accept the descriptor and read
// every table with the types it declares. The v2 forms we rely on are checked directly.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import datapackage from "datapackage";
import { loadData } from "../../src/data/load.ts";
import { ROOT } from "../support/data-copy.ts";

const descriptorText = readFileSync(join(ROOT, "data/datapackage.json"), "utf8");
const descriptor = JSON.parse(descriptorText);
type Field = Record<string, unknown> & { name: string; type: string };
const fieldsOf = (resource: { schema: { fields: Field[] } }) => resource.schema.fields;

describe("datapackage.json in the Data Package v2 form", () => {
  it("declares the v2 profile it follows", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
  });

  it("uses only Table Schema field types and formats; our partial dates and lists are x- properties", () => {
    const types = new Set(["string", "number", "integer", "boolean", "date", "datetime", "year", "object", "array", "any"]);
    for (const resource of descriptor.resources) {
      for (const field of fieldsOf(resource)) {
        expect(types.has(field.type), `${resource.name}.${field.name} type ${field.type}`).toBe(true);
        expect(field.format === undefined || ["default", "uri", "email", "uuid"].includes(String(field.format)), `${resource.name}.${field.name} format ${String(field.format)}`).toBe(true);
        if (field["x-format"] === "partial-date" || field["x-list"]) expect(field.type, `${resource.name}.${field.name}`).toBe("string");
      }
    }
  });

  it("keeps list foreign keys out of foreignKeys, where a Frictionless tool would look up the whole cell", () => {
    for (const resource of descriptor.resources) {
      const lists = new Set(fieldsOf(resource).filter((f) => f["x-list"]).map((f) => f.name));
      for (const fk of resource.schema.foreignKeys ?? []) expect(lists.has(fk.fields), `${resource.name}.${fk.fields}`).toBe(false);
    }
  });
});

describe("the npm datapackage library", { timeout: 60_000 }, () => {
  it("loads the descriptor as valid and reads every table, typed, with as many rows as our loader", async () => {
    const pkg = await datapackage.Package.load(join(ROOT, "data/datapackage.json"), { basePath: join(ROOT, "data") });
    expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const { tables } = loadData(join(ROOT, "data"));
    const names: string[] = pkg.resources.map((r: { name: string }) => r.name);
    expect(names).toEqual(descriptor.resources.map((r: { name: string }) => r.name));
    for (const resource of pkg.resources) {
      const rows: Record<string, unknown>[] = await resource.read({ keyed: true });
      expect(rows.length, resource.name).toBe((tables as unknown as Record<string, unknown[]>)[resource.name]!.length);
    }
    // Types as declared: a number is a number, a partial date stays the string it was written as.
    const events: Record<string, unknown>[] = await pkg.getResource("events").read({ keyed: true });
    expect(typeof events[0]!.importance).toBe("number");
    expect(events.map((e) => e.date)).toEqual(tables.events.map((e) => e.date));
    const relations: Record<string, unknown>[] = await pkg.getResource("relations").read({ keyed: true });
    expect(new Set(relations.map((r) => typeof r.directed))).toEqual(new Set(["boolean"]));
  });
});
