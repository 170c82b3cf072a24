// The "as of" line and the thin-coverage note come from the data, so they cannot claim more than
// the tables hold.
import { describe, expect, it } from "vitest";
import { dataAsOf, sourcesCheckedOn, thinPeriods } from "../../src/data/coverage.ts";

describe("dataAsOf", () => {
  it("takes the newest event (by its last day, end included) and the newest accessed date", () => {
    const asOf = dataAsOf({
      events: [{ date: "2026-02-24" }, { date: "2026-03", end: null }, { date: "2026-02-28", end: "2026-03-02" }],
      sources: [{ accessed: "2026-11-27" }, { accessed: null }, { accessed: "2026-12-01" }],
    });
    expect(asOf).toEqual({ eventsTo: "2026-03", sourcesChecked: "2026-12-01" });
  });

  it("is empty for empty data", () => {
    expect(dataAsOf({ events: [], sources: [] })).toEqual({ eventsTo: null, sourcesChecked: null });
    expect(sourcesCheckedOn([{ accessed: null }])).toBeNull();
  });
});

describe("thinPeriods", () => {
  const events = [
    ...["2014-03-01", "2014-03-06", "2014-03-17"].map((date) => ({ date })),
    { date: "2015" }, // year precision: not counted
    { date: "2016-05" },
    ...["2025-01-20", "2025-02-12", "2025-03-03", "2025-04-30"].map((date) => ({ date })),
    ...["2025-05-01", "2025-05-02", "2025-06-01"].map((date) => ({ date })),
  ];

  it("merges consecutive quarters with fewer events than the minimum into one period", () => {
    const thin = thinPeriods(events, { minPerQuarter: 3 });
    expect(thin[0]).toEqual({ from: "2014-Q2", to: "2024-Q4", start: "2014-04-01", end: "2024-12-31", events: 1, quarters: 43 });
  });

  it("counts up to the last check, ending the last period on that day", () => {
    const thin = thinPeriods(events, { minPerQuarter: 3, until: "2025-11-20" });
    expect(thin.at(-1)).toEqual({ from: "2025-Q3", to: "2025-Q4", start: "2025-07-01", end: "2025-11-20", events: 0, quarters: 2 });
  });

  it("finds nothing thin when every quarter has enough", () => {
    expect(thinPeriods(events.slice(5, 12), { minPerQuarter: 3 })).toEqual([]);
  });
});
