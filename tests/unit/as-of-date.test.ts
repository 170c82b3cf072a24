import { describe, expect, it } from "vitest";
import { dayLabel, isCalendarDay, knownBy, readAsOf, withDate } from "../../src/client/as-of-date.ts";

const MIN = "2014-01-01";
const MAX = "2026-12-31";

describe("the ?date= parameter", () => {
  it("takes a calendar day inside the record's years", () => {
    expect(readAsOf("?date=2025-03-03", MIN, MAX)).toEqual({ date: "2025-03-03", rejected: null, reason: null });
    expect(readAsOf("", MIN, MAX).date).toBeNull();
  });

  it("accepts the hand-written aliases as_of and asof, preferring date", () => {
    expect(readAsOf("?as_of=2025-02-28", MIN, MAX).date).toBe("2025-02-28");
    expect(readAsOf("?asof=2025-02-28&date=2025-03-01", MIN, MAX).date).toBe("2025-03-01");
  });

  it("refuses impossible days, words and years outside the data, saying why", () => {
    for (const [q, why] of [["2025-02-30", "no such day"], ["yesterday", "YYYY-MM-DD"], ["1999-05-01", "2014 to 2026"], ["2031-01-01", "2014 to 2026"]] as const) {
      const r = readAsOf(`?date=${q}`, MIN, MAX);
      expect(r.date, q).toBeNull();
      expect(r.rejected, q).toBe(q);
      expect(r.reason, q).toContain(why);
    }
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2025-02-29")).toBe(false);
  });

  it("counts partial dates from their first day", () => {
    expect(knownBy("2025-03", "2025-03-01")).toBe(true);
    expect(knownBy("2025-03-04", "2025-03-03")).toBe(false);
    expect(knownBy("2026", "2025-12-31")).toBe(false);
    expect(dayLabel("2025-03-03")).toBe("3 March 2025");
    // Reads as the browser's own British English formatting would, on every day of three years.
    const intl = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(dayLabel(day), day).toBe(intl.format(new Date(t)));
    }
  });
});

describe("links that carry the date", () => {
  const page = "https://example.org/tracker/timeline/?date=2025-03-03";
  it("adds it to page links on this site, keeping their query and fragment", () => {
    expect(withDate("/tracker/network/?actor=act-x#panel", "2025-03-03", page)).toBe("/tracker/network/?actor=act-x&date=2025-03-03#panel");
    expect(withDate("../events/evt-a/", "2025-03-03", page)).toBe("/tracker/events/evt-a/?date=2025-03-03");
  });

  it("leaves other sites, downloads and links with their own date alone", () => {
    expect(withDate("https://www.reuters.com/x", "2025-03-03", page)).toBeNull();
    expect(withDate("/tracker/data/events.csv", "2025-03-03", page)).toBeNull();
    expect(withDate("/tracker/charts/minerals-money.svg", "2025-03-03", page)).toBeNull();
    expect(withDate("/tracker/timeline/?date=2025-02-28", "2025-03-03", page)).toBeNull();
    expect(withDate("javascript:alert(1)", "2025-03-03", page)).toBeNull();
  });

  it("removes it (and its aliases) to clear", () => {
    expect(withDate(page, null, page)).toBe("/tracker/timeline/");
    expect(withDate("/tracker/?as_of=2025-01-01&x=1", null, page)).toBe("/tracker/?x=1");
  });
});
