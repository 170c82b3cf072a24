// Ids are permanent addresses: /events/<id>/, /timeline/?event=<id>, embeds and citations in other
// people's articles use them. So an id that was ever published may leave its table only through a
// row in redirects.csv (renamed or merged into another row, or removed with a date and a reason),
// and the validator holds the data to that. "Ever published" is the union of published_ids.csv
// (committed, so the check works in a download or a shallow clone) and, when git can show it, every
// id on the base branch. Nothing here runs git: scripts/validate.ts passes the base's ids in.

import { showValue } from "./show.ts";
import { nearest } from "./suggest.ts";
import type { ParsedRow, ParsedTable, Problem } from "./validate.ts";

export interface Redirect {
  id: string;
  table: string;
  label: string;
  replacement: string | null;
  date: string;
  version: string;
  reason: string;
  line: number;
}

/** Ids of the rows a base version of the data held, per table, and where they were read from. */
export interface BaseIds {
  /** How the base was named in messages: "main", "origin/main", "a1b2c3d". */
  ref: string;
  ids: Map<string, Set<string>>;
  /** What each row was called on the base (headline, name, label), to prefill a redirect. */
  labels?: Map<string, string>;
}

/** The columns that name a row for readers, in the order they are tried. */
const LABEL_FIELDS = ["headline", "name", "label", "title", "topic", "question", "claim", "summary"];

/** What readers saw each row as: its headline, name or label. */
export function rowLabels(tables: Map<string, ParsedTable>): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of idTables(tables)) {
    const field = LABEL_FIELDS.find((f) => table.resource.schema.fields.some((x) => x.name === f));
    if (!field) continue;
    for (const row of table.rows) {
      const id = value(row, "id");
      const label = value(row, field);
      if (id && label) out.set(id, label);
    }
  }
  return out;
}

const value = (row: ParsedRow, field: string) => {
  const cell = row.cells.get(field);
  return cell && cell.value !== "" ? cell.value : null;
};

/** Tables whose rows are addressed by a single "id" column. */
export function idTables(tables: Map<string, ParsedTable>): ParsedTable[] {
  const own = new Set(["redirects", "published_ids", "changes"]);
  return [...tables.values()].filter((t) => !own.has(t.resource.name) && [t.resource.schema.primaryKey].flat().join() === "id");
}

/** The ids each table holds now. */
export function currentIds(tables: Map<string, ParsedTable>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const table of idTables(tables)) {
    // A ragged row still has its id in the first cells: it is there, only misshapen (reported already).
    out.set(table.resource.name, new Set(table.rows.flatMap((r) => [value(r, "id")].filter((v): v is string => v !== null))));
  }
  return out;
}

export function readRedirects(tables: Map<string, ParsedTable>): Map<string, Redirect> {
  const out = new Map<string, Redirect>();
  for (const row of tables.get("redirects")?.rows ?? []) {
    const id = value(row, "id");
    if (!id || row.ragged) continue;
    out.set(id, {
      id,
      table: value(row, "table") ?? "",
      label: value(row, "label") ?? "",
      replacement: value(row, "replacement"),
      date: value(row, "date") ?? "",
      version: value(row, "version") ?? "",
      reason: value(row, "reason") ?? "",
      line: row.line,
    });
  }
  return out;
}

/** Where a redirect finally leads: the live id at the end of a chain of renames, or null (removed). */
export function finalTarget(id: string, redirects: Map<string, Redirect>): string | null {
  const seen = new Set<string>();
  let at: string | null = id;
  while (at !== null && redirects.has(at) && !seen.has(at)) {
    seen.add(at);
    at = redirects.get(at)!.replacement;
  }
  return at;
}

/**
 * Why an id that is not in its table is missing, in words for a reference to it: renamed (with the
 * id to use), removed (with when), or, for a typo, the nearest existing id. "" when none applies.
 */
export function missingIdHint(id: string, redirects: Map<string, Redirect>, known: Iterable<string>, redirectsFile: string): string {
  const redirect = redirects.get(id);
  if (redirect) {
    const target = finalTarget(id, redirects);
    return target !== null
      ? `; it was renamed to ${showValue(target)} (${redirectsFile} line ${redirect.line})`
      : `; it was removed on ${redirect.date} (${redirectsFile} line ${redirect.line})`;
  }
  const guess = nearest(id, known);
  return guess === null ? "" : `; did you mean ${showValue(guess)}?`;
}

/**
 * redirects.csv itself: an old id is gone from its table, a replacement is live in the same table
 * (or the message names the id a chain of renames leads to), chains never loop, and the version a
 * redirect names is in the change log.
 */
