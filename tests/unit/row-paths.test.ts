// Where each kind of row lives on the site: the target of back-links from sources, search results
// and chart marks.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { rowPath } from "../../src/site/row-paths.ts";
import { indexLetter, slugify, uniqueSlugger } from "../../src/site/slug.ts";
import { ROOT } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

describe("rowPath", () => {
  it("puts events, actors and sources on their own pages and anchors", () => {
    const e = tables.events[0]!;
    expect(rowPath(model, "events", e.id)).toBe(`/events/${e.id}/`);
    expect(rowPath(model, "actors", "act-scott-bessent")).toBe("/actors/act-scott-bessent/");
    expect(rowPath(model, "sources", tables.sources[0]!.id)).toBe(`/sources/#${tables.sources[0]!.id}`);
  });

  it("puts a measure on its event's page, or its authority's when it has no event", () => {
    for (const m of tables.measures) {
      expect(rowPath(model, "measures", m.id)).toBe(m.event ? `/events/${m.event}/#${m.id}` : `/actors/${m.authority}/#${m.id}`);
    }
  });

  it("sends a claim or a dispute to the row in dispute", () => {
    for (const c of tables.claims) {
      const d = tables.disputes.find((x) => x.id === c.dispute)!;
      expect(rowPath(model, "claims", c.id)).toBe(rowPath(model, d.subject_table, d.subject_id));
    }
  });

  it("has no place for a row that does not exist", () => {
    expect(rowPath(model, "measures", "msr-nope")).toBeNull();
    expect(rowPath(model, "claims", "clm-nope")).toBeNull();
  });
});

describe("slugs", () => {
  it("are readable and unique", () => {
    expect(slugify("The Kyiv Independent")).toBe("the-kyiv-independent");
    expect(slugify("Ukrainska Pravda (Українська правда)")).toBe("ukrainska-pravda");
    expect(slugify("Ö & Ä")).toBe("o-and-a");
    const slug = uniqueSlugger("pub-");
    expect([slug("Reuters"), slug("reuters"), slug("RFE/RL")]).toEqual(["pub-reuters", "pub-reuters-2", "pub-rfe-rl"]);
  });

  it("file names under their first letter, digits and symbols under #", () => {
    expect(indexLetter("Ukrainska Pravda")).toBe("U");
    expect(indexLetter("Économie")).toBe("E");
    expect(indexLetter("24 Канал")).toBe("#");
  });
});
