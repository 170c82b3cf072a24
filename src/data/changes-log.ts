// The public change log, data/changes.csv: what each data version added, corrected, updated or
// removed, with the rows concerned and a line for readers. It drives /changes/, the "Corrected on"
// notes on row pages, the feed's <updated> dates and the data version shown everywhere, so the
// validator holds it to what a pull request really did: with the base version at hand it compares
// the two, row by row, and asks for the entry (drafted in the message) that is missing.
// Versions are semantic: removals and schema changes raise MAJOR, additions and updates MINOR,
// corrections PATCH. Nothing here depends on git history depth: the base is passed in, or absent.

import type { Cell } from "./csv.ts";
import { changedKeys, type DataDiff } from "./data-diff.ts";
import { currentIds, readRedirects } from "./ids-history.ts";
import { showValue } from "./show.ts";
import { nearest } from "./suggest.ts";
import type { ChangeRow } from "./tables.generated.ts";
import type { ParsedRow, ParsedTable, Problem } from "./validate.ts";

export type ChangeKind = ChangeRow["kind"];

export interface ChangeEntry {
  version: string;
  date: string;
  kind: ChangeKind;
  rows: string[];
  description: string;
  line: number;
}

/** Tables that describe the data's history rather than the story: not themselves logged. */
export const LOG_TABLES = new Set(["changes", "redirects", "published_ids"]);

