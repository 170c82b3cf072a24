// Generates the TypeScript row types from data/datapackage.json, so the descriptor stays the one
// schema: `npm run types` writes src/data/tables.generated.ts and a unit test fails when the
// committed file no longer matches the descriptor.

import { readFileSync } from "node:fs";
import type { DataPackage, Field } from "./descriptor.ts";
import { NAME } from "./schema-check.ts";
import type { Problem } from "./validate.ts";

/**
 * The generator writes code, so nothing from the descriptor reaches it unchecked: names must be
 * plain lowercase identifiers (schema-check.ts refuses others first; this is the second lock),
 * enum values are JSON string literals, and descriptions are comments that cannot be closed early.
 */
function identifier(name: string): string {
  if (!NAME.test(name)) throw new Error(`refusing to generate a type from the name ${JSON.stringify(name)}: not a plain lowercase identifier`);
  return name;
}

/** "mineral_stats" -> "MineralStatRow": one row of the table. */
export function rowTypeName(resource: string): string {
  const pascal = resource
    .split(/[_-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
  identifier(resource);
  return pascal.replace(/s$/, "") + "Row";
}

function fieldType(field: Field): string {
  const c = field.constraints ?? {};
  let t: string;
  if (field.type === "list") return "string[]";
  if (c.enum) t = c.enum.map((v) => JSON.stringify(v)).join(" | ");
  else if (field.type === "integer" || field.type === "number") t = "number";
  else if (field.type === "boolean") t = "boolean";
  else t = "string";
  return c.required ? t : `${t} | null`;
}

// One line, no comment terminator, no characters that end a line in some editor or parser.
const comment = (text: string | undefined, indent: string) =>
  text ? `${indent}/** ${text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ").replaceAll("*/", "* /")} */\n` : "";

/**
 * The categories' labels, per table and field, typed by the row's own values so a component cannot
 * ask for a value the schema does not allow: LABELS.events.track.war is "War".
 */
function labels(dp: DataPackage): string {
  let out = "/** What each coded value is called on a page (the categories in datapackage.json). */\nexport const LABELS = {\n";
  for (const r of dp.resources) {
    const labelled = r.schema.fields.filter((f) => f.categories?.length);
    if (!labelled.length) continue;
    out += `  ${identifier(r.name)}: {\n`;
    for (const f of labelled) {
      const entries = f.categories!.map((c) => `${JSON.stringify(c.value)}: ${JSON.stringify(c.label)}`).join(", ");
      out += `    ${identifier(f.name)}: { ${entries} } satisfies Record<${rowTypeName(r.name)}[${JSON.stringify(f.name)}] & string, string>,\n`;
    }
    out += "  },\n";
  }
  return out + "} as const;\n\n";
}

export function generateTypes(dp: DataPackage): string {
  let out =
    "// Generated from data/datapackage.json by `npm run types`. Do not edit by hand.\n" +
    "// Empty cells are null; list cells are arrays (empty when the cell is empty).\n\n";
  for (const r of dp.resources) {
    out += comment(r.description, "");
    out += `export interface ${rowTypeName(r.name)} {\n`;
    for (const f of r.schema.fields) {
      out += comment(f.description, "  ");
      out += `  ${identifier(f.name)}: ${fieldType(f)};\n`;
    }
    out += "}\n\n";
  }
  out += "/** Every table, by resource name. */\nexport interface Tables {\n";
  for (const r of dp.resources) out += `  ${identifier(r.name)}: ${rowTypeName(r.name)}[];\n`;
  out += "}\n\n";
  out += labels(dp);
  out += `export const TABLE_NAMES = [${dp.resources.map((r) => JSON.stringify(r.name)).join(", ")}] as const;\n`;
  out += "export type TableName = (typeof TABLE_NAMES)[number];\n";
  return out;
}

/**
 * The committed types must be what the descriptor generates: a schema edited without `npm run types`
 * would build pages against the old shape. Points at the first line that differs.
 */
export function typesProblem(dp: DataPackage, generatedPath: string, file = "src/data/tables.generated.ts"): Problem | null {
  const want = generateTypes(dp).split("\n");
  let have: string[];
  try {
    have = readFileSync(generatedPath, "utf8").split("\n");
  } catch {
    have = [];
  }
  const line = want.findIndex((l, i) => have[i] !== l);
  if (line === -1 && have.length === want.length) return null;
  return {
    file,
    line: (line === -1 ? want.length : line) + 1,
    column: 1,
    message: "the generated row types are out of date with the data package descriptor",
    expected: "what `npm run types` writes; run it after every schema change and commit the result",
  };
}
