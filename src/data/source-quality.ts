// Source-quality rules, run by the validator after the schema checks. A source is judged by its
// publisher (publishers.csv): a fact needs a primary source read directly, or must be a claim that
// its own side's publisher reports; no row may rest only on aggregators or partisan sites; reprint
// hosts name the original; URLs are canonical and on the publisher's own domains; dates make sense
// against the data's "as of" and against the event a source is cited for. Reader-facing text
// carries no research notes. Every problem points at the cell to fix, like the schema checks.

import type { Cell } from "./csv.ts";
import { firstDay, lastDay, parsePartialDate } from "./dates.ts";
import { sourcesCheckedOn } from "./coverage.ts";
import { nonCanonicalReason, onDomain, siteHost } from "./canonical-url.ts";
import { isReaderColumn, researchTalk } from "./reader-text.ts";
import {
  CLAIMANT_COLUMNS, FACT_COLUMNS, OWN_SIDE_KINDS, PRIMARY_KINDS, REPRINT_KINDS, WEAK_KINDS,
} from "./source-kinds.ts";
import type { ParsedRow, ParsedTable, Problem } from "./validate.ts";

/**
 * How many days before an event a source may be dated and still be cited for it. A report of a
 * step fixed days ahead (a package agreed by ambassadors, a cap taking effect on a set day) can
 * support its date; a report from weeks earlier was written before the event and cannot attest it.
 */
export const DAYS_BEFORE_EVENT = 7;

interface PublisherInfo {
  id: string;
  kind: string;
  country: string | null;
  actor: string | null;
  domains: string[];
}

interface SourceInfo {
  id: string;
  publisher: PublisherInfo | undefined;
  /** The publisher whose report the page reproduces, if any. */
  original: PublisherInfo | undefined;
  read: boolean;
  published: string | null;
}

interface Item {
  value: string;
  line: number;
  column: number;
}

const quote = (s: string) => JSON.stringify(s);

function value(row: ParsedRow, field: string): string | null {
  const cell = row.cells.get(field);
  return cell && cell.value !== "" ? cell.value : null;
}

/** The items of a ';' list cell with the column each starts at (list cells never span lines). */
function items(cell: Cell): Item[] {
  const out: Item[] = [];
  let offset = cell.quoted ? 1 : 0;
  for (const v of cell.value.split(";")) {
    out.push({ value: v, line: cell.line, column: cell.column + offset });
    offset += v.length + 1;
  }
  return out;
}

function at(file: string, where: { line: number; column: number }, message: string, expected: string): Problem {
  return { file, line: where.line, column: where.column, message, expected };
}

/**
 * True when an earlier check already reported a problem in this cell (a date out of its window, a
 * URL with credentials): judging the value again would only add follow-on problems.
 */
function reported(problems: Problem[], file: string, cell: Cell | undefined): boolean {
  return cell !== undefined && problems.some((p) => p.file === file && p.line === cell.line && p.column >= cell.column && p.column <= cell.column + cell.value.length + 1);
}

/** Rows that passed their own shape checks; ragged rows are reported already. */
const usable = (table: ParsedTable | undefined): ParsedRow[] => (table ? table.rows.filter((r) => !r.ragged) : []);

function kindWords(kind: string): string {
  return kind.replaceAll("-", " ");
}

/** `day` moved by `n` days; a day JavaScript cannot represent (the date checks report it) stays as it is. */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  d.setUTCDate(d.getUTCDate() + n);
  return Number.isNaN(d.getTime()) ? day : d.toISOString().slice(0, 10);
}

