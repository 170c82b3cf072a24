// The shape of data/datapackage.json: the Frictionless Data Package (v2) and Table Schema subset we
// use, plus our documented extensions (format "partial-date", list foreign keys, "x-rules").
// Validation and the generated TypeScript types both read the descriptor through this module.

export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "list";

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** Characters for strings; number of items for lists. */
  minLength?: number;
  maxLength?: number;
}

export interface Field {
  name: string;
  type: FieldType;
  format?: string;
  description?: string;
  /** List fields only. */
  delimiter?: string;
  itemType?: "string";
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export type RowRule =
  | { rule: "ordered"; fields: [string, string] }
  | { rule: "exactly-one"; fields: [string, string] }
  | { rule: "together"; fields: [string, string] }
  | { rule: "different"; fields: [string, string] }
  | { rule: "row-reference"; fields: [string, string] };

export interface TableSchema {
  fields: Field[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  "x-rules"?: RowRule[];
}

export interface Resource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: TableSchema;
}

export interface DataPackage {
  name: string;
  title?: string;
  description?: string;
  version?: string;
  licenses?: { name: string; path?: string; title?: string }[];
  resources: Resource[];
}

export const asArray = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Parse and sanity-check a descriptor; throws with a plain message when it is not usable. */
export function parseDescriptor(json: string, file = "data/datapackage.json"): DataPackage {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const dp = value as DataPackage;
  if (!dp || !Array.isArray(dp.resources) || dp.resources.length === 0) {
    throw new Error(`${file}: expected a "resources" array describing every table`);
  }
  const names = new Set(dp.resources.map((r) => r.name));
  for (const r of dp.resources) {
    if (!r.name || !r.path || !r.schema || !Array.isArray(r.schema.fields)) {
      throw new Error(`${file}: resource ${JSON.stringify(r.name)} needs name, path and schema.fields`);
    }
    const fieldNames = new Set(r.schema.fields.map((f) => f.name));
    for (const fk of r.schema.foreignKeys ?? []) {
      if (!names.has(fk.reference.resource)) {
        throw new Error(`${file}: ${r.name} has a foreign key to unknown resource ${fk.reference.resource}`);
      }
      for (const f of asArray(fk.fields)) {
        if (!fieldNames.has(f)) throw new Error(`${file}: ${r.name} foreign key names unknown field ${f}`);
      }
    }
    for (const rule of r.schema["x-rules"] ?? []) {
      for (const f of rule.fields) {
        if (!fieldNames.has(f)) throw new Error(`${file}: ${r.name} rule ${rule.rule} names unknown field ${f}`);
      }
    }
  }
  return dp;
}
