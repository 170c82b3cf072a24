// The schema is data too: datapackage.json is checked before any table is read, against exactly the
// subset of Data Package and Table Schema this project implements. A key the validator would
// silently ignore (a misspelt "requried", an unknown type, an enum written as a string) is an
// error, because a rule that does nothing looks exactly like a rule that passes. Every problem is
// reported at its line and column in the descriptor; nothing here throws on bad input.
//
// It also enforces what keeps every input bounded: each text field declares a maxLength, each
// number a minimum, each date a window; and names that become TypeScript identifiers
// (typegen.ts) are checked here, so no text from the descriptor can become code.

import { firstDay, lastDay, parsePartialDate } from "./dates.ts";
import type { DataPackage } from "./descriptor.ts";
import { parseJson, toValue, type JsonNode, type Position } from "./json-source.ts";
import { normaliseFrictionless } from "./frictionless-form.ts";
import { patternProblem } from "./safe-pattern.ts";
import { showValue } from "./show.ts";
import type { Problem } from "./validate.ts";

export const FIELD_TYPES = ["string", "integer", "number", "boolean", "date", "list"] as const;
export const RULES = ["ordered", "exactly-one", "together", "different", "row-reference", "percentage", "acyclic", "history"] as const;
/** Resource and field names: they become TypeScript identifiers and property names. */
export const NAME = /^[a-z][a-z0-9_]{0,62}$/;

const PACKAGE_KEYS = ["$schema", "name", "id", "title", "description", "homepage", "version", "created", "keywords", "image", "licenses", "sources", "contributors", "profile", "resources"];
const RESOURCE_KEYS = ["name", "type", "path", "title", "description", "schema", "profile", "format", "mediatype", "encoding", "dialect", "licenses", "sources", "x-may-be-empty"];
const SCHEMA_KEYS = ["fields", "primaryKey", "foreignKeys", "x-rules"];
const FIELD_KEYS = ["name", "type", "format", "title", "description", "example", "constraints", "categories", "delimiter", "itemType", "x-multilingual", "x-one-spelling"];
const CONSTRAINT_KEYS = ["required", "unique", "pattern", "enum", "minimum", "maximum", "minLength", "maxLength", "x-not-in-future"];
/** Keys and types as written in datapackage.json (see frictionless-form.ts), for messages. */
const DISK_FIELD_KEYS = ["name", "type", "format", "x-format", "x-list", "title", "description", "example", "constraints", "categories", "x-minimum", "x-maximum", "x-not-in-future", "x-multilingual", "x-one-spelling"];
const DISK_CONSTRAINT_KEYS = ["required", "unique", "pattern", "enum", "minimum", "maximum", "minLength", "maxLength"];
const DISK_TYPES = "string, integer, number, boolean, date; a list is a string with x-list";
const FORMATS: Record<string, string[]> = { string: ["default", "uri", "partial-date"] };

type ObjectNode = Extract<JsonNode, { kind: "object" }>;

export interface SchemaCheck {
  /** The descriptor, or null when any problem was found: no table is read against a bad schema. */
  descriptor: DataPackage | null;
  problems: Problem[];
}

const list = (items: readonly string[]) => items.join(", ");
const kindName = (node: JsonNode) => (node.kind === "array" ? "a list" : node.kind === "object" ? "an object" : node.kind === "null" ? "null" : `a ${node.kind}`);