export function checkSourceQuality(tables: Map<string, ParsedTable>, problems: Problem[]): void {
  const publishersTable = tables.get("publishers");
  const sourcesTable = tables.get("sources");
  checkReaderText(tables, problems);
  // Judging sources needs both registers whole; their own syntax errors are the problem to fix.
  if (!publishersTable || !sourcesTable || publishersTable.malformed || sourcesTable.malformed) return;

  const publishers = new Map<string, PublisherInfo>();
  for (const row of usable(publishersTable)) {
    const id = value(row, "id");
    if (!id) continue;
    publishers.set(id, {
      id,
      kind: value(row, "kind") ?? "",
      country: value(row, "country"),
      actor: value(row, "actor"),
      domains: (value(row, "domains") ?? "").split(";").filter(Boolean),
    });
    checkDomains(publishersTable, row, problems);
  }

  const sources = new Map<string, SourceInfo>();
  const accessed: { accessed: string | null }[] = [];
  for (const row of usable(sourcesTable)) {
    const id = value(row, "id");
    if (!id) continue;
    const publisherId = value(row, "publisher");
    const reprintOf = value(row, "reprint_of");
    sources.set(id, {
      id,
      publisher: publisherId ? publishers.get(publisherId) : undefined,
      original: reprintOf ? publishers.get(reprintOf) : undefined,
      read: value(row, "read_directly") !== "false",
      published: value(row, "published"),
    });
    accessed.push({ accessed: value(row, "accessed") });
  }
  const asOf = sourcesCheckedOn(accessed);
  for (const row of usable(sourcesTable)) checkSource(sourcesTable, row, publishers, asOf, problems);
  checkDuplicateUrls(sourcesTable, problems);

  const countryOf = new Map<string, string>();
  for (const row of usable(tables.get("actors"))) {
    const id = value(row, "id");
    const country = value(row, "country");
    if (id && country) countryOf.set(id, country);
  }
  for (const table of tables.values()) {
    if (table.malformed || table.resource.name === "sources") continue;
    checkCitations(table, sources, countryOf, problems);
  }
  checkDatesAgainstEvents(tables, sources, problems);
}

/** A domain is written bare: lowercase, no scheme, "www.", path or trailing dot. */
function checkDomains(table: ParsedTable, row: ParsedRow, problems: Problem[]): void {
  const cell = row.cells.get("domains");
  if (!cell || cell.value === "") return;
  for (const item of items(cell)) {
    if (item.value === "") continue; // the list check reports empty items
    if (!/^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(item.value)) {
      problems.push(at(table.file, item, `${quote(item.value)} in column domains is not a bare domain`, "a domain in lowercase without scheme, 'www.', path or trailing dot, e.g. reuters.com"));
    }
  }
}

/** One row per page: a second row with the same address splits the page's citations in two. */
function checkDuplicateUrls(table: ParsedTable, problems: Problem[]): void {
  const first = new Map<string, { id: string; line: number }>();
  for (const row of usable(table)) {
    const url = row.cells.get("url");
    const id = value(row, "id");
    if (!url || url.value === "" || !id) continue;
    const seen = first.get(url.value);
    if (seen) {
      problems.push(at(table.file, url, `url is also the address of ${seen.id} (line ${seen.line})`, `one row per page: cite ${seen.id} instead of a second row`));
    } else {
      first.set(url.value, { id, line: url.line });
    }
  }
}

function checkSource(table: ParsedTable, row: ParsedRow, publishers: Map<string, PublisherInfo>, asOf: string | null, problems: Problem[]): void {
  const file = table.file;
  const url = row.cells.get("url");
  const publisherCell = row.cells.get("publisher");
  const publisher = publisherCell && publisherCell.value ? publishers.get(publisherCell.value) : undefined;

  if (url && url.value !== "" && !reported(problems, file, url)) {
    const reason = nonCanonicalReason(url.value);
    if (reason) {
      problems.push(at(file, url, `url ${quote(url.value)} is not the page's canonical address: ${reason}`, "the address the publisher gives the page: no trailing dot after the host, no default port, no staging, feed, mobile or AMP host, no tracking parameters"));
    }
    const host = siteHost(url.value);
    if (publisher && host && publisher.domains.length > 0 && !publisher.domains.some((d) => onDomain(host, d))) {
      problems.push(at(file, url, `host ${quote(host)} is not a domain of ${publisher.id} (${publisher.domains.join(", ")})`, `a URL on one of the publisher's domains in publishers.csv, or the publisher that owns ${host}`));
    }
  }

  const reprint = row.cells.get("reprint_of");
  if (publisher && publisherCell && REPRINT_KINDS.has(publisher.kind) && reprint && reprint.value === "") {
    problems.push(at(file, reprint, `${publisher.id} is ${kindWords(publisher.kind) === "aggregator" ? "an aggregator" : kindWords(publisher.kind)}, but reprint_of is empty`, "the id of the publisher whose report the page reproduces"));
  }
  if (reprint && publisherCell && reprint.value !== "" && reprint.value === publisherCell.value) {
    problems.push(at(file, reprint, `reprint_of is the page's own publisher (${quote(reprint.value)})`, "the id of another publisher, or empty when the page is the original"));
  }

  const read = row.cells.get("read_directly");
  const accessed = row.cells.get("accessed");
  if (read && accessed) {
    if (read.value === "true" && accessed.value === "") {
      problems.push(at(file, accessed, "accessed is empty but read_directly is true", "the day someone on the team read the page, YYYY-MM-DD"));
    }
    if (read.value === "false" && accessed.value !== "") {
      problems.push(at(file, accessed, `accessed ${accessed.value} is set but read_directly is false`, "accessed empty: it is the day the page itself was read, and nobody read this one"));
    }
  }

  // A page someone read cannot be published after it was read: the schema's ordered rule (published,
  // accessed) says so for that row. A page nobody read has no accessed date, so it is held to the
  // data's as-of instead.
  const published = row.cells.get("published");
  const pub = published && published.value ? parsePartialDate(published.value) : null;
  if (published && pub && asOf && (!accessed || accessed.value === "") && firstDay(pub) > asOf) {
    problems.push(at(file, published, `published ${published.value} is after the data's as-of date ${asOf} (the last day a source was read)`, "a publication date on or before the day the newest source was read"));
  }
}

