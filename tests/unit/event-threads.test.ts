import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { eventThreads } from "../../src/data/event-threads.ts";

const { tables, folder } = loadData(join(import.meta.dirname, "../../data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");

describe("what was known when: an event's threads", () => {
  it("give the Oval Office meeting what came before and after it for the people in it", () => {
    const threads = eventThreads(model, "evt-2025-02-28-oval-office-clash");
    expect(threads.length).toBeGreaterThan(0);
    for (const t of threads) {
      const list = (model.eventsOfActor.get(t.actor.id) ?? []).map((x) => x.event.date);
      if (t.kind !== "actor") continue;
      if (t.before) expect(t.before.date <= "2025-02-28", t.actor.id).toBe(true);
      if (t.after) expect(t.after.date >= "2025-02-28", t.actor.id).toBe(true);
      expect(t.length).toBe(list.length);
    }
  });

  it("follow an authority's measures, in time order", () => {
    const threads = eventThreads(model, "evt-2014-07-31-eu-first-sectoral-sanctions").filter((t) => t.kind === "measures");
    const eu = threads.find((t) => t.actor.id === "act-eu-council");
    expect(eu).toBeDefined();
    expect(eu!.before?.id).toBe("evt-2014-03-17-eu-travel-bans-asset-freezes");
    expect(eu!.after?.id).toBe("evt-2014-12-19-eu-crimea-investment-ban");
  });

  it("is empty for an unknown event", () => {
    expect(eventThreads(model, "evt-nope")).toEqual([]);
  });
});