export function checkDescriptor(text: string, file: string): SchemaCheck {
  const problems: Problem[] = [];
  const report = (at: Position, message: string, expected: string) => problems.push({ file, line: at.line, column: at.column, message, expected });

  const parsed = parseJson(text);
  for (const issue of parsed.issues) report(issue, issue.message, issue.expected);
  if (!parsed.node) return { descriptor: null, problems };
  const root = parsed.node;
  if (root.kind !== "object") {
    report(root.at, `the descriptor is ${kindName(root)}`, 'a JSON object with "name" and "resources"');
    return { descriptor: null, problems };
  }

  // `shown` are the keys as written on disk, where they differ from what the tree holds after
  // normaliseFrictionless (x-list becomes delimiter and itemType, and so on).
  const knownKeys = (node: ObjectNode, keys: readonly string[], what: string, allowExtensions = false, shown: readonly string[] = keys) => {
    for (const [key, { keyAt }] of node.entries) {
      if (keys.includes(key) || (allowExtensions && key.startsWith("x-"))) continue;
      report(keyAt, `unknown key ${showValue(key)} in ${what}`, `one of: ${list(shown)}${allowExtensions ? ', or a documentation key starting "x-"' : ""}`);
    }
  };
  const get = (node: ObjectNode, key: string) => node.entries.get(key)?.node;
  const expectKind = <K extends JsonNode["kind"]>(node: JsonNode | undefined, kind: K, what: string, expected: string, at: Position): Extract<JsonNode, { kind: K }> | null => {
    if (!node) {
      report(at, `${what} is missing`, expected);
      return null;
    }
    if (node.kind !== kind) {
      report(node.at, `${what} is ${kindName(node)}`, expected);
      return null;
    }
    return node as Extract<JsonNode, { kind: K }>;
  };

  // Our extensions are written as x- properties a Frictionless tool skips; read them as one form.
  normaliseFrictionless(root, report);
  knownKeys(root, PACKAGE_KEYS, "the data package", true);
  const resources = expectKind(get(root, "resources"), "array", '"resources"', "a list of the tables, each with name, path and schema", root.at);
  if (!resources) return { descriptor: null, problems };
  if (resources.items.length === 0) report(resources.at, '"resources" is empty', "one entry per table");

  // First pass: names and paths, so that references between resources can be checked.
  const resourceNodes: { node: ObjectNode; name: string }[] = [];
  const names = new Map<string, Position>();
  const paths = new Map<string, Position>();
  for (const item of resources.items) {
    const node = expectKind(item, "object", "a resource", "an object with name, path and schema", item.at);
    if (!node) continue;
    const nameNode = expectKind(get(node, "name"), "string", "the resource's name", "a lowercase name such as events", node.at);
    const name = nameNode?.value ?? "";
    if (nameNode) {
      if (!NAME.test(name)) report(nameNode.at, `resource name ${showValue(name)} is not a plain lowercase name`, "a letter, then lowercase letters, digits or _ (at most 63), such as mineral_stats");
      else if (names.has(name)) report(nameNode.at, `resource name ${showValue(name)} is used twice, first on line ${names.get(name)!.line}`, "each table named once");
      else names.set(name, nameNode.at);
    }
    const pathNode = expectKind(get(node, "path"), "string", `the path of resource ${name}`, "the table's file name inside the data folder, such as events.csv", node.at);
    if (pathNode) {
      const problem = resourcePathProblem(pathNode.value);
      if (problem) report(pathNode.at, `path ${showValue(pathNode.value)} of resource ${name} ${problem}`, "a CSV file inside the data folder, written as a relative path such as events.csv");
      else if (paths.has(pathNode.value)) report(pathNode.at, `path ${showValue(pathNode.value)} is used by two resources, first on line ${paths.get(pathNode.value)!.line}`, "one file per table");
      else paths.set(pathNode.value, pathNode.at);
    }
    resourceNodes.push({ node, name });
  }

  const fieldsByResource = new Map<string, Map<string, ObjectNode>>();
  const enumsByField = new Map<string, string[]>(); // "resource.field" -> enum
  for (const { node, name } of resourceNodes) {
    knownKeys(node, RESOURCE_KEYS, `resource ${name}`);
    for (const key of ["title", "description"]) {
      const n = get(node, key);
      if (n) expectKind(n, "string", `the ${key} of resource ${name}`, "text", n.at);
    }
    checkFixed(node, "format", ["csv"], name);
    checkFixed(node, "mediatype", ["text/csv"], name);
    checkFixed(node, "encoding", ["utf-8", "UTF-8", "utf8"], name);
    checkFixed(node, "profile", ["tabular-data-resource"], name);
    checkFixed(node, "type", ["table"], name);
    const mayBeEmpty = get(node, "x-may-be-empty");
    if (mayBeEmpty && mayBeEmpty.kind !== "boolean") report(mayBeEmpty.at, `x-may-be-empty of resource ${name} is ${kindName(mayBeEmpty)}`, "true or false");
    const dialect = get(node, "dialect");
    if (dialect) {
      const value = JSON.stringify(toValue(dialect));
      const allowed = JSON.stringify({ delimiter: ",", quoteChar: '"', header: true });
      if (value !== allowed && value !== "{}") report(dialect.at, `resource ${name} declares the CSV dialect ${value}`, `${allowed} (commas, double quotes, a header row), or no dialect`);
    }
    const schema = expectKind(get(node, "schema"), "object", `the schema of resource ${name}`, "an object with fields", node.at);
    if (!schema) continue;
    knownKeys(schema, SCHEMA_KEYS, `the schema of ${name}`);
    const fields = expectKind(get(schema, "fields"), "array", `the fields of ${name}`, "a list of the table's columns", schema.at);
    const byName = new Map<string, ObjectNode>();
    fieldsByResource.set(name, byName);
    if (!fields) continue;
    if (fields.items.length === 0) report(fields.at, `resource ${name} has no fields`, "one field per column");
    for (const item of fields.items) {
      const field = expectKind(item, "object", `a field of ${name}`, "an object with name, type and description", item.at);
      if (!field) continue;
      const fieldName = checkField(field, name);
      if (fieldName === null) continue;
      if (byName.has(fieldName)) report(field.at, `field ${name}.${fieldName} is declared twice, first on line ${byName.get(fieldName)!.at.line}`, "each column declared once");
      else byName.set(fieldName, field);
      const enumNode = get(field, "constraints")?.kind === "object" ? get(get(field, "constraints") as ObjectNode, "enum") : undefined;
      if (enumNode?.kind === "array") enumsByField.set(`${name}.${fieldName}`, enumNode.items.flatMap((n) => (n.kind === "string" ? [n.value] : [])));
    }
  }

  // Second pass: keys and rules that name fields and other resources.
  for (const { node, name } of resourceNodes) {
    const schema = get(node, "schema");
    const byName = fieldsByResource.get(name);
    if (!schema || schema.kind !== "object" || !byName) continue;
    const fieldType = (f: string) => {
      const t = get(byName.get(f)!, "type");
      return t?.kind === "string" ? t.value : "";
    };
    const fieldFormat = (f: string) => {
      const t = get(byName.get(f)!, "format");
      return t?.kind === "string" ? t.value : "";
    };
    const fieldRef = (n: JsonNode, owner: string, fieldsOf: Map<string, ObjectNode> | undefined, what: string): string | null => {
      const value = n.kind === "string" ? n.value : n.kind === "array" && n.items.length === 1 && n.items[0]!.kind === "string" ? n.items[0]!.value : null;
      if (value === null) {
        report(n.at, `${what} is ${kindName(n)}${n.kind === "array" ? ` of ${n.items.length} items` : ""}`, "one field name (keys of several fields are not supported)");
        return null;
      }
      if (fieldsOf && !fieldsOf.has(value)) {
        report(n.at, `${what} names ${showValue(value)}, which is not a field of ${owner}`, `one of: ${list([...fieldsOf.keys()])}`);
        return null;
      }
      return value;
    };

    const pk = get(schema, "primaryKey");
    if (pk) {
      const items = pk.kind === "array" ? pk.items : [pk];
      if (items.length === 0) report(pk.at, `the primary key of ${name} is empty`, "one or more field names");
      for (const item of items) {
        if (item.kind !== "string") report(item.at, `the primary key of ${name} lists ${kindName(item)}`, "field names");
        else if (!byName.has(item.value)) report(item.at, `the primary key of ${name} names ${showValue(item.value)}, which is not a field of ${name}`, `one of: ${list([...byName.keys()])}`);
      }
    }

    const fks = get(schema, "foreignKeys");
    if (fks) {
      const array = expectKind(fks, "array", `the foreign keys of ${name}`, "a list of {fields, reference}", fks.at);
      for (const item of array?.items ?? []) {
        const fk = expectKind(item, "object", `a foreign key of ${name}`, "an object with fields and reference", item.at);
        if (!fk) continue;
        knownKeys(fk, ["fields", "reference"], `a foreign key of ${name}`);
        const fieldsNode = get(fk, "fields");
        const local = fieldsNode ? fieldRef(fieldsNode, name, byName, `a foreign key of ${name}`) : (report(fk.at, `a foreign key of ${name} has no fields`, "the field that holds the reference"), null);
        const ref = expectKind(get(fk, "reference"), "object", `the reference of a foreign key of ${name}`, "an object with resource and fields", fk.at);
        if (!ref) continue;
        knownKeys(ref, ["resource", "fields"], `a foreign key reference of ${name}`);
        const target = expectKind(get(ref, "resource"), "string", `the referenced resource of a foreign key of ${name}`, "the name of a table", ref.at);
        if (target && !names.has(target.value)) {
          report(target.at, `a foreign key of ${name} points to ${showValue(target.value)}, which is not a resource`, `one of: ${list([...names.keys()])}`);
          continue;
        }
        const refFields = get(ref, "fields");
        if (!refFields) report(ref.at, `a foreign key reference of ${name} has no fields`, "the field referred to, such as id");
        else if (target) fieldRef(refFields, target.value, fieldsByResource.get(target.value), `a foreign key of ${name}`);
        if (local && fieldType(local) !== "string" && fieldType(local) !== "list") report(fieldsNode!.at, `foreign key field ${name}.${local} is of type ${fieldType(local)}`, "a string or list field holding ids");
      }
    }

    const rules = get(schema, "x-rules");
    if (rules) {
      const array = expectKind(rules, "array", `the rules of ${name}`, "a list of {rule, fields}", rules.at);
      for (const item of array?.items ?? []) {
        const rule = expectKind(item, "object", `a rule of ${name}`, "an object with rule and fields", item.at);
        if (!rule) continue;
        knownKeys(rule, ["rule", "fields"], `a rule of ${name}`);
        const ruleName = expectKind(get(rule, "rule"), "string", `the kind of a rule of ${name}`, `one of: ${list(RULES)}`, rule.at);
        if (ruleName && !(RULES as readonly string[]).includes(ruleName.value)) {
          report(ruleName.at, `unknown rule ${showValue(ruleName.value)} in ${name}`, `one of: ${list(RULES)}`);
          continue;
        }
        const fieldsNode = expectKind(get(rule, "fields"), "array", `the fields of a rule of ${name}`, "a list of two field names", rule.at);
        if (!fieldsNode || !ruleName) continue;
        if (fieldsNode.items.length !== 2) {
          report(fieldsNode.at, `rule ${ruleName.value} in ${name} names ${fieldsNode.items.length} fields`, "exactly two field names");
          continue;
        }
        const [a, b] = fieldsNode.items.map((n) => fieldRef(n, name, byName, `rule ${ruleName.value} in ${name}`));
        if (!a || !b) continue;
        if (a === b) report(fieldsNode.at, `rule ${ruleName.value} in ${name} names ${a} twice`, "two different fields");
        const numeric = (f: string) => fieldType(f) === "number" || fieldType(f) === "integer";
        const dateLike = (f: string) => fieldType(f) === "date" || fieldFormat(f) === "partial-date";
        if (ruleName.value === "ordered" && !((numeric(a) && numeric(b)) || (dateLike(a) && dateLike(b)))) {
          report(fieldsNode.at, `rule ordered in ${name} compares ${a} (${fieldType(a)}) with ${b} (${fieldType(b)})`, "two number fields or two date fields");
        }
        if (ruleName.value === "history" && !dateLike(b)) report(fieldsNode.at, `rule history in ${name} dates its rows by ${b} (${fieldType(b)})`, "the field that groups the rows, then a date field");
        if (ruleName.value === "percentage" && !numeric(a)) report(fieldsNode.at, `rule percentage in ${name} applies to ${a}, which is not a number field`, "a number field, then the unit field that may say %");
        if (ruleName.value === "row-reference") {
          const tables = enumsByField.get(`${name}.${a}`);
          const unknown = tables?.filter((t) => !names.has(t)) ?? [];
          if (!tables) report(fieldsNode.at, `rule row-reference in ${name} needs ${a} to list the allowed tables as an enum`, "an enum of resource names on the first field");
          else if (unknown.length > 0) report(fieldsNode.at, `rule row-reference in ${name} allows ${unknown.map((t) => showValue(t)).join(", ")} in ${a}, which ${unknown.length === 1 ? "is not a resource" : "are not resources"}`, `resource names: ${list([...names.keys()])}`);
        }
        if (ruleName.value === "acyclic") {
          const fk = (fks?.kind === "array" ? fks.items : []).some((n) => {
            if (n.kind !== "object") return false;
            const v = toValue(n) as { fields?: unknown; reference?: { resource?: unknown; fields?: unknown } };
            const one = (x: unknown) => (Array.isArray(x) ? x[0] : x);
            return one(v.fields) === b && v.reference?.resource === name && one(v.reference?.fields) === a;
          });
          if (!fk) report(fieldsNode.at, `rule acyclic in ${name} needs ${b} to be a foreign key to ${name}.${a}`, `a foreign key {"fields": "${b}", "reference": {"resource": "${name}", "fields": "${a}"}}`);
        }
      }
    }
  }

  problems.sort((p, q) => p.line - q.line || p.column - q.column);
  return { descriptor: problems.length === 0 ? (toValue(root) as DataPackage) : null, problems };

  function checkFixed(node: ObjectNode, key: string, allowed: string[], resource: string) {
    const n = get(node, key);
    if (n && !(n.kind === "string" && allowed.includes(n.value))) {
      report(n.at, `resource ${resource} declares ${key} ${showValue(JSON.stringify(toValue(n)))}`, `${showValue(allowed[0]!)} or no ${key}: tables are UTF-8 CSV`);
    }
  }

  /** Check one field; returns its name when the name itself is usable. */
  function checkField(field: ObjectNode, resource: string): string | null {
    const nameNode = expectKind(get(field, "name"), "string", `the name of a field of ${resource}`, "a lowercase name such as start_date", field.at);
    const name = nameNode?.value ?? null;
    const label = `${resource}.${name ?? "?"}`;
    if (nameNode && !NAME.test(nameNode.value)) {
      report(nameNode.at, `field name ${showValue(nameNode.value)} in ${resource} is not a plain lowercase name`, "a letter, then lowercase letters, digits or _ (at most 63), such as start_date");
      return null;
    }
    knownKeys(field, FIELD_KEYS, `field ${label}`, false, DISK_FIELD_KEYS);
    const description = get(field, "description");
    if (!description || description.kind !== "string" || description.value.trim() === "") {
      report(description?.at ?? field.at, `field ${label} has no description`, "a sentence saying what the column holds (the /data/ page shows it)");
    }
    for (const key of ["title", "example"]) {
      const n = get(field, key);
      if (n) expectKind(n, "string", `the ${key} of field ${label}`, "text", n.at);
    }
    const typeNode = expectKind(get(field, "type"), "string", `the type of field ${label}`, `one of: ${DISK_TYPES}`, field.at);
    const type = typeNode && (FIELD_TYPES as readonly string[]).includes(typeNode.value) ? typeNode.value : null;
    if (typeNode && !type) report(typeNode.at, `unknown type ${showValue(typeNode.value)} for field ${label}`, `one of: ${DISK_TYPES}`);

    const formatNode = get(field, "format");
    let format = "default";
    if (formatNode && type) {
      const formats = FORMATS[type] ?? ["default"];
      if (formatNode.kind !== "string" || !formats.includes(formatNode.value)) {
        // partial-date is written as x-format on disk (frictionless-form.ts), so it is not offered here.
        const offered = formats.filter((f) => f !== "partial-date");
        report(formatNode.at, `unknown format ${showValue(formatNode.kind === "string" ? formatNode.value : JSON.stringify(toValue(formatNode)))} for ${type} field ${label}`, `one of: ${list(offered)}${offered.length < formats.length ? '; a partial date is "x-format": "partial-date"' : ""}`);
      } else {
        format = formatNode.value;
      }
    }
    const delimiter = get(field, "delimiter");
    const itemType = get(field, "itemType");
    if (type && type !== "list") {
      for (const [key, n] of [["delimiter", delimiter], ["itemType", itemType]] as const) {
        if (n) report(n.at, `field ${label} is of type ${type} and cannot have ${key}`, `${key} only on list fields`);
      }
    }
    if (type === "list") {
      if (delimiter && !(delimiter.kind === "string" && /^[;|]$/.test(delimiter.value))) report(delimiter.at, `list field ${label} has the delimiter ${showValue(JSON.stringify(toValue(delimiter)))}`, '";" or "|"');
      if (itemType && !(itemType.kind === "string" && itemType.value === "string")) report(itemType.at, `list field ${label} has the itemType ${showValue(JSON.stringify(toValue(itemType)))}`, '"string"');
    }
    const oneSpelling = get(field, "x-one-spelling");
    if (oneSpelling && oneSpelling.kind !== "boolean") report(oneSpelling.at, `x-one-spelling of field ${label} is ${kindName(oneSpelling)}`, "true or false");
    if (oneSpelling && type && type !== "string") report(oneSpelling.at, `x-one-spelling is set on ${type} field ${label}`, "x-one-spelling only on string fields");
    const multilingual = get(field, "x-multilingual");
    if (multilingual && multilingual.kind !== "boolean") report(multilingual.at, `x-multilingual of field ${label} is ${kindName(multilingual)}`, "true or false");
    if (multilingual && type && type !== "string") report(multilingual.at, `x-multilingual is set on ${type} field ${label}`, "x-multilingual only on string fields");

    const constraintsNode = get(field, "constraints");
    const constraints = constraintsNode ? expectKind(constraintsNode, "object", `the constraints of field ${label}`, "an object such as {\"required\": true}", constraintsNode.at) : null;
    if (constraints) checkConstraints(constraints, label, type, format);
    const categories = get(field, "categories");
    if (categories) checkCategories(categories, constraints ? get(constraints, "enum") : undefined, label);
    if (type) checkBoundsDeclared(constraints, label, type, format, typeNode!.at);
    return name;
  }

  /**
   * Table Schema's categories give each coded value the words a page shows for it. They label the
   * enum, value for value and in its order, so a value added to one list and not the other is caught
   * here rather than shown raw on a page.
   */
  function checkCategories(node: JsonNode, enumNode: JsonNode | undefined, label: string) {
    const values = enumNode?.kind === "array" ? enumNode.items.flatMap((n) => (n.kind === "string" ? [n.value] : [])) : null;
    if (!values) {
      report(node.at, `field ${label} has categories but no enum`, "categories only on a field whose constraints list the allowed values in an enum");
      return;
    }
    if (node.kind !== "array") {
      report(node.at, `the categories of field ${label} are ${kindName(node)}`, 'a list such as [{"value": "war", "label": "War"}, …], one per enum value');
      return;
    }
    node.items.forEach((item, i) => {
      const value = item.kind === "object" ? get(item, "value") : undefined;
      const text = item.kind === "object" ? get(item, "label") : undefined;
      if (item.kind !== "object" || value?.kind !== "string" || text?.kind !== "string" || text.value.trim() === "" || item.entries.size !== 2) {
        report(item.at, `category ${i + 1} of field ${label} is not a value with a label`, '{"value": "war", "label": "War"}: the enum value and the words a page shows for it');
      } else if (value.value !== values[i]) {
        report(value.at, `category ${i + 1} of field ${label} is ${showValue(value.value)}`, `${values[i] === undefined ? "no more categories than enum values" : showValue(values[i]!)}: one category per enum value, in the enum's order`);
      }
    });
    if (node.items.length < values.length) report(node.at, `the categories of field ${label} leave out ${showValue(values[node.items.length]!)}`, "one category per enum value, in the enum's order");
  }

  function checkConstraints(c: ObjectNode, label: string, type: string | null, format: string) {
    knownKeys(c, CONSTRAINT_KEYS, `the constraints of field ${label}`, false, DISK_CONSTRAINT_KEYS);
    for (const key of ["required", "unique", "x-not-in-future"]) {
      const n = get(c, key);
      if (n && n.kind !== "boolean") report(n.at, `${key} of field ${label} is ${kindName(n)}`, "true or false");
    }
    const dateLike = type === "date" || format === "partial-date";
    const notFuture = get(c, "x-not-in-future");
    if (notFuture && type && !dateLike) report(notFuture.at, `x-not-in-future is set on ${type} field ${label}`, "x-not-in-future only on date fields");

    const enumNode = get(c, "enum");
    if (enumNode) {
      if (enumNode.kind === "string") {
        report(enumNode.at, `the enum of field ${label} is written as a string`, `a list of the allowed values, such as ["${enumNode.value.split(/[,;|]\s*/)[0] ?? "a"}", …]`);
      } else if (enumNode.kind !== "array" || enumNode.items.length === 0) {
        report(enumNode.at, `the enum of field ${label} is ${kindName(enumNode)}${enumNode.kind === "array" ? " with no values" : ""}`, "a non-empty list of the allowed values");
      } else {
        const seen = new Set<string>();
        for (const item of enumNode.items) {
          if (item.kind !== "string") report(item.at, `the enum of field ${label} lists ${kindName(item)}`, "text values: a CSV cell is text");
          else if (item.value === "" || item.value !== item.value.trim() || /[\p{C}\p{Zl}\p{Zp}]/u.test(item.value)) report(item.at, `the enum of field ${label} lists ${showValue(item.value)}`, "visible text without spaces at either end");
          else if (seen.has(item.value)) report(item.at, `the enum of field ${label} lists ${showValue(item.value)} twice`, "each value once");
          else seen.add(item.value);
        }
      }
      if (type && type !== "string") report(enumNode.at, `field ${label} is of type ${type} and cannot have an enum`, "enum only on string fields");
    }

    const pattern = get(c, "pattern");
    if (pattern) {
      if (pattern.kind !== "string") report(pattern.at, `the pattern of field ${label} is ${kindName(pattern)}`, "a regular expression written as a string");
      else {
        const problem = patternProblem(pattern.value);
        if (problem) report(pattern.at, `the pattern of field ${label} ${problem}`, "a pattern in the supported subset: literals, [classes], (?:groups), |, ?, *, +, {n,m}, \\d \\w \\s and \\p{…}");
      }
      if (type && type !== "string") report(pattern.at, `field ${label} is of type ${type} and cannot have a pattern`, "pattern only on string fields");
    }

    for (const [lowKey, highKey] of [["minLength", "maxLength"], ["minimum", "maximum"]] as const) {
      const low = get(c, lowKey);
      const high = get(c, highKey);
      const value = (n: JsonNode | undefined, key: string): number | string | null => {
        if (!n) return null;
        if (key.endsWith("Length")) {
          if (n.kind === "number" && Number.isSafeInteger(n.value) && n.value >= 0) {
            if (type && type !== "string" && type !== "list") report(n.at, `field ${label} is of type ${type} and cannot have ${key}`, `${key} only on string fields (characters) and list fields (items)`);
            return n.value;
          }
          report(n.at, `${key} of field ${label} is ${n.kind === "number" ? n.value : kindName(n)}`, "a whole number, 0 or more");
          return null;
        }
        if (type === "integer" || type === "number") {
          if (n.kind === "number" && (type === "number" || Number.isSafeInteger(n.value))) return n.value;
          report(n.at, `${key} of ${type} field ${label} is ${n.kind === "number" ? n.value : kindName(n)}`, type === "integer" ? "a whole number" : "a number");
          return null;
        }
        if (dateLike) {
          const d = n.kind === "string" ? parsePartialDate(n.value) : null;
          if (d && (format === "partial-date" || d.precision === "day")) return d.text;
          report(n.at, `${key} of date field ${label} is ${n.kind === "string" ? showValue(n.value) : kindName(n)}`, format === "partial-date" ? "a real date written YYYY, YYYY-MM or YYYY-MM-DD" : "a real date written YYYY-MM-DD");
          return null;
        }
        if (type) report(n.at, `field ${label} is of type ${type} and cannot have ${key}`, `${key} only on number, integer and date fields`);
        return null;
      };
      const lo = value(low, lowKey);
      const hi = value(high, highKey);
      const below =
        typeof lo === "number" && typeof hi === "number"
          ? hi < lo
          : typeof lo === "string" && typeof hi === "string" && lastDay(parsePartialDate(hi)!) < firstDay(parsePartialDate(lo)!);
      if (below) {
        report(high!.at, `${highKey} of field ${label} is below its ${lowKey}`, `${highKey} at least ${lo}`);
      }
    }
  }

  /** Every input is bounded by the schema itself: text by maxLength, numbers and dates by a range. */
  function checkBoundsDeclared(c: ObjectNode | null, label: string, type: string, format: string, at: Position) {
    const has = (key: string) => (c ? c.entries.has(key) : false);
    const where = c?.at ?? at;
    if ((type === "string" && !has("enum") && format !== "partial-date") || type === "list") {
      if (!has("maxLength")) report(where, type === "list" ? `list field ${label} declares no maxItems` : `field ${label} declares no maxLength`, type === "list" ? "x-list.maxItems: the most items a cell may list" : "constraints.maxLength: the most characters a cell may hold, with room to grow");
    }
    if ((type === "integer" || type === "number") && !has("minimum")) {
      report(where, `field ${label} declares no minimum`, "constraints.minimum (0 for amounts and counts), and a maximum where there is a natural one");
    }
    if ((type === "date" || format === "partial-date") && !(has("minimum") && (has("maximum") || has("x-not-in-future")))) {
      report(
        where,
        `field ${label} declares no window of dates`,
        format === "partial-date"
          ? 'x-minimum and x-maximum on the field (such as "1991" and "2040"), or x-not-in-future instead of a maximum'
          : 'constraints.minimum and constraints.maximum (such as "2025-01-01" and "2040-12-31"), or x-not-in-future on the field instead of a maximum',
      );
    }
  }
}

/** Why a resource path could leave the data folder or is not a plain CSV file, or null. */
export function resourcePathProblem(path: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return "is a URL or a drive letter; only files in the data folder are read";
  if (path.startsWith("/") || path.startsWith("\\")) return "is an absolute path";
  if (path.includes("\\")) return "contains a backslash";
  const segments = path.split("/");
  if (segments.some((s) => s === ".." || s === "." || s === "")) return "steps outside or around the data folder (., .. or an empty segment)";
  if (segments.some((s) => !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s))) return "has characters other than letters, digits, . _ and - in a name";
  if (!path.endsWith(".csv")) return "is not a .csv file";
  return null;
}
