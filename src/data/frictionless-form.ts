// datapackage.json is written so that any Frictionless tool reads it: it must pass the published
// Data Package v2 JSON Schema profile, whose Table Schema knows neither a "list" type nor a
// "partial-date" format, and whose readers would compare a whole ";"-list cell against a foreign
// key. So our extensions live in "x-" properties that outside tools skip:
//
//   a list:          "type": "string", "x-list": {"delimiter": ";", "itemType": "string", "minItems": 1, "maxItems": 30}
//   a partial date:  "type": "string", "x-format": "partial-date", "x-minimum": "1991", "x-maximum": "2040"
//   a list's keys:   "x-foreignKeys" beside "foreignKeys", in the same shape
//   today at most:   "x-not-in-future": true on the field
//
// This module rewrites those, in the parsed tree and keeping every position, into the richer form the
// validator works with (type "list", format "partial-date", minimum/maximum, list foreign keys), and
// reports the old forms where they are still written, so the file on disk stays profile-valid.

import type { JsonNode, Position } from "./json-source.ts";
import { showValue } from "./show.ts";

type ObjectNode = Extract<JsonNode, { kind: "object" }>;
type Report = (at: Position, message: string, expected: string) => void;

const LIST_KEYS = ["delimiter", "itemType", "minItems", "maxItems"];
const LIST_FORM = '"type": "string" with "x-list": {"delimiter": ";", "maxItems": …}';
const DATE_FORM = '"type": "string" with "x-format": "partial-date", "x-minimum" and "x-maximum"';

const get = (node: ObjectNode, key: string) => node.entries.get(key)?.node;
const asObject = (node: JsonNode | undefined): ObjectNode | null => (node?.kind === "object" ? node : null);
const one = (node: JsonNode | undefined): string | null =>
  node?.kind === "string" ? node.value : node?.kind === "array" && node.items[0]?.kind === "string" ? node.items[0].value : null;

/** Set `key` on an object node, keeping the position of the node that supplies its value. */
function put(node: ObjectNode, key: string, value: JsonNode, keyAt: Position = value.at): void {
  node.entries.set(key, { keyAt, node: value });
}

/** The field's constraints object, made (at the field's own position) when it has none. */
function constraintsOf(field: ObjectNode): ObjectNode | null {
  const existing = get(field, "constraints");
  if (existing) return asObject(existing);
  const made: ObjectNode = { kind: "object", at: field.at, entries: new Map() };
  put(field, "constraints", made);
  return made;
}

/**
 * Rewrite the profile-valid form into the validator's form, in place, and report what is written in
 * a form Frictionless tools reject. Runs before schema-check's own checks, which then see one form.
 */
export function normaliseFrictionless(root: ObjectNode, report: Report): void {
  const resources = get(root, "resources");
  if (resources?.kind !== "array") return;
  for (const item of resources.items) {
    const resource = asObject(item);
    const table = (resource && one(get(resource, "name"))) ?? "?";
    const schema = resource && asObject(get(resource, "schema"));
    const fields = schema && get(schema, "fields");
    if (!schema || fields?.kind !== "array") continue;
    const listFields = new Set<string>();
    for (const f of fields.items) {
      const field = asObject(f);
      if (!field) continue;
      const name = one(get(field, "name")) ?? "?";
      if (normaliseField(field, `${table}.${name}`, report)) listFields.add(name);
    }
    normaliseKeys(schema, listFields, report);
  }
}

