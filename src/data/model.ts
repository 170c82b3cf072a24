// Typed records -> the model pages use: lookups by id, chronological order, back-links from sources
// to the rows that cite them, disputes by the row they concern, and Arquero tables for aggregation.
// Pure: it takes loaded tables and returns derived views; it never touches the file system.

import { buildHistory, type History } from "./change-history.ts";
import { compareDates, firstDay, lastDay, parsePartialDate } from "./dates.ts";
import type { DataPackage } from "./descriptor.ts";
import type {
  ActorRow, ClaimRow, DepositControlRow, DepositRow, DisputeRow, EventRow, MeasureRow, MineralRow, PublisherRow, RelationRow,
  SourceRow, TableName, Tables,
} from "./tables.generated.ts";
import { TABLE_NAMES } from "./tables.generated.ts";
import { dataAsOf, type AsOf } from "./coverage.ts";
import type { PublisherKind } from "./source-kinds.ts";
import { controlHistories, type ControlState } from "./deposit-control.ts";

/**
 * A deposit with its control history (deposit_control.csv) and, for the views that show one state,
 * the latest: `control`, `control_as_of` and `control_sources`. A deposit nobody has reported on
 * yet reads as "unknown" with no date (the validator requires at least one state, so it is rare).
 */
export interface DepositView extends DepositRow {
  history: ControlState[];
  control: ControlState["control"];
  control_as_of: string;
  control_sources: string[];
}

export function depositViews(deposits: readonly DepositRow[], control: readonly DepositControlRow[]): DepositView[] {
  const histories = controlHistories(control);
  return deposits.map((d) => {
    const history = (histories.get(d.id) ?? []).map((s) => ({ as_of: s.as_of, control: s.control, sources: s.sources, notes: s.notes ?? null }));
    const latest = history[history.length - 1];
    return { ...d, history, control: latest?.control ?? "unknown", control_as_of: latest?.as_of ?? "", control_sources: latest?.sources ?? [] };
  });
}

/**
 * A source with its publisher resolved once for every view: `publisher` is the name pages show
 * (from publishers.csv), `publisher_id` the id the CSV holds, `reprint_of` the original's name.
 */
export interface SourceView extends Omit<SourceRow, "publisher" | "reprint_of"> {
  publisher: string;
  publisher_id: string;
  publisher_kind: PublisherKind;
  reprint_of: string | null;
  reprint_of_id: string | null;
}

/** Resolve each source's publisher and reprinted original to their names and kind. */
export function resolveSources(sources: readonly SourceRow[], publishers: readonly PublisherRow[]): SourceView[] {
  const byId = indexBy(publishers, (p) => p.id);
  return sources.map((s) => {
    const publisher = byId.get(s.publisher);
    const original = s.reprint_of ? byId.get(s.reprint_of) : undefined;
    return {
      ...s,
      publisher: publisher?.name ?? s.publisher,
      publisher_id: s.publisher,
      publisher_kind: (publisher?.kind ?? "other-outlet") as PublisherKind,
      reprint_of: original?.name ?? s.reprint_of,
      reprint_of_id: s.reprint_of,
    };
  });
}

/** A row somewhere in the data that cites a source. */
export interface Citation {
  table: TableName;
  /** The row's id; for event_actors, the event's id (the row lives on the event's page). */
  id: string;
  label: string;
}

/** An era with its dates derived from the events that bound it. */
export interface EraView {
  id: string;
  name: string;
  /** For narrow drawings where the full name does not fit (eras.csv's short_name). */
  shortName?: string;
  description: string;
  /** YYYY-MM-DD: the first day of the opening event's date. */
  start: string;
  /** YYYY-MM-DD: the day before the next era starts, or the last day of the last event. */
  end: string;
  startEvent: string;
}

export interface DisputeView {
  dispute: DisputeRow;
  claims: ClaimRow[];
}

