import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel, disputesFor } from "../../src/data/model.ts";
import { makeProject } from "../support/data-copy.ts";

function model() {
  const { tables, folder } = loadData(join(makeProject(), "data"));
  return buildModel(tables, folder.descriptor, "2026-01-01");
}

describe("model", () => {
  it("orders events in time", () => {
    const dates = model().events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("links each source to every row that cites it", () => {
    const m = model();
    const cited = m.citations.get("src-arab-news-pk-2025-03-04-relief-plan")!;
    expect(cited).toEqual(expect.arrayContaining([
      expect.objectContaining({ table: "events", id: "evt-2025-03-03-reuters-sanctions-relief-list" }),
      expect.objectContaining({ table: "measures", id: "msr-2025-relief-list-request" }),
      expect.objectContaining({ table: "actors", id: "act-white-house" }),
    ]));
    // Every row that names a source appears under it.
    const citing = m.tables.events.filter((e) => e.sources.includes("src-arab-news-pk-2025-03-04-relief-plan"));
    expect(cited.filter((c) => c.table === "events")).toHaveLength(citing.length);
  });

  it("counts deposits' control sources as citations too", () => {
    const cited = model().citations.get("src-ukrlithium-project")!;
    expect(cited.filter((c) => c.table === "deposits").map((c) => c.id)).toEqual(["dep-polokhivske"]);
  });

  it("gathers each dispute's claims under the row it concerns", () => {
    const [view] = disputesFor(model(), "mineral_stats", "ms-ru-rare-earths-reserves-usgs-mcs2025");
    expect(view!.claims.map((c) => c.claimant)).toEqual(["US Geological Survey", "Russian Ministry of Natural Resources"]);
  });

  it("links events and actors both ways", () => {
    const m = model();
    expect(m.actorsOfEvent.get("evt-2025-02-12-trump-putin-call")!.map((a) => a.actor.id).sort()).toEqual(["act-donald-trump", "act-vladimir-putin"]);
    expect(m.eventsOfActor.get("act-vladimir-putin")!.map((e) => e.event.id)).toEqual(["evt-2025-02-12-trump-putin-call", "evt-2025-02-24-putin-rare-earth-meeting"]);
  });
});
