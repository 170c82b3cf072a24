// data/datapackage.json is read by outside tools, not only by our validator: it must pass the
// published Data Package v2 JSON Schema profiles (shipped in tests/fixtures/frictionless/, see the
// README there), and the npm `datapackage` library (Frictionless's JavaScript reader) must read
// every table with the types the descriptor declares.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import datapackage from "datapackage";
import { loadData } from "../../src/data/load.ts";
import { FIXTURES, ROOT } from "../support/data-copy.ts";

const PROFILES = join(FIXTURES, "frictionless");
const profile = (name: string) => JSON.parse(readFileSync(join(PROFILES, `${name}.json`), "utf8"));
const descriptorText = readFileSync(join(ROOT, "data/datapackage.json"), "utf8");
const descriptor = JSON.parse(descriptorText);

/** An Ajv for the profiles: draft-07, formats they use for documentation only ("textarea") accepted. */
function validator(schema: object) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(schema);
}

const errorsOf = (validate: ReturnType<typeof validator>, value: unknown) =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe("datapackage.json against the Data Package v2 profiles", () => {
  const packageProfile = validator(profile("datapackage"));

  it("declares the v2 profile it follows", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
  });

  it("is a valid data package", () => {
    expect(errorsOf(packageProfile, descriptor)).toEqual([]);
  });

  it("has every resource valid on its own and every schema a valid Table Schema", () => {
    const resourceProfile = validator(profile("dataresource"));
    const schemaProfile = validator(profile("tableschema"));
    for (const resource of descriptor.resources) {
      expect(errorsOf(resourceProfile, resource), resource.name).toEqual([]);
      expect(errorsOf(schemaProfile, resource.schema), resource.name).toEqual([]);
    }
  });

  it("would be rejected in the form it had before: a list type and a partial-date format", () => {
    const old = structuredClone(descriptor);
    const events = old.resources.find((r: { name: string }) => r.name === "events");
    const date = events.schema.fields.find((f: { name: string }) => f.name === "date");
    date.format = "partial-date";
    expect(errorsOf(packageProfile, old).join("\n")).toMatch(/format must be equal to one of the allowed values/);
    const listed = structuredClone(descriptor);
    const sources = listed.resources.find((r: { name: string }) => r.name === "events").schema.fields.find((f: { name: string }) => f.name === "sources");
    sources.type = "list";
    expect(errorsOf(packageProfile, listed)).not.toEqual([]);
  });

  it("keeps list foreign keys out of foreignKeys, where a Frictionless tool would look up the whole cell", () => {
    for (const resource of descriptor.resources) {
      const lists = new Set(resource.schema.fields.filter((f: Record<string, unknown>) => f["x-list"]).map((f: { name: string }) => f.name));
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