export interface Model {
  tables: Tables;
  descriptor: DataPackage;
  lastUpdated: string;
  /** How current the record is: the newest event, and the last day a source was read. */
  asOf: AsOf;
  /** The data version: the latest in the change log, else the descriptor's, else "unversioned". */
  version: string;
  /** The change log and redirects, for /changes/, correction notes, the feed and old addresses. */
  history: History;
  /** Events in time order (ties: coarser precision first, then id). */
  events: EventRow[];
  /** Sources with their publishers resolved, in file order. */
  sources: SourceView[];
  sourceById: Map<string, SourceView>;
  publisherById: Map<string, PublisherRow>;
  actorById: Map<string, ActorRow>;
  eventById: Map<string, EventRow>;
  measureById: Map<string, MeasureRow>;
  mineralById: Map<string, MineralRow>;
  /** Deposits with their control history, in file order. */
  deposits: DepositView[];
  depositById: Map<string, DepositView>;
  citations: Map<string, Citation[]>;
  disputesBySubject: Map<string, DisputeView[]>;
  actorsOfEvent: Map<string, { actor: ActorRow; role: string }[]>;
  eventsOfActor: Map<string, { event: EventRow; role: string }[]>;
  relationsOfActor: Map<string, RelationRow[]>;
  measuresOfEvent: Map<string, MeasureRow[]>;
  rowCounts: { name: TableName; title: string; rows: number }[];
  eras: EraView[];
}

// Plain Maps, not d3.index/d3.group: those return d3's InternMap, whose every get and set goes
// through a key-interning step. The keys here are strings, which need none, and at a hundred times
// today's data the interning was 40% of building a model (8 of 20 s for six models), and it slowed
// every lookup the pages make afterwards.

/** Rows by a unique key; a duplicate key throws, which the validator's primary keys rule out. */
export function indexBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const row of rows) {
    const k = key(row);
    if (map.has(k)) throw new Error(`duplicate key ${String(k)}`);
    map.set(k, row);
  }
  return map;
}

/** Rows by a shared key, each group in the rows' order. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) pushTo(map, key(row), row);
  return map;
}

/** Append in place: copying the list per row made a hub's list quadratic in its size. */
function pushTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** A short human label for any row, for back-links. */
function rowLabel(table: TableName, row: Record<string, unknown>, eventById: Map<string, EventRow>): string {
  const s = (k: string) => (typeof row[k] === "string" ? (row[k] as string) : "");
  switch (table) {
    case "events": return s("headline");
    case "actors": return s("name");
    case "relations": return s("summary");
    case "measures": return s("name");
    case "mineral_stats": return `${s("country")} · ${s("mineral").replace(/^min-/, "")} · ${s("metric")} · ${s("year")}`;
    case "deposits": return s("name");
    case "figures": return s("label");
    case "deal_terms": return `${s("version")}: ${s("topic")}`;
    case "claims": return `${s("claimant")}: ${s("claim")}`;
    case "event_actors":
      return eventById.get(s("event"))?.headline ?? s("event");
    case "story_steps": return s("title");
    case "deposit_control": return `${s("deposit_id")}: ${s("control")} as of ${s("as_of")}`;
    default: return s("id");
  }
}

/** Every row that cites each source, by source id. */
function citationsOf(tables: Tables, eventById: Map<string, EventRow>): Map<string, Citation[]> {
  const citations = new Map<string, Citation[]>();
  for (const table of TABLE_NAMES) {
    for (const row of tables[table] as unknown as Record<string, unknown>[]) {
      const cited = new Set<string>((row.sources as string[] | undefined) ?? []);
      // Link tables have no id of their own: their rows live on the page of the row they belong to.
      const id = table === "event_actors" ? (row.event as string) : table === "deposit_control" ? (row.deposit_id as string) : (row.id as string);
      for (const sourceId of cited) pushTo(citations, sourceId, { table, id, label: rowLabel(table, row, eventById) });
    }
  }
  return citations;
}

/**
 * `base`: a model of the same data on another day (src/data/as-of-model.ts). Its sources are reused
 * when the tables they come from are the very same, so the record as of a day costs only the rows
 * that differ: the build keeps some fifty such models at a hundred times today's data.
 */
