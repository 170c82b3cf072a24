// The shape of data/datapackage.json: the Frictionless Data Package (v2) and Table Schema subset we
// use, plus our documented extensions (format "partial-date", list foreign keys, "x-rules",
// "x-not-in-future", "x-multilingual"). schema-check.ts checks a descriptor against exactly this
// shape before any table is read; validation and the generated types then rely on it.

import { checkDescriptor } from "./schema-check.ts";

export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "list";

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  enum?: readonly string[];
  /** Numbers for integer and number fields; a date (or partial date) for date fields. */
  minimum?: number | string;
  maximum?: number | string;
  /** Characters for strings; number of items for lists. */
  minLength?: number;
  maxLength?: number;
  /** Date fields: not after today (the day a source was read cannot be in the future). */
  "x-not-in-future"?: boolean;
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
  /** Table Schema categories: the words a page shows for each enum value, in the enum's order. */
  categories?: readonly { value: string; label: string }[];
  /** Text in any language: allows the joiners and direction marks some scripts need. */
  "x-multilingual"?: boolean;
  /** Values spelled one way: two that differ only in case, accents or punctuation are an error. */
  "x-one-spelling"?: boolean;
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
  | { rule: "row-reference"; fields: [string, string] }
  | { rule: "percentage"; fields: [string, string] }
  | { rule: "acyclic"; fields: [string, string] }
  | { rule: "history"; fields: [string, string] };

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
  /** A table that may hold no rows (redirects.csv before anything was renamed or removed). */
  "x-may-be-empty"?: boolean;
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

/** Parse and check a descriptor (schema-check.ts); throws listing every problem when it is not usable. */
export function parseDescriptor(json: string, file = "data/datapackage.json"): DataPackage {
  const { descriptor, problems } = checkDescriptor(json, file);
  if (!descriptor) {
    throw new Error(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} (expected ${p.expected})`).join("\n"));
  }
  return descriptor;
}
