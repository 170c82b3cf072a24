import { describe, expect, it } from "vitest";
import { dayNumber, isoOfDay, timeTicks } from "../../src/views/timeline/timeline-scale.ts";

describe("timeline scale", () => {
  it("counts days across leap years", () => {
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(isoOfDay(dayNumber("2025-02-12"))).toBe("2025-02-12");
  });

  it("ticks years across a decade, months across a season, days across a week", () => {
    const years = timeTicks(dayNumber("2014-01-01"), dayNumber("2026-12-31"), 14);
    expect(years.map((t) => t.label)).toEqual(["2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    const months = timeTicks(dayNumber("2025-01-01"), dayNumber("2025-04-30"), 8);
    expect(months.map((t) => t.label)).toEqual(["2025", "Feb", "Mar", "Apr"]);
    const days = timeTicks(dayNumber("2025-02-10"), dayNumber("2025-02-16"), 10);
    expect(days.map((t) => t.label)).toEqual(["10 Feb", "11 Feb", "12 Feb", "13 Feb", "14 Feb", "15 Feb", "16 Feb"]);
  });

  it("never returns more ticks than asked for, at any span", () => {
    for (let span = 3; span < 6000; span = Math.ceil(span * 1.7)) {
      const from = dayNumber("2014-01-01");
      expect(timeTicks(from, from + span, 12).length).toBeLessThanOrEqual(13);
    }
  });
});
