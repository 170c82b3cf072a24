// Where each kind of row lives on the site: the target of back-links from sources, search results
// and chart marks.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { rowPath } from "../../src/site/row-paths.ts";
import { indexLetter, slugify, uniqueSlugger } from "../../src/site/slug.ts";
import { makeProject } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(makeProject(), "data"));
// The fixture's one measure belongs to an event; this invented one has none.
tables.measures.push({ ...tables.measures[0]!, id: "msr-fixture-without-event", name: "An invented measure that no event reports", event: null });
const model = buildModel(tables, folder.descriptor, "2026-01-01");

describe("rowPath", () => {
  it("puts events, actors and sources on their own pages and anchors", () => {
    expect(rowPath(model, "events", "evt-2025-02-12-trump-putin-call")).toBe("/events/evt-2025-02-12-trump-putin-call/");
    expect(rowPath(model, "actors", "act-scott-bessent")).toBe("/actors/act-scott-bessent/");
    expect(rowPath(model, "sources", "src-arab-news-pk-2025-03-04-relief-plan")).toBe("/sources/#src-arab-news-pk-2025-03-04-relief-plan");
  });

  it("puts a measure on its event's page, or its authority's when it has no event", () => {
    expect(rowPath(model, "measures", "msr-2025-relief-list-request")).toBe("/events/evt-2025-03-03-reuters-sanctions-relief-list/#msr-2025-relief-list-request");
    expect(rowPath(model, "measures", "msr-fixture-without-event")).toBe("/actors/act-white-house/#msr-fixture-without-event");
  });

  it("sends a claim or a dispute to the row in dispute", () => {
    // Both claims dispute the USGS figure for Russia's rare-earth reserves, a row of the mineral
    // tables, which are short enough here to be shown on /minerals/figures/ itself.
    const target = "/minerals/figures/#ms-ru-rare-earths-reserves-usgs-mcs2025";
    expect(rowPath(model, "disputes", "dsp-russia-rare-earth-reserves")).toBe(target);
    expect(rowPath(model, "claims", "clm-russia-ree-reserves-usgs")).toBe(target);
    expect(rowPath(model, "claims", "clm-russia-ree-reserves-ministry")).toBe(target);
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
