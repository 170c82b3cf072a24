// What readers see of the data's history, derived from the committed change log (changes.csv) and
// redirects (redirects.csv), never from git: a shallow clone, a download or a fixture folder builds
// the same pages. Pure: tables in, views out.

import { compareVersions } from "./changes-log.ts";
import { LABELS, type ChangeRow, type RedirectRow, type Tables } from "./tables.generated.ts";

export interface VersionView {
  version: string;
  /** The day the version was published: its latest entry's date. */
  date: string;
  entries: ChangeRow[];
  /** Ids that were renamed or removed in this version. */
  redirects: RedirectRow[];
}

export interface History {
  /** The current data version ("2.1.0"), or null when the log is empty. */
  version: string | null;
  /** The day of the latest change (YYYY-MM-DD), or null. */
  lastChange: string | null;
  /** Versions, newest first. */
  versions: VersionView[];
  /** For each row id, the entries that name it, oldest first. */
  byRow: Map<string, ChangeRow[]>;
  redirectById: Map<string, RedirectRow>;
}

export function buildHistory(tables: Pick<Tables, "changes" | "redirects">): History {
  const byVersion = new Map<string, ChangeRow[]>();
  for (const entry of tables.changes) byVersion.set(entry.version, [...(byVersion.get(entry.version) ?? []), entry]);
  const versions = [...byVersion]
    .sort(([a], [b]) => compareVersions(b, a))
    .map(([version, entries]) => ({
      version,
      date: entries.map((e) => e.date).sort().at(-1)!,
      entries,
      redirects: tables.redirects.filter((r) => r.version === version),
    }));
  const byRow = new Map<string, ChangeRow[]>();
  for (const entry of tables.changes) for (const id of entry.rows) byRow.set(id, [...(byRow.get(id) ?? []), entry]);
  return {
    version: versions[0]?.version ?? null,
    lastChange: tables.changes.map((e) => e.date).sort().at(-1) ?? null,
    versions,
    byRow,
    redirectById: new Map(tables.redirects.map((r) => [r.id, r])),
  };
}

/** Corrections and updates to a row, oldest first: the "Corrected on …" notes on its page. */
export function correctionsOf(history: History, id: string): ChangeRow[] {
  return (history.byRow.get(id) ?? []).filter((e) => e.kind === "correction" || e.kind === "update");
}

/** The last day a row was added, corrected or updated, or null: a feed entry's <updated>. */
export function lastChangeOf(history: History, id: string): string | null {
  return (history.byRow.get(id) ?? []).filter((e) => e.kind !== "removal").map((e) => e.date).sort().at(-1) ?? null;
}

/** Where an old id leads now: the live id at the end of its renames, or the redirect of a removal. */
export function resolveOldId(history: History, id: string): { id: string } | { removed: RedirectRow } | null {
  let at = history.redirectById.get(id);
  if (!at) return null;
  const seen = new Set<string>();
  while (at.replacement && !seen.has(at.id)) {
    seen.add(at.id);
    const next = history.redirectById.get(at.replacement);
    if (!next) return { id: at.replacement };
    at = next;
  }
  return { removed: at };
}

export const KIND_LABELS: Record<string, string> = LABELS.changes.kind;