/** Returns whether the field is a list. */
function normaliseField(field: ObjectNode, name: string, report: Report): boolean {
  const type = get(field, "type");
  const format = get(field, "format");
  if (type?.kind === "string" && type.value === "list") {
    report(type.at, `field ${name} has the type "list", which the Data Package v2 profile does not accept`, LIST_FORM);
  }
  if (format?.kind === "string" && format.value === "partial-date") {
    report(format.at, `field ${name} has the format "partial-date", which the Data Package v2 profile does not accept`, DATE_FORM);
  }
  for (const key of ["delimiter", "itemType"]) {
    const n = get(field, key);
    if (n) report(n.at, `field ${name} has "${key}" outside x-list`, `${LIST_FORM}; "${key}" goes inside x-list`);
  }
  const disk = asObject(get(field, "constraints"));
  const diskNotInFuture = disk && get(disk, "x-not-in-future");
  if (diskNotInFuture) report(diskNotInFuture.at, `field ${name} has x-not-in-future inside its constraints`, '"x-not-in-future": true on the field itself, where Frictionless tools do not read it as a constraint');

  const xFormat = get(field, "x-format");
  if (xFormat) {
    const formatKeyAt = field.entries.get("x-format")!.keyAt;
    field.entries.delete("x-format");
    if (xFormat.kind !== "string" || xFormat.value !== "partial-date") {
      report(xFormat.at, `unknown x-format ${showValue(xFormat.kind === "string" ? xFormat.value : xFormat.kind)} for field ${name}`, '"partial-date"');
    } else if (!(type?.kind === "string" && type.value === "string")) {
      report(xFormat.at, `x-format "partial-date" is set on a field of ${type?.kind === "string" ? `type ${type.value}` : "no type"}`, `${DATE_FORM}`);
    } else {
      put(field, "format", xFormat, formatKeyAt);
      for (const key of ["minimum", "maximum"]) {
        const n = disk && get(disk, key);
        if (n) report(n.at, `partial-date field ${name} has ${key} among its constraints, which Table Schema allows only on numbers and dates`, `"x-${key}" on the field itself`);
      }
    }
  }
  for (const key of ["minimum", "maximum"]) {
    const n = get(field, `x-${key}`);
    if (!n) continue;
    field.entries.delete(`x-${key}`);
    if (!xFormat) {
      report(n.at, `field ${name} has x-${key} but no "x-format": "partial-date"`, `x-${key} only on partial-date fields; a date field uses constraints.${key}`);
      continue;
    }
    const c = constraintsOf(field);
    if (c) put(c, key, n);
  }
  const notInFuture = get(field, "x-not-in-future");
  if (notInFuture) {
    field.entries.delete("x-not-in-future");
    const c = constraintsOf(field);
    if (c) put(c, "x-not-in-future", notInFuture);
  }

  const list = get(field, "x-list");
  if (!list) return false;
  field.entries.delete("x-list");
  if (list.kind !== "object") {
    report(list.at, `x-list of field ${name} is not an object`, '{"delimiter": ";", "itemType": "string", "minItems": 1, "maxItems": 30}');
    return false;
  }
  if (!(type?.kind === "string" && type.value === "string")) {
    report(list.at, `x-list is set on a field of ${type?.kind === "string" ? `type ${type.value}` : "no type"}`, LIST_FORM);
    return false;
  }
  for (const [key, { keyAt }] of list.entries) {
    if (!LIST_KEYS.includes(key)) report(keyAt, `unknown key ${showValue(key)} in x-list of field ${name}`, `one of: ${LIST_KEYS.join(", ")}`);
  }
  for (const key of ["minLength", "maxLength"]) {
    const n = disk && get(disk, key);
    if (n) report(n.at, `list field ${name} has ${key} among its constraints`, `x-list.${key === "minLength" ? "minItems" : "maxItems"}: a list is limited by its number of items`);
  }
  put(field, "type", { kind: "string", at: type.at, value: "list" }, field.entries.get("type")!.keyAt);
  put(field, "delimiter", get(list, "delimiter") ?? { kind: "string", at: list.at, value: ";" });
  const itemType = get(list, "itemType");
  if (itemType) put(field, "itemType", itemType);
  const c = constraintsOf(field);
  const min = get(list, "minItems");
  const max = get(list, "maxItems");
  if (c && min) put(c, "minLength", min);
  if (c && max) put(c, "maxLength", max);
  return true;
}

/** A foreign key on a list field lives in x-foreignKeys; the validator reads both lists as one. */
function normaliseKeys(schema: ObjectNode, listFields: Set<string>, report: Report): void {
  const plain = get(schema, "foreignKeys");
  const lists = get(schema, "x-foreignKeys");
  for (const fk of plain?.kind === "array" ? plain.items : []) {
    const field = fk.kind === "object" ? one(get(fk, "fields")) : null;
    if (field && listFields.has(field)) {
      report(fk.at, `a foreign key on the list field ${field} is in foreignKeys`, "x-foreignKeys for list fields: Frictionless tools would look up the whole cell as one id");
    }
  }
  if (!lists) return;
  const listsKeyAt = schema.entries.get("x-foreignKeys")!.keyAt;
  schema.entries.delete("x-foreignKeys");
  if (lists.kind !== "array") {
    report(lists.at, "x-foreignKeys is not a list", "a list of {fields, reference} on list fields");
    return;
  }
  for (const fk of lists.items) {
    const field = fk.kind === "object" ? one(get(fk, "fields")) : null;
    if (field && !listFields.has(field)) {
      report(fk.at, `x-foreignKeys names ${showValue(field)}, which is not a list field`, "foreignKeys for a field holding one id; x-foreignKeys only for x-list fields");
    }
  }
  if (plain?.kind === "array") plain.items.push(...lists.items);
  else put(schema, "foreignKeys", lists, listsKeyAt);
}