export function checkRedirects(tables: Map<string, ParsedTable>, problems: Problem[]): void {
  const table = tables.get("redirects");
  if (!table || table.malformed) return;
  const { file } = table;
  const redirects = readRedirects(tables);
  const ids = currentIds(tables);
  const fileOf = (name: string) => tables.get(name)?.file ?? `${name}.csv`;
  const versions = new Set((tables.get("changes")?.rows ?? []).map((r) => value(r, "version")).filter((v) => v !== null));
  const checkVersions = tables.has("changes") && !tables.get("changes")!.malformed;
  for (const row of table.rows) {
    if (row.ragged) continue;
    const id = value(row, "id");
    const name = value(row, "table");
    if (!id || !name || !ids.has(name)) continue; // empty or not an allowed table: reported already
    const live = ids.get(name)!;
    const at = (field: string, message: string, expected: string) => {
      const cell = row.cells.get(field)!;
      problems.push({ file, line: cell.line, column: cell.column, message, expected });
    };
    if (live.has(id)) {
      at("id", `${showValue(id)} is still a row in ${fileOf(name)}`, `only ids that are no longer in ${fileOf(name)}: delete this line, or rename or remove the row`);
      continue;
    }
    const replacement = value(row, "replacement");
    if (replacement !== null && !live.has(replacement)) {
      const target = finalTarget(replacement, redirects);
      if (redirects.has(replacement) && target === replacement) {
        at("replacement", `the renames from ${showValue(id)} go round in a circle`, `a chain of renames that ends at a row in ${fileOf(name)}`);
      } else if (redirects.has(replacement) && target !== null && live.has(target)) {
        at("replacement", `${showValue(replacement)} was itself renamed, to ${showValue(target)}`, `the id it leads to now, ${showValue(target)}, so that the old address forwards in one step`);
      } else if (redirects.has(replacement)) {
        at("replacement", `${showValue(replacement)} was itself removed (line ${redirects.get(replacement)!.line})`, `a row that is in ${fileOf(name)}, or an empty replacement to say ${showValue(id)} was removed`);
      } else {
        at("replacement", `${showValue(replacement)} is not an id in ${fileOf(name)}${missingIdHint(replacement, new Map(), live, file)}`, `an existing id from ${fileOf(name)}, the row that now holds the facts of ${showValue(id)}`);
      }
    }
    const version = value(row, "version");
    if (checkVersions && version !== null && /^\d+\.\d+\.\d+$/.test(version) && !versions.has(version)) {
      at("version", `version ${version} is not in ${fileOf("changes")}`, `the version of the change-log entry that records this ${replacement ? "rename" : "removal"}`);
    }
  }
}

/** The row a maintainer adds to redirects.csv for a vanished id, ready to fill in. */
function redirectRow(id: string, table: string, label: string | undefined, replacement: string | null, today: string, version: string): string {
  const shown = label === undefined ? "<what it was, for readers>" : /[",\n]/.test(label) ? `"${label.replaceAll('"', '""')}"` : label;
  return `${id},${table},${shown},${replacement ?? ""},${today},${version},<why, in a line for readers>`;
}

/**
 * Every published id is in its table or in redirects.csv. Published means listed in
 * published_ids.csv or, with `base`, present on the base branch. A vanished id is reported where
 * the fix goes, the end of redirects.csv, with the row to add; when a new id in the same table
 * looks like its new name, that row already names it.
 */
export function checkPublishedIds(
  tables: Map<string, ParsedTable>,
  base: BaseIds | null,
  problems: Problem[],
  { today, version }: { today: string; version: string },
): void {
  const redirectTable = tables.get("redirects");
  if (!redirectTable || redirectTable.malformed) return;
  const redirects = readRedirects(tables);
  const ids = currentIds(tables);
  // A table with syntax errors may have lost rows to them, and a missing or empty one has none:
  // its own error is the problem to fix, not every id it held.
  const unreliable = new Set([...tables.values()].filter((t) => t.malformed || t.rows.length === 0).map((t) => t.resource.name));
  const published = new Map<string, { table: string; where: string }>();
  const listed = tables.get("published_ids");
  for (const row of listed && !listed.malformed ? listed.rows : []) {
    const id = value(row, "id");
    const table = value(row, "table");
    if (id && table && !row.ragged) published.set(id, { table, where: `listed in ${listed!.file} line ${row.line}` });
  }
  for (const [table, set] of base?.ids ?? []) {
    for (const id of set) if (!published.has(id)) published.set(id, { table, where: `on ${base!.ref}` });
  }
  const baseIds = base?.ids;
  const end = (redirectTable.rows.at(-1)?.line ?? 1) + 1;
  for (const [id, { table, where }] of published) {
    const live = ids.get(table);
    if (!live || unreliable.has(table) || live.has(id) || redirects.has(id)) continue;
    // A new id in the same table (not on the base, or not published) that is close: probably a rename.
    const fresh = [...live].filter((other) => (baseIds ? !baseIds.get(table)?.has(other) : !published.has(other)));
    const renamed = nearest(id, fresh);
    const file = tables.get(table)?.file ?? `${table}.csv`;
    problems.push({
      file: redirectTable.file,
      line: end,
      column: 1,
      message: `${showValue(id)} was published (${where}) and is no longer in ${file}${renamed ? `; it looks renamed to ${showValue(renamed)}` : ""}: its page, links and embeds would break`,
      expected: `a line in ${redirectTable.file} saying where it went or why it was removed, such as ${redirectRow(id, table, base?.labels?.get(id), renamed, today, version)}; or the row back in ${file}`,
    });
  }
}
