// Search records for rows without a page of their own: every source and every measure, each
// pointing at the anchor where the row is shown.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { searchRecords } from "../../src/site/search/records.ts";
import { INDEX_PARTS, otherParts, partFolders, RECORDS_PER_PART, RECORDS_WEIGHT, ROW_RECORDS_WEIGHT } from "../../src/site/search/index-parts.ts";
import { recordPartsOf, recordsByPart } from "../../src/site/search/record-parts.ts";
import { rowPageRecords } from "../../src/site/search/row-records.ts";
import { makeProject } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(makeProject(), "data"));
// The fixture's one measure belongs to an event; this invented one has none, so it is shown on its
// authority's page instead.
tables.measures.push({
  ...tables.measures[0]!,
  id: "msr-fixture-without-event",
  name: "An invented measure that no event reports",
  event: null,
});
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const records = searchRecords(model);
const recordFolders = (count: number, perPart = RECORDS_PER_PART) => partFolders("records", count, perPart);

describe("search records", () => {
  it("cover every source, at its anchor on /sources/, with its publication date", () => {
    const sources = records.filter((r) => r.meta.type === "Source");
    expect(sources).toHaveLength(tables.sources.length);
    for (const s of model.sources) {
      const record = sources.find((r) => r.url === `/sources/#${s.id}`);
      expect(record, s.id).toBeDefined();
      expect(record!.meta.title).toBe(s.title);
      expect(record!.meta.date).toBe(s.published ?? undefined);
      // The publisher's name from publishers.csv, not its id.
      expect(record!.content).toContain(s.publisher);
      expect(record!.content).not.toContain(s.publisher_id);
    }
  });

  it("cover every measure, on its event's page or else its authority's", () => {
    const measures = records.filter((r) => r.meta.type === "Measure");
    expect(measures).toHaveLength(tables.measures.length);
    for (const m of tables.measures) {
      const page = m.event ? `/events/${m.event}/` : `/actors/${m.authority}/`;
      expect(measures.map((r) => r.url)).toContain(`${page}#${m.id}`);
    }
  });

  it("are filterable by type and written in English", () => {
    for (const r of records) {
      expect(r.filters.type).toEqual([r.meta.type]);
      expect(r.language).toBe("en");
      expect(r.url.startsWith("/")).toBe(true);
    }
  });
});

describe("records parts", () => {
  it("are one folder for today's few hundred records, and as many as it takes past RECORDS_PER_PART", () => {
    expect(recordFolders(records.length)).toEqual(["records/"]);
    expect(recordFolders(0)).toEqual(["records/"]);
    expect(recordFolders(RECORDS_PER_PART)).toEqual(["records/"]);
    // A hundred times today's data: 72,400 sources and measures.
    expect(recordFolders(72_400)).toHaveLength(Math.ceil(72_400 / RECORDS_PER_PART));
    expect(recordFolders(RECORDS_PER_PART * 2 + 1)).toEqual(["records/", "records-2/", "records-3/"]);
  });

  it("today's data: one part of sources and measures, and the event and actor pages read from their HTML", () => {
    expect(recordPartsOf(model, {})).toEqual([{ folder: "records/", kind: "records", from: 0, to: records.length }]);
  });

  it("at scale: every record in exactly one part, the event and actor rows in parts of their own", () => {
    // As the browser tests' paged build is indexed (parts of 300 there), every event and actor page a record.
    const parts = recordPartsOf(model, { SEARCH_PART_RECORDS: "5", SEARCH_ROW_PAGES_FROM_HTML: "0" });
    const rows = rowPageRecords(model);
    const folders = parts.map((p) => p.folder);
    expect(folders.filter((f) => f.startsWith("records"))).toEqual(recordFolders(records.length, 5));
    expect(folders.filter((f) => f.startsWith("rows"))[0]).toBe("rows/");
    expect(new Set(folders).size).toBe(folders.length);
    const written = [...recordsByPart(model, parts)];
    for (const [part, list] of written) expect(list.length, part.folder).toBeLessThanOrEqual(5);
    expect(written.flatMap(([part, list]) => (part.kind === "records" ? list : []))).toEqual(records);
    expect(written.flatMap(([part, list]) => (part.kind === "rows" ? list : []))).toEqual(rows);
    // An empty or malformed setting is no setting.
    expect(recordPartsOf(model, { SEARCH_PART_RECORDS: "", SEARCH_ROW_PAGES_FROM_HTML: " " })).toEqual(recordPartsOf(model, {}));
  });

  it("the browser merges the parts a page names, and only records and rows folders", () => {
    expect(otherParts(undefined)).toEqual(INDEX_PARTS.slice(1));
    expect(otherParts("records/ records-2/ rows/ rows-2/")).toEqual([
      { folder: "records/", weight: RECORDS_WEIGHT },
      { folder: "records-2/", weight: RECORDS_WEIGHT },
      { folder: "rows/", weight: ROW_RECORDS_WEIGHT },
      { folder: "rows-2/", weight: ROW_RECORDS_WEIGHT },
    ]);
    // Nothing else under pagefind/ (or anywhere else) can be named.
    expect(otherParts("records/ ../../evil/ https://x.example/ records-2/x/ rowsx/ rows-/").map((p) => p.folder)).toEqual(["records/"]);
  });
});