function checkCitations(table: ParsedTable, sources: Map<string, SourceInfo>, countryOf: Map<string, string>, problems: Problem[]): void {
  const name = table.resource.name;
  const listColumns = table.resource.schema.fields
    .filter((f) => f.type === "list" && f.name === "sources")
    .map((f) => f.name);
  const factColumn = FACT_COLUMNS[name];
  const claimantColumn = CLAIMANT_COLUMNS[name];
  for (const row of usable(table)) {
    for (const column of listColumns) {
      const cell = row.cells.get(column);
      if (!cell || cell.value === "") continue;
      const cited = items(cell).map((i) => sources.get(i.value)).filter((s): s is SourceInfo => s !== undefined);
      // Unknown source or publisher ids are the foreign-key checks' to report.
      if (cited.length === 0 || cited.some((s) => s.publisher === undefined)) continue;
      const describe = () => cited.map((s) => `${s.id}: ${s.read ? kindWords(s.publisher?.kind ?? "unknown") : "not read directly"}`).join("; ");

      if (cited.every((s) => !s.read)) {
        problems.push(at(table.file, cell, `${column} cites only pages nobody on the team read (${describe()})`, "at least one source whose page was read directly"));
        continue;
      }
      if (column === factColumn && !(name === "deposit_control" && value(row, "control") === "unknown")) {
        const claimant = claimantColumn ? value(row, claimantColumn) : null;
        const primary = cited.some((s) => s.read && s.publisher && PRIMARY_KINDS.has(s.publisher.kind));
        // A relation between two actors of one state may rest on that state's own official pages or
        // state media (TASS on who heads a Russian ministry), as a claim may rest on its claimant's.
        const parties = name === "relations" ? [value(row, "from"), value(row, "to")].filter((a): a is string => a !== null) : [];
        const ownSide =
          (claimant !== null && cited.some((s) => s.read && isOwnSide(s, claimant, countryOf))) ||
          (parties.length === 2 && cited.some((s) => s.read && s.publisher && sameStateSide(s.publisher, parties, countryOf)));
        if (!primary && !ownSide) {
          const base = "at least one source from an official body, international organisation, wire or established outlet";
          problems.push(at(table.file, cell, `${column} has no official, wire or established source read directly (${describe()})`, claimant
            ? `${base}, or from ${claimant}'s own side`
            : parties.length === 2 ? `${base}, or, when both actors belong to one state, from that state's officials or state media` : base));
          continue;
        }
        // An own-side claim read only on a reprint host still needs a page that is not one.
      }
      if (cited.every((s) => !s.read || (s.publisher && WEAK_KINDS.has(s.publisher.kind)))) {
        problems.push(at(table.file, cell, `${column} rests only on aggregator or partisan sources (${describe()})`, "at least one source that is not an aggregator or partisan site"));
      }
    }
  }
}

