// At scale the event and actor pages are searched through records made from their rows: each must
// lead to its page, carry the title and type a result shows, and hold the words a reader would
// search it by, without the text other pages already hold (addresses, every linked row).
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { formatPartialDate } from "../../src/data/dates.ts";
import { indexRowsAsRecords, ROW_PAGES_FROM_HTML, rowPageRecords } from "../../src/site/search/row-records.ts";
import { htmlGlob } from "../../src/build/integration.ts";
import { makeProject } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(makeProject(), "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const records = rowPageRecords(model);

describe("event and actor pages as search records", () => {
  it("are used only past a thousand such pages, so today's data is still read from its pages", () => {
    expect(indexRowsAsRecords(model)).toBe(false);
    const sized = (events: number, actors: number) => ({ tables: { events: { length: events }, actors: { length: actors } } }) as unknown as Model;
    expect(indexRowsAsRecords(sized(600, ROW_PAGES_FROM_HTML - 600))).toBe(false);
    expect(indexRowsAsRecords(sized(600, ROW_PAGES_FROM_HTML - 599))).toBe(true);
  });

  it("give every event its page, headline, date and the words of its summary, actors and publishers", () => {
    for (const e of tables.events) {
      const r = records.find((x) => x.url === `/events/${e.id}/`);
      expect(r, e.id).toBeDefined();
      expect(r!.meta).toEqual({ title: e.headline, type: "Event", date: e.date });
      expect(r!.filters).toEqual({ type: ["Event"] });
      expect(r!.content).toContain(e.summary);
      expect(r!.content).toContain(formatPartialDate(e.date));
      for (const { actor, role } of model.actorsOfEvent.get(e.id) ?? []) expect(r!.content).toContain(`${actor.name} (${role})`);
      for (const s of e.sources) expect(r!.content).toContain(model.sourceById.get(s)!.publisher);
      // Addresses were most of the words a page's sources added; a reader searches by publisher.
      expect(r!.content).not.toMatch(/https?:/);
    }
  });

  it("give every actor its page, name, kind and role", () => {
    for (const a of tables.actors) {
      const r = records.find((x) => x.url === `/actors/${a.id}/`);
      expect(r, a.id).toBeDefined();
      expect(r!.meta).toEqual({ title: a.name, type: "Actor" });
      expect(r!.filters).toEqual({ type: ["Actor"] });
      if (a.role) expect(r!.content).toContain(a.role);
    }
    expect(records).toHaveLength(tables.events.length + tables.actors.length);
  });
});

describe("the HTML the index still reads at scale", () => {
  it("is every page outside the skipped folders", () => {
    const out = mkdtempSync(join(tmpdir(), "smt-glob-"));
    for (const dir of ["events/a", "actors/b", "timeline/2020-01", "pagefind"]) mkdirSync(join(out, dir), { recursive: true });
    for (const file of ["index.html", "404.html", "feed.xml"]) writeFileSync(join(out, file), "");
    expect(htmlGlob(out, ["events", "actors", "pagefind"])).toBe("{404.html,index.html,timeline/**/*.html}");
  });
});