export function buildModel(tables: Tables, descriptor: DataPackage, lastUpdated: string, base?: Model): Model {
  const sameSources = base !== undefined && base.tables.sources === tables.sources && base.tables.publishers === tables.publishers;
  const sources = sameSources ? base.sources : resolveSources(tables.sources, tables.publishers);
  const sourceById = sameSources ? base.sourceById : indexBy(sources, (r) => r.id);
  const actorById = indexBy(tables.actors, (r) => r.id);
  const eventById = indexBy(tables.events, (r) => r.id);
  const events = [...tables.events].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  // Worked out on first use: only the bibliography's pages read it, never the charts that the
  // models of earlier days are built for, and it holds a label for every citation in the record.
  let citations: Map<string, Citation[]> | undefined;

  const claimsByDispute = groupBy(tables.claims, (c) => c.dispute);
  const disputesBySubject = new Map<string, DisputeView[]>();
  for (const dispute of tables.disputes) {
    const key = `${dispute.subject_table}:${dispute.subject_id}`;
    const list = disputesBySubject.get(key) ?? [];
    list.push({ dispute, claims: claimsByDispute.get(dispute.id) ?? [] });
    disputesBySubject.set(key, list);
  }

  const actorsOfEvent = new Map<string, { actor: ActorRow; role: string }[]>();
  const eventsOfActor = new Map<string, { event: EventRow; role: string }[]>();
  for (const link of tables.event_actors) {
    const actor = actorById.get(link.actor)!;
    const event = eventById.get(link.event)!;
    pushTo(actorsOfEvent, link.event, { actor, role: link.role });
    pushTo(eventsOfActor, link.actor, { event, role: link.role });
  }
  for (const list of eventsOfActor.values()) list.sort((a, b) => compareDates(a.event.date, b.event.date));

  const relationsOfActor = new Map<string, RelationRow[]>();
  for (const rel of tables.relations) {
    for (const end of new Set([rel.from, rel.to])) pushTo(relationsOfActor, end, rel);
  }
  for (const list of relationsOfActor.values()) list.sort((a, b) => compareDates(a.start, b.start));

  const measuresOfEvent = groupBy(tables.measures.filter((m) => m.event !== null), (m) => m.event!);

  const rowCounts = descriptor.resources.map((r) => ({
    name: r.name as TableName,
    title: r.title ?? r.name,
    rows: (tables[r.name as TableName] as unknown[]).length,
  }));

  const history = buildHistory(tables);
  const deposits = depositViews(tables.deposits, tables.deposit_control);
  return {
    eras: deriveEras(tables, eventById, events),
    tables, descriptor, lastUpdated, events, history,
    asOf: dataAsOf(tables),
    version: history.version ?? descriptor.version ?? "unversioned",
    sources, sourceById, actorById, eventById,
    publisherById: sameSources ? base.publisherById : indexBy(tables.publishers, (r) => r.id),
    measureById: indexBy(tables.measures, (r) => r.id),
    mineralById: indexBy(tables.minerals, (r) => r.id),
    deposits, depositById: indexBy(deposits, (r) => r.id),
    get citations() {
      return (citations ??= citationsOf(tables, eventById));
    },
    disputesBySubject, actorsOfEvent, eventsOfActor, relationsOfActor, measuresOfEvent, rowCounts,
  };
}

/** Eras run from their opening event's date to the day before the next era, the last to the last event. */
export function deriveEras(tables: Tables, eventById: Map<string, EventRow>, events: readonly EventRow[]): EraView[] {
  const dayOf = (text: string, edge: "first" | "last") => {
    const d = parsePartialDate(text)!;
    return edge === "first" ? firstDay(d) : lastDay(d);
  };
  const starts = tables.eras
    .map((era) => ({ era, start: dayOf(eventById.get(era.start_event)!.date, "first") }))
    .sort((a, b) => a.start.localeCompare(b.start));
  const lastEvent = events.reduce((max, e) => {
    const end = dayOf(e.end ?? e.date, "last");
    return end > max ? end : max;
  }, "0000-01-01");
  return starts.map(({ era, start }, i) => {
    const next = starts[i + 1];
    const end = next ? dayBefore(next.start) : lastEvent;
    return { id: era.id, name: era.name, ...(era.short_name ? { shortName: era.short_name } : {}), description: era.description, start, end, startEvent: era.start_event };
  });
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Rows for disputes about one row: "A says X; B says Y". */
export function disputesFor(model: Model, table: TableName, id: string): DisputeView[] {
  return model.disputesBySubject.get(`${table}:${id}`) ?? [];
}
