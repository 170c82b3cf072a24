// Reader-facing text must read as journalism, not as a research log. Research talk (the seed
// article, leads, stored copies, proxies, internal row ids) belongs in `maintainer_notes`, which no
// page shows. This module finds it in the columns pages print.

/** Columns that pages show, in any table that has them. */
export const READER_COLUMNS: ReadonlySet<string> = new Set([
  "headline", "summary", "notes", "name", "role", "question", "claim", "claimant", "label", "text",
  "description", "target", "reason",
]);

/** Columns that are reader text only in some tables (`claimant` is an actor id in figures). */
const ID_COLUMNS: Readonly<Record<string, ReadonlySet<string>>> = {
  figures: new Set(["claimant"]),
  mineral_stats: new Set(["claimant"]),
};

interface Marker {
  pattern: RegExp;
  what: string;
}

const ROW_ID = /\b(?:src|pub|act|evt|rel|msr|fig|ms|term|dep|dsp|clm|plc|era|min)-[a-z0-9]+(?:-[a-z0-9]+)+\b/;

const MARKERS: Marker[] = [
  { pattern: /\bseed (?:article|story)\b|\bthe seed's\b/i, what: "the seed article" },
  { pattern: /\bdossiers?\b/i, what: "the research dossier" },
  { pattern: /\b(?:research|dossier) leads?\b|\bleads? from the\b|\bReplaces the\b[^.]*\blead\b/i, what: "a research lead" },
  { pattern: /\bstored (?:copy|copies|excerpts?|pages?|corpus|reporting)\b|\b(?:in|from) the store\b|\bexcerpts? (?:read|seen)\b|\bin the excerpt\b/i, what: "the stored copy" },
  { pattern: /\(weak\)|\bweak (?:summary |source )?pages?\b/i, what: "a source-quality judgement" },
  { pattern: /\b(?:pages?|sources?) (?:read|seen|checked) (?:here|by us|for this)\b|\bin (?:a|any) (?:page|source) read\b|\bno (?:page|source) read\b|\bpages read\b/i, what: "what the team read" },
  { pattern: /\bnot re-?opened\b/i, what: "a page not re-opened" },
  { pattern: /\bACTOR_IDS\b|\bhelpers?\b/, what: "the research process" },
  { pattern: /\bUNVERIFIED\b/, what: "UNVERIFIED" },
  { pattern: /\bproxy\b/i, what: "a proxy" },
  { pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\b/, what: "an IP address" },
  { pattern: /\bthis compilation\b/i, what: "this compilation" },
  { pattern: /\bURL (?:slug|not found)\b|\boriginal [\w ]*URL\b/i, what: "a URL hunt" },
  { pattern: ROW_ID, what: "a row id" },
];

/**
 * The first piece of research talk in `text`, with where it starts; null when there is none. Row
 * ids are research talk in a cell, but a built page shows them in its own addresses, so a scan of
 * pages passes `rowIds: false`.
 */
export function researchTalk(text: string, options: { rowIds?: boolean } = {}): { what: string; found: string; index: number } | null {
  let first: { what: string; found: string; index: number } | null = null;
  for (const { pattern, what } of MARKERS) {
    if (options.rowIds === false && pattern === ROW_ID) continue;
    const m = pattern.exec(text);
    if (m && (first === null || m.index < first.index)) first = { what, found: m[0], index: m.index };
  }
  return first;
}

/** True when `column` of `table` is text that pages show to readers. */
export function isReaderColumn(table: string, column: string): boolean {
  return READER_COLUMNS.has(column) && !ID_COLUMNS[table]?.has(column);
}
