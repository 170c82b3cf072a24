// A dense timeline zoomed in: which months it loads, when it draws events instead of bars, and
// what it accepts from a month's file.
import { describe, expect, it } from "vitest";
import { drawsEvents, eventsInWindow, monthsFor, readMonth } from "../../src/views/timeline/timeline-periods.ts";

// Twelve months of a year, each a twelfth of the span, with 10 events each except a busy June (100).
const bins = Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, "0")}`, count: i === 5 ? 100 : 10, f0: i / 12, f1: (i + 1) / 12 }));

describe("when a dense timeline draws events one by one", () => {
  it("counts the events of every month the window touches", () => {
    expect(eventsInWindow(bins, { v0: 0, v1: 1 })).toBe(210);
    // January and February whole, and a sliver of March.
    expect(eventsInWindow(bins, { v0: 0, v1: 2.1 / 12 })).toBe(30);
    // Ending exactly where March begins leaves March out, also when the edges were rounded to six decimals.
    expect(eventsInWindow(bins, { v0: 0, v1: 2 / 12 })).toBe(20);
    const rounded = bins.map((b) => ({ ...b, f0: Number(b.f0.toFixed(6)), f1: Number(b.f1.toFixed(6)) }));
    expect(eventsInWindow(rounded, { v0: 5 / 12, v1: 7 / 12 })).toBe(110);
  });

  it("keeps the bars until the window holds at most the limit", () => {
    expect(drawsEvents(bins, { v0: 0, v1: 1 }, 200)).toBe(false);
    expect(drawsEvents(bins, { v0: 0, v1: 0.5 }, 200)).toBe(true);
    expect(drawsEvents(bins, { v0: 5 / 12, v1: 7 / 12 }, 100)).toBe(false);
    // No bars: not a dense timeline, nothing to load.
    expect(drawsEvents([], { v0: 0, v1: 0.1 })).toBe(false);
  });

  it("loads the months in view and a quarter of the window either side, in time order", () => {
    // A window over April to June (3/12 wide) reaches a quarter of that, 0.75 of a month, either side.
    expect(monthsFor(bins, { v0: 3 / 12, v1: 6 / 12 })).toEqual(["2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]);
    expect(monthsFor([...bins].reverse(), { v0: 0, v1: 1 / 12 })).toEqual(["2025-01", "2025-02"]);
  });
});

describe("a month's file", () => {
  const event = { id: "evt-a", f: 0.5, f0: 0.5, f1: 0.51, y: 90, r: 4.5, track: "talks", imprecise: false, date: "2025-03-03", label: { text: "<b>Talks</b>", w: 60, y: 70, anchor: "start" as const }, when: "3 March 2025", headline: "<b>Talks</b>", summary: "s", href: "/events/evt-a/" };
  const file = { month: "2025-03", tracks: { talks: { label: "Talks", color: "#0072B2" } }, events: [event] };

  it("is read with its events and their text as given", () => {
    const month = readMonth(file, "2025-03")!;
    expect(month.events).toEqual([event]);
    expect(month.events[0]!.headline).toBe("<b>Talks</b>");
    expect(month.tracks.talks).toEqual({ label: "Talks", color: "#0072B2" });
  });

  it("is refused when it is for another month or not a month file", () => {
    expect(readMonth(file, "2025-04")).toBeNull();
    expect(readMonth(null, "2025-03")).toBeNull();
    expect(readMonth({ month: "2025-03", events: "x" }, "2025-03")).toBeNull();
  });

  it("leaves out events with a link outside the site, a missing field or an unknown track", () => {
    const bad = [
      { ...event, id: "js", href: "javascript:alert(1)" },
      { ...event, id: "proto", href: "//evil.example/x" },
      { ...event, id: "nofield", headline: undefined },
      { ...event, id: "track", track: "nope" },
      { ...event, id: "nan", f: Number.NaN },
    ];
    expect(readMonth({ ...file, events: [...bad, event] }, "2025-03")!.events.map((e) => e.id)).toEqual(["evt-a"]);
  });

  it("draws an event whose label is malformed without a label, and leaves out one without a date", () => {
    const month = readMonth({ ...file, events: [{ ...event, label: { text: "x", w: "wide", y: 70, anchor: "start" } }, { ...event, id: "nodate", date: undefined }] }, "2025-03")!;
    expect(month.events.map((e) => e.id)).toEqual(["evt-a"]);
    expect(month.events[0]!.label).toBeUndefined();
  });

  it("drops a track colour that is not a colour, and with it that track's events", () => {
    const month = readMonth({ ...file, tracks: { talks: { label: "Talks", color: "red;background:url(x)" } } }, "2025-03")!;
    expect(month.tracks).toEqual({});
    expect(month.events).toEqual([]);
  });
});