export function parseVersion(version: string): [number, number, number] | null {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The version after `version` for changes of these kinds. */
export function nextVersion(version: string | null, kinds: Iterable<ChangeKind>): string {
  const [major, minor, patch] = parseVersion(version ?? "") ?? [0, 0, 0];
  const set = new Set(kinds);
  if (set.has("removal") || set.has("schema")) return `${major + 1}.0.0`;
  if (set.has("addition") || set.has("update")) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const cellOf = (row: ParsedRow, field: string) => row.cells.get(field);
const valueOf = (row: ParsedRow, field: string) => cellOf(row, field)?.value ?? "";

/** The log's entries in file order (oldest first). */
export function readChanges(table: ParsedTable | undefined): ChangeEntry[] {
  return (table?.rows ?? [])
    .filter((r) => !r.ragged)
    .map((r) => ({
      version: valueOf(r, "version"),
      date: valueOf(r, "date"),
      kind: valueOf(r, "kind") as ChangeKind,
      rows: valueOf(r, "rows") === "" ? [] : valueOf(r, "rows").split(";"),
      description: valueOf(r, "description"),
      line: r.line,
    }));
}

/** The newest version in the log, or null for an empty or unreadable log. */
export function latestVersion(entries: readonly ChangeEntry[]): string | null {
  return entries.map((e) => e.version).filter((v) => parseVersion(v)).sort(compareVersions).at(-1) ?? null;
}

/** The id a row of a table is logged under: its id, or for a link table (event_actors) its first key. */
function loggedId(key: string): string {
  return key.split(" / ")[0]!;
}

/** Per kind, the ids a diff added, removed or changed in the story's tables. */
export function idsByKind(diff: DataDiff): { added: Set<string>; removed: Set<string>; changed: Set<string> } {
  const added = new Set<string>();
  const removed = new Set<string>();
  const changed = new Set<string>();
  for (const table of diff.tables) {
    if (LOG_TABLES.has(table.table)) continue;
    const keys = changedKeys(table);
    const composite = table.key.length > 1;
    // A new or dropped link row (an actor added to an event) changes the row it belongs to.
    for (const k of keys.added) (composite ? changed : added).add(loggedId(k));
    for (const k of keys.removed) (composite ? changed : removed).add(loggedId(k));
    for (const k of keys.changed) changed.add(loggedId(k));
  }
  for (const id of added) changed.delete(id);
  for (const id of removed) changed.delete(id);
  return { added, removed, changed };
}

/** The kinds of change a diff makes, for the version it needs. */
export function kindsOf(diff: DataDiff): Set<ChangeKind> {
  const { added, removed, changed } = idsByKind(diff);
  const kinds = new Set<ChangeKind>();
  const columns = diff.tables.filter((t) => !LOG_TABLES.has(t.table)).some((t) => t.columnsAdded.length + t.columnsRemoved.length > 0);
  if (diff.schemaChanged || columns) kinds.add("schema");
  if (removed.size > 0) kinds.add("removal");
  if (added.size > 0) kinds.add("addition");
  if (changed.size > 0) kinds.add("correction");
  return kinds;
}

const list = (ids: Iterable<string>, max = 6) => {
  const all = [...ids];
  return all.length <= max ? all.join(", ") : `${all.slice(0, max).join(", ")} and ${all.length - max} more`;
};

export interface ChangeLogContext {
  /** The diff from the base version, when the base could be read; null otherwise. */
  diff: DataDiff | null;
  /** The base's log entries; null when the base has no log yet (the log's own first pull request). */
  baseEntries: ChangeEntry[] | null;
  baseRef: string;
  today: string;
}

/** Check the log on its own, and against the diff from the base when there is one. */
export function checkChangeLog(tables: Map<string, ParsedTable>, problems: Problem[], ctx: ChangeLogContext): void {
  const table = tables.get("changes");
  if (!table || table.malformed) return;
  const { file } = table;
  const entries = readChanges(table);
  const at = (where: { line: number; column: number }, message: string, expected: string) => problems.push({ file, line: where.line, column: where.column, message, expected });
  const rowByLine = new Map(table.rows.map((r) => [r.line, r]));
  const cell = (entry: ChangeEntry, field: string): Cell => cellOf(rowByLine.get(entry.line)!, field)!;

  // Oldest first, so that a new entry goes at the end and the diff of the log shows one added line.
  for (let i = 1; i < entries.length; i++) {
    const [prev, entry] = [entries[i - 1]!, entries[i]!];
    if (!parseVersion(prev.version) || !parseVersion(entry.version)) continue;
    if (compareVersions(entry.version, prev.version) < 0) {
      at(cell(entry, "version"), `version ${entry.version} comes after ${prev.version} (line ${prev.line})`, "entries oldest first: each version the same as or later than the one above it, new entries at the end");
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(entry.date) && /^\d{4}-\d{2}-\d{2}$/.test(prev.date) && entry.date < prev.date) {
      at(cell(entry, "date"), `date ${entry.date} is before ${prev.date} on line ${prev.line}`, "entries oldest first, each dated on or after the one above it");
    }
  }

  // Every id named is a row, or was one (removals name ids that are now in redirects.csv).
  const ids = currentIds(tables);
  const live = new Set([...ids.values()].flatMap((s) => [...s]));
  const redirects = readRedirects(tables);
  const idsUnreliable = [...tables.values()].some((t) => t.malformed && !LOG_TABLES.has(t.resource.name));
  for (const entry of entries) {
    const rowsCell = cell(entry, "rows");
    if (!rowsCell || rowsCell.value === "" || idsUnreliable) continue;
    let offset = rowsCell.quoted ? 1 : 0;
    for (const id of entry.rows) {
      const where = { line: rowsCell.line, column: rowsCell.column + offset };
      offset += id.length + 1;
      if (id === "") continue;
      if (entry.kind === "removal" && live.has(id)) {
        at(where, `${showValue(id)} is logged as removed but is still a row`, "removal entries to name only ids that left their table (and are in redirects.csv)");
      } else if (!live.has(id) && !redirects.has(id)) {
        const guess = nearest(id, live);
        at(where, `${showValue(id)} in column rows is not an id in the data or in redirects.csv${guess ? `; did you mean ${showValue(guess)}?` : ""}`, "the ids of the rows this change concerns");
      }
    }
  }

  if (!ctx.diff || ctx.baseEntries === null) return;
  checkAgainstBase(entries, ctx, file, at, cell);
}

function checkAgainstBase(
  entries: ChangeEntry[],
  ctx: ChangeLogContext,
  file: string,
  at: (where: { line: number; column: number }, message: string, expected: string) => void,
  cell: (entry: ChangeEntry, field: string) => Cell,
): void {
  const diff = ctx.diff!;
  const base = ctx.baseEntries!;
  const seen = new Set(base.map((e) => `${e.version}\u0000${e.kind}\u0000${e.description}`));
  const fresh = entries.filter((e) => !seen.has(`${e.version}\u0000${e.kind}\u0000${e.description}`));
  const baseVersion = latestVersion(base);
  const { added, removed, changed } = idsByKind(diff);
  const needed = kindsOf(diff);
  const end = { line: (entries.at(-1)?.line ?? 1) + 1, column: 1 };

  if (needed.size === 0) return;
  const version = nextVersion(baseVersion, needed);
  if (fresh.length === 0) {
    const draft = [
      added.size > 0 && `${version},${ctx.today},addition,${[...added].join(";")},<what was added, in a line for readers>`,
      changed.size > 0 && `${version},${ctx.today},correction,${[...changed].join(";")},<what was wrong and what it says now>`,
      removed.size > 0 && `${version},${ctx.today},removal,${[...removed].join(";")},<what was removed and why>`,
      needed.has("schema") && `${version},${ctx.today},schema,,<what changed in the tables' columns>`,
    ].filter(Boolean);
    const what = [
      added.size > 0 && `adds ${added.size} row${added.size === 1 ? "" : "s"} (${list(added)})`,
      changed.size > 0 && `changes ${changed.size} (${list(changed)})`,
      removed.size > 0 && `removes ${removed.size} (${list(removed)})`,
      needed.has("schema") && "changes the schema",
    ].filter(Boolean).join(", ");
    at(end, `the data ${what} since ${ctx.baseRef}, and ${file} has no entry for it`, `a line per kind of change at the end of ${file} (npm run changes -- --write drafts them): ${draft.join(" | ")}`);
    return;
  }

  // One new version, the right step from the base's.
  const versions = new Set(fresh.map((e) => e.version));
  const declared = new Set(fresh.map((e) => e.kind));
  const expected = nextVersion(baseVersion, new Set([...declared, ...needed]));
  for (const entry of fresh) {
    if (parseVersion(entry.version) && entry.version !== expected) {
      at(cell(entry, "version"), `version ${entry.version} does not follow ${baseVersion ?? "the first version"} on ${ctx.baseRef} for ${[...new Set([...declared, ...needed])].join(" and ")}`, `${expected}: a removal or a schema change raises the first number, an addition or an update the second, a correction the third`);
      break;
    }
  }
  if (versions.size > 1) at(cell(fresh[1]!, "version"), `the new entries name ${versions.size} versions (${[...versions].join(", ")})`, `one version for everything this pull request changes: ${expected}`);

  // Each changed row is in an entry of the right kind; each listed id really changed.
  const listed = (kinds: ChangeKind[]) => new Set(fresh.filter((e) => kinds.includes(e.kind)).flatMap((e) => e.rows));
  const missing: [Set<string>, ChangeKind[], string][] = [
    [added, ["addition"], "added"],
    [changed, ["correction", "update"], "changed"],
    [removed, ["removal"], "removed"],
  ];
  for (const [ids, kinds, verb] of missing) {
    const named = listed(kinds);
    const absent = [...ids].filter((id) => !named.has(id));
    if (absent.length === 0) continue;
    const entry = fresh.find((e) => kinds.includes(e.kind));
    at(entry ? cell(entry, "rows") : end, `${absent.length} row${absent.length === 1 ? "" : "s"} ${verb} since ${ctx.baseRef} ${absent.length === 1 ? "is" : "are"} not in the log: ${list(absent)}`, entry ? `their ids in the rows of this ${entry.kind} entry, separated by ;` : `an entry of kind ${kinds.join(" or ")} at the end of ${file} naming them`);
  }
  if (needed.has("schema") && !declared.has("schema")) {
    at(end, `the schema changed since ${ctx.baseRef} and no new entry of kind schema says how`, `a line: ${expected},${ctx.today},schema,,<what changed in the tables' columns>`);
  }
  const touched = new Set([...added, ...changed, ...removed]);
  for (const entry of fresh) {
    const rowsCell = cell(entry, "rows");
    if (!rowsCell) continue;
    let offset = rowsCell.quoted ? 1 : 0;
    for (const id of entry.rows) {
      const where = { line: rowsCell.line, column: rowsCell.column + offset };
      offset += id.length + 1;
      if (id !== "" && !touched.has(id)) at(where, `${showValue(id)} is logged as ${entry.kind === "addition" ? "added" : entry.kind === "removal" ? "removed" : "changed"}, but it did not change since ${ctx.baseRef}`, "only the ids of rows this pull request changed");
    }
  }
}

/** One note per table whose file changed while no value did: a spreadsheet's or an editor's re-save. */
export function formattingNotes(diff: DataDiff | null, fileOf: (path: string) => string, baseRef: string): Problem[] {
  return (diff?.tables ?? [])
    .filter((t) => t.formattingOnly)
    .map((t) => ({
      file: fileOf(t.path),
      line: 1,
      column: 1,
      severity: "note" as const,
      message: `the file differs from ${baseRef} only in its formatting (line endings, quotes, a byte-order mark or the order of rows): no value changed`,
      expected: `nothing, if the file was put in canonical form on purpose (npm run format-data); otherwise the file as it is on ${baseRef}, so that the pull request shows no change here: git checkout ${baseRef} -- ${fileOf(t.path)}`,
    }));
}