/**
 * A claim may rest on the claimant's own pages (or a verbatim reprint of its own release, such as an
 * institute's press release on a distribution service), or on its own state's officials or state media.
 */
function isOwnSide(source: SourceInfo, claimant: string, countryOf: Map<string, string>): boolean {
  const { publisher, original } = source;
  if (!publisher) return false;
  if (publisher.actor === claimant || (original !== undefined && original.actor === claimant)) return true;
  const country = countryOf.get(claimant);
  return OWN_SIDE_KINDS.has(publisher.kind) && country !== undefined && country === publisher.country;
}

/** Both actors belong to the state whose officials or state media published the page. */
function sameStateSide(publisher: PublisherInfo, actors: string[], countryOf: Map<string, string>): boolean {
  return OWN_SIDE_KINDS.has(publisher.kind) && publisher.country !== null && actors.every((a) => countryOf.get(a) === publisher.country);
}

/** A source dated well before the event (or relation) it is cited for cannot attest it. */
function checkDatesAgainstEvents(tables: Map<string, ParsedTable>, sources: Map<string, SourceInfo>, problems: Problem[]): void {
  // A date the schema checks already refused (out of its window, not a calendar date) is reported
  // once, there; comparing sources with it would only add follow-on problems.
  const refused = (file: string, row: ParsedRow, field: string) => reported(problems, file, row.cells.get(field));
  const eventsTable = tables.get("events");
  const eventDate = new Map<string, string>();
  for (const row of usable(eventsTable)) {
    const id = value(row, "id");
    const date = value(row, "date");
    if (id && date && !refused(eventsTable!.file, row, "date")) eventDate.set(id, date);
  }
  const check = (table: ParsedTable | undefined, dateOf: (row: ParsedRow) => string | null, what: string) => {
    if (!table || table.malformed) return;
    for (const row of usable(table)) {
      const date = dateOf(row);
      const d = date ? parsePartialDate(date) : null;
      const cell = row.cells.get("sources");
      if (!d || !cell || cell.value === "") continue;
      const earliest = addDays(firstDay(d), -DAYS_BEFORE_EVENT);
      for (const item of items(cell)) {
        const published = sources.get(item.value)?.published;
        const p = published ? parsePartialDate(published) : null;
        if (p && lastDay(p) < earliest) {
          problems.push(at(table.file, item, `${item.value} was published ${published}, before the ${what} it is cited for (${date})`, `a source published on or after ${date}: a report written before the ${what} cannot attest it`));
        }
      }
    }
  };
  check(eventsTable, (row) => eventDate.get(value(row, "id") ?? "") ?? null, "event");
  check(tables.get("event_actors"), (row) => eventDate.get(value(row, "event") ?? "") ?? null, "event");
  const relations = tables.get("relations");
  check(relations, (row) => (refused(relations!.file, row, "start") ? null : value(row, "start")), "relation");
}

/** Research talk in a column that pages show. */
function checkReaderText(tables: Map<string, ParsedTable>, problems: Problem[]): void {
  for (const table of tables.values()) {
    const columns = table.resource.schema.fields.filter((f) => f.type === "string" && isReaderColumn(table.resource.name, f.name)).map((f) => f.name);
    for (const row of usable(table)) {
      for (const column of columns) {
        const cell = row.cells.get(column);
        if (!cell || cell.value === "") continue;
        const talk = researchTalk(cell.value);
        if (!talk) continue;
        // Point at the words themselves when the cell is on one line; else at the cell.
        const before = cell.value.slice(0, talk.index);
        const where = before.includes("\n")
          ? { line: cell.line + before.split("\n").length - 1, column: before.length - before.lastIndexOf("\n") }
          : { line: cell.line, column: cell.column + (cell.quoted ? 1 + countQuotes(before) : 0) + talk.index };
        problems.push(at(table.file, where, `${quote(talk.found)} in column ${column} is research talk (${talk.what})`, "text for readers; research notes go in maintainer_notes, which pages never show"));
      }
    }
  }
}

/** Doubled quotes inside a quoted cell take two characters in the file for one in the value. */
function countQuotes(text: string): number {
  return (text.match(/"/g) ?? []).length;
}
