// A data diff as Markdown, for a reviewer: per table, the rows added and removed (their key and the
// columns that name them) and, for changed rows, each changed field before and after; then what the
// change touches on the site. `npm run diff` prints it; CI posts it as the pull request's job summary.
// Values come from data, so every one is escaped: no Markdown or HTML in a cell can change the report.

import type { DataDiff, Row, TableDiff } from "../data/data-diff.ts";
import type { Touches } from "./touches.ts";
import { plural } from "../data/words.ts";

const MAX_ROWS = 40;
const MAX_CHARS = 140;

/** A value as inert Markdown text in a table cell: cut, specials escaped, line breaks shown. */
export function cell(value: string): string {
  const cut = [...value].length > MAX_CHARS ? `${[...value].slice(0, MAX_CHARS - 1).join("")}…` : value;
  if (cut === "") return "*(empty)*";
  return cut
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n|\r/g, " ↵ ");
}

const code = (value: string) => `\`${value.replaceAll("`", "'")}\``;

/** The columns that say what a row is, shown beside its key. */
const NAMING = ["headline", "name", "label", "title", "date", "start", "publisher", "value", "unit", "role", "type", "question", "claim"];

function rowTable(rows: Row[], key: string[]): string[] {
  if (rows.length === 0) return [];
  const columns = [...key, ...NAMING.filter((c) => c in rows[0]! && !key.includes(c)).slice(0, 3)];
  const out = [`| ${columns.map(cell).join(" | ")} |`, `| ${columns.map(() => "---").join(" | ")} |`];
  for (const row of rows.slice(0, MAX_ROWS)) out.push(`| ${columns.map((c) => cell(row[c] ?? "")).join(" | ")} |`);
  if (rows.length > MAX_ROWS) out.push(`| and ${rows.length - MAX_ROWS} more |${" |".repeat(columns.length - 1)}`);
  return out;
}

function tableSection(t: TableDiff): string[] {
  const counts = [
    t.added.length && `${t.added.length} added`,
    t.changed.length && `${t.changed.length} changed`,
    t.removed.length && `${t.removed.length} removed`,
  ].filter(Boolean);
  if (t.formattingOnly) return [`### ${t.path}`, "", "Only the file's formatting changed (line endings, quotes or row order): no value differs.", ""];
  if (counts.length === 0 && t.columnsAdded.length + t.columnsRemoved.length === 0) return [];
  const out = [`### ${t.path}: ${counts.join(", ") || "columns changed"}${t.status === "added" ? " (new table)" : t.status === "removed" ? " (table removed)" : ""}`, ""];
  if (t.columnsAdded.length > 0) out.push(`New columns: ${t.columnsAdded.map(code).join(", ")}.`, "");
  if (t.columnsRemoved.length > 0) out.push(`Removed columns: ${t.columnsRemoved.map(code).join(", ")}.`, "");
  if (t.added.length > 0 && t.status !== "added") out.push("**Added**", "", ...rowTable(t.added, t.key), "");
  else if (t.status === "added") out.push(`${plural(t.added.length, "row")}.`, "");
  if (t.removed.length > 0) out.push("**Removed**", "", ...rowTable(t.removed, t.key), "");
  if (t.changed.length > 0) {
    out.push("**Changed**", "");
    for (const c of t.changed.slice(0, MAX_ROWS)) {
      const name = NAMING.slice(0, 4).map((f) => c.after[f]).find((v) => v);
      out.push(`${code(c.key)}${name ? ` (${cell(name)})` : ""}`, "", "| field | before | after |", "| --- | --- | --- |");
      for (const f of c.fields) out.push(`| ${code(f.field)} | ${cell(f.before)} | ${cell(f.after)} |`);
      out.push("");
    }
    if (t.changed.length > MAX_ROWS) out.push(`and ${t.changed.length - MAX_ROWS} more changed rows.`, "");
  }
  return out;
}

export interface DiffHeading {
  /** "main (a1b2c3d)" */
  base: string;
  versionBefore: string | null;
  versionAfter: string | null;
}

export function diffMarkdown(diff: DataDiff, heading: DiffHeading, touches: Touches | null): string {
  const tables = diff.tables.filter((t) => t.formattingOnly || t.added.length + t.removed.length + t.changed.length + t.columnsAdded.length + t.columnsRemoved.length > 0);
  const sum = (f: (t: TableDiff) => number) => tables.reduce((n, t) => n + f(t), 0);
  const out = [`## Data changes since ${heading.base}`, ""];
  if (tables.length === 0 && !diff.schemaChanged) {
    out.push("No value in the data changed.", "");
    return out.join("\n");
  }
  const version =
    heading.versionBefore !== heading.versionAfter ? `Data version ${heading.versionBefore ?? "none"} → ${heading.versionAfter ?? "none"}. ` : `Data version ${heading.versionAfter ?? "none"} (unchanged). `;
  out.push(
    `${version}${plural(sum((t) => t.added.length), "row")} added, ${sum((t) => t.changed.length)} changed, ${sum((t) => t.removed.length)} removed, in ${plural(tables.length, "table")}.${diff.schemaChanged ? " The schema (datapackage.json) changed too." : ""}`,
    "",
  );
  for (const t of tables) out.push(...tableSection(t));
  if (touches) {
    out.push("### What this touches on the site", "");
    out.push(touches.pages.length > 0 ? `Pages: ${touches.pages.slice(0, 60).map(code).join(", ")}${touches.pages.length > 60 ? ` and ${touches.pages.length - 60} more` : ""}.` : "Pages: none.", "");
    if (touches.charts.length > 0) {
      out.push("Charts and their embeds:", "");
      for (const c of touches.charts) out.push(`- ${cell(c.title)}: ${code(c.page)}, embed ${code(c.embed)}, downloads ${code(`/charts/${c.id}.svg`)} ${code(`.png`)} ${code(`.csv`)}`);
      out.push("");
    } else if (!touches.chartsNote) {
      out.push("Charts: none of them draws anything different.", "");
    }
    if (touches.chartsNote) out.push(`Charts: ${touches.chartsNote}.`, "");
  }
  return out.join("\n");
}
