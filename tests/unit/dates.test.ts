import { describe, expect, it } from "vitest";
import { activeOn, compareDates, endedBefore, endsBeforeStart, formatPartialDate, inSpan, knownBy, parsePartialDate } from "../../src/data/dates.ts";

describe("partial dates", () => {
  it("reads precision from length", () => {
    expect(parsePartialDate("2025")?.precision).toBe("year");
    expect(parsePartialDate("2025-03")?.precision).toBe("month");
    expect(parsePartialDate("2025-03-03")?.precision).toBe("day");
  });

  it("rejects days that do not exist", () => {
    expect(parsePartialDate("2025-02-30")).toBeNull();
    expect(parsePartialDate("2023-02-29")).toBeNull();
    expect(parsePartialDate("2024-02-29")).not.toBeNull();
    expect(parsePartialDate("2025-13")).toBeNull();
    expect(parsePartialDate("25-03-01")).toBeNull();
    expect(parsePartialDate("2025-3-1")).toBeNull();
  });

  it("formats at the date's own precision", () => {
    expect(formatPartialDate("2025")).toBe("2025");
    expect(formatPartialDate("2025-03")).toBe("March 2025");
    expect(formatPartialDate("2025-03-03")).toBe("3 March 2025");
  });

  it("treats a month as overlapping every day in it", () => {
    const month = parsePartialDate("2025-03")!;
    expect(endsBeforeStart(parsePartialDate("2025-03-15")!, month)).toBe(false);
    expect(endsBeforeStart(parsePartialDate("2025-04-01")!, month)).toBe(true);
  });

  it("knows whether an interval is active on a day", () => {
    expect(activeOn("2025-01-27", null, "2025-03-01")).toBe(true);
    expect(activeOn("2025-01-27", "2025-02", "2025-02-28")).toBe(true);
    expect(activeOn("2025-01-27", "2025-02", "2025-03-01")).toBe(false);
    expect(activeOn("2025-03", null, "2025-02-28")).toBe(false);
  });

  it("sorts chronologically, coarser dates first on ties", () => {
    expect(["2025-03-03", "2025", "2024-12-31", "2025-03"].sort(compareDates)).toEqual(["2024-12-31", "2025", "2025-03", "2025-03-03"]);
  });
});

describe("knownBy, endedBefore and inSpan: the one partial-date rule of every as-of view", () => {
  it("counts a partial date from its first day and ends it after its last", () => {
    expect(knownBy("2025", "2025-01-01")).toBe(true);
    expect(knownBy("2025-03", "2025-02-28")).toBe(false);
    expect(knownBy("2025-03", "2025-03-01")).toBe(true);
    expect(knownBy("2025-03-03", "2025-03-03")).toBe(true);
    expect(knownBy("2025-03-04", "2025-03-03")).toBe(false);
    expect(knownBy("", "2025-03-03")).toBe(false);
    expect(knownBy("soon", "2025-03-03")).toBe(false);
    expect(endedBefore("2025-03", "2025-03-31")).toBe(false);
    expect(endedBefore("2025-03", "2025-04-01")).toBe(true);
    expect(endedBefore("2024", "2025-01-01")).toBe(true);
    expect(endedBefore(null, "2025-01-01")).toBe(false);
  });

  it("reads a version's span as [from, until) with open ends", () => {
    expect(inSpan("", "2025-02-12", "2025-02-11")).toBe(true);
    expect(inSpan("", "2025-02-12", "2025-02-12")).toBe(false);
    expect(inSpan("2025-02-12", "", "2026-01-01")).toBe(true);
    expect(inSpan("2025-02-12", "2025-02-21", "2025-02-21")).toBe(false);
  });
});

describe("month names, as readers see them", () => {
  it("write every month in full in text and in three letters on chart labels (September is 'Sep', not 'Sept')", async () => {
    const { shortDate } = await import("../../src/views/minerals/markup.ts");
    expect(formatPartialDate("2025-09-03")).toBe("3 September 2025");
    expect(formatPartialDate("2025-12")).toBe("December 2025");
    expect(shortDate("2025-09-03")).toBe("3 Sep 2025");
    expect(shortDate("2025-01")).toBe("Jan 2025");
  });
});
