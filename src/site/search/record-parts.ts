// Which records go into which part of the search index (index-parts.ts), worked out once per
// model from the data alone, so that every page's search form (SearchForm.astro) names the same
// parts the build's indexer writes (src/build/integration.ts).

import type { Model } from "../../data/model.ts";
import { partFolders, RECORDS_PER_PART, ROW_RECORDS_PER_PART } from "./index-parts.ts";
import { searchRecords, type SearchRecord } from "./records.ts";
import { indexRowsAsRecords, rowPageRecords } from "./row-records.ts";
import { wholeSetting } from "../whole-setting.ts";

export interface RecordPart {
  /** Its folder under <base>pagefind/. */
  folder: string;
  /** Sources and measures (records.ts), or at scale the event and actor pages' rows (row-records.ts). */
  kind: "records" | "rows";
  /** Its slice of that kind's records, [from, to). */
  from: number;
  to: number;
}

type Env = Record<string, string | undefined>;

const cache = new WeakMap<Model, Map<string, RecordPart[]>>();

/**
 * The parts, records first. SEARCH_PART_RECORDS (an environment variable, for tests and trials,
 * like LIST_PAGE_ROWS) sets the records per part of both kinds, and SEARCH_ROW_PAGES_FROM_HTML
 * how many event and actor pages are still read from their HTML (row-records.ts), so that today's
 * data can be indexed as a hundred times as much is.
 */
export function recordPartsOf(model: Model, env: Env = process.env): RecordPart[] {
  const key = `${env.SEARCH_PART_RECORDS}|${env.SEARCH_ROW_PAGES_FROM_HTML}`;
  let byEnv = cache.get(model);
  if (!byEnv) cache.set(model, (byEnv = new Map()));
  let parts = byEnv.get(key);
  if (!parts) {
    const forced = wholeSetting(env.SEARCH_PART_RECORDS);
    parts = [
      ...split("records", searchRecords(model).length, forced ?? RECORDS_PER_PART),
      ...(indexRowsAsRecords(model, env) ? split("rows", model.tables.events.length + model.tables.actors.length, forced ?? ROW_RECORDS_PER_PART) : []),
    ];
    byEnv.set(key, parts);
  }
  return parts;
}

/** The folders of the record parts, which every search form names (past one, the browser merges them). */
export function indexPartFolders(model: Model): string[] {
  return recordPartsOf(model).map((part) => part.folder);
}

/** Each part with its records, one part at a time, so only the lists are held, not copies of them. */
export function* recordsByPart(model: Model, parts: readonly RecordPart[]): Generator<[RecordPart, SearchRecord[]]> {
  const lists = { records: searchRecords(model), rows: parts.some((p) => p.kind === "rows") ? rowPageRecords(model) : [] };
  for (const part of parts) yield [part, lists[part.kind].slice(part.from, part.to)];
}

/** `count` records in parts of equal size, at most `perPart` each. */
function split(kind: RecordPart["kind"], count: number, perPart: number): RecordPart[] {
  const folders = partFolders(kind, count, perPart);
  const size = Math.ceil(count / folders.length);
  return folders.map((folder, i) => ({ folder, kind, from: i * size, to: Math.min(count, (i + 1) * size) }));
}
