// Generates the TypeScript row types from data/datapackage.json, so the descriptor stays the one
// schema: `npm run types` writes src/data/tables.generated.ts and a unit test fails when the
// committed file no longer matches the descriptor.

import type { DataPackage, Field } from "./descriptor.ts";

/** "mineral_stats" -> "MineralStatRow": one row of the table. */
export function rowTypeName(resource: string): string {
  const pascal = resource
    .split(/[_-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
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

const comment = (text: string | undefined, indent: string) =>
  text ? `${indent}/** ${text.replaceAll("*/", "* /")} */\n` : "";

export function generateTypes(dp: DataPackage): string {
  let out =
    "// Generated from data/datapackage.json by `npm run types`. Do not edit by hand.\n" +
    "// Empty cells are null; list cells are arrays (empty when the cell is empty).\n\n";
  for (const r of dp.resources) {
    out += comment(r.description, "");
    out += `export interface ${rowTypeName(r.name)} {\n`;
    for (const f of r.schema.fields) {
      out += comment(f.description, "  ");
      out += `  ${f.name}: ${fieldType(f)};\n`;
    }
    out += "}\n\n";
  }
  out += "/** Every table, by resource name. */\nexport interface Tables {\n";
  for (const r of dp.resources) out += `  ${r.name}: ${rowTypeName(r.name)}[];\n`;
  out += "}\n\n";
  out += `export const TABLE_NAMES = [${dp.resources.map((r) => JSON.stringify(r.name)).join(", ")}] as const;\n`;
  out += "export type TableName = (typeof TABLE_NAMES)[number];\n";
  return out;
}
