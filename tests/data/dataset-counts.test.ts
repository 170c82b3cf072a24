// Issue 14, point 7: what the record must hold after dataset v2, checked on the real data. These are
// the numbers an editor would check before trusting the site's "as of" line and its sourcing.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { resolveSources } from "../../src/data/model.ts";
import { firstDay, parsePartialDate } from "../../src/data/dates.ts";
import { PRIMARY_KINDS, WEAK_KINDS } from "../../src/data/source-kinds.ts";
import { ROOT } from "../support/data-copy.ts";

const { tables } = loadData(join(ROOT, "data"));
const sources = new Map(resolveSources(tables.sources, tables.publishers).map((s) => [s.id, s]));
const isPrimary = (id: string) => {
  const s = sources.get(id)!;
  return s.read_directly && PRIMARY_KINDS.has(s.publisher_kind);
};

/** Every table's rows with the source lists they cite, labelled for messages. */
function citingRows(): { label: string; ids: string[] }[] {
  const out: { label: string; ids: string[] }[] = [];
  for (const [name, rows] of Object.entries(tables)) {
    for (const row of rows as unknown as Record<string, unknown>[]) {
      for (const column of ["sources"]) {
        const ids = row[column] as string[] | undefined;
        if (ids && ids.length > 0) out.push({ label: `${name} ${String(row.id ?? `${row.event}|${row.actor}`)} ${column}`, ids });
      }
    }
  }
  return out;
}

describe("dataset v2 (issue 14)", () => {
  it("records at least 170 events, at least 25 of them after 24 February 2026", () => {
    expect(tables.events.length).toBeGreaterThanOrEqual(170);
    const after = tables.events.filter((e) => firstDay(parsePartialDate(e.date)!) > "2026-02-24");
    expect(after.length).toBeGreaterThanOrEqual(25);
  });

  it("gives every event and every measure an official, wire or established source read directly", () => {
    const rows = [...tables.events.map((e) => ({ id: e.id, sources: e.sources })), ...tables.measures.map((m) => ({ id: m.id, sources: m.sources }))];
    expect(rows.filter((r) => !r.sources.some(isPrimary)).map((r) => r.id)).toEqual([]);
  });

  it("rests no row only on aggregators or partisan sites", () => {
    const weakOnly = citingRows().filter(({ ids }) => ids.every((id) => WEAK_KINDS.has(sources.get(id)!.publisher_kind)));
    expect(weakOnly.map((r) => r.label)).toEqual([]);
  });

  it("cites at least 60 official sources", () => {
    expect([...sources.values()].filter((s) => s.publisher_kind === "official").length).toBeGreaterThanOrEqual(60);
  });

  it("claims no fresh reading date for a page nobody read", () => {
    const unread = tables.sources.filter((s) => !s.read_directly);
    expect(unread.filter((s) => s.accessed !== null).map((s) => s.id)).toEqual([]);
  });
});
