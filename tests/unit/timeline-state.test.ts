// The timeline's address and filters: what a shared link opens, what the address says after a
// change, and which events the filters keep. Fixture events, not the real data.
import { describe, expect, it } from "vitest";
import { dayNumber, fraction } from "../../src/views/timeline/timeline-scale.ts";
import { eventShown, filterQuery, readTimelineState, shortCount, windowQuery } from "../../src/views/timeline/timeline-state.ts";

const TRACKS = ["war", "sanctions", "energy"];
const events = [
  { id: "e1", track: "war", actors: ["act-a", "act-b"], headline: "Troops cross the border" },
  { id: "e2", track: "sanctions", actors: ["act-c"], headline: "EU adopts its first Sanctions package" },
  { id: "e3", track: "energy", actors: ["act-a"], headline: "Gas transit ends" },
  { id: "e4", track: "sanctions", actors: ["act-a"], headline: "Price cap on oil" },
];
const params = (q: string) => new URLSearchParams(q);
const kept = (q: string) => events.filter((e) => eventShown(e, readTimelineState(params(q), TRACKS))).map((e) => e.id);

describe("a shared timeline address", () => {
  it("with nothing in it shows every event of every track over the whole span", () => {
    const s = readTimelineState(params(""), TRACKS);
    expect(s.range).toBeNull();
    expect([...s.tracks]).toEqual(TRACKS);
    expect(kept("")).toEqual(["e1", "e2", "e3", "e4"]);
  });

  it("keeps the tracks it names, comma-joined or repeated", () => {
    expect(kept("track=war,energy")).toEqual(["e1", "e3"]);
    expect(kept("track=war&track=energy")).toEqual(["e1", "e3"]);
  });

  it("combines track, actor and text (the text in any case, spaces around it ignored)", () => {
    expect(kept("actor=act-a")).toEqual(["e1", "e3", "e4"]);
    expect(kept("actor=act-a&track=sanctions")).toEqual(["e4"]);
    expect(kept("text=%20sanctions%20")).toEqual(["e2"]);
    expect(kept("text=zzz")).toEqual([]);
  });

  it("opens a window only when both ends are whole days", () => {
    expect(readTimelineState(params("from=2025-02-01&to=2025-03-31"), TRACKS).range).toEqual({ from: "2025-02-01", to: "2025-03-31" });
    expect(readTimelineState(params("from=2025-02&to=2025-03-31"), TRACKS).range).toBeNull();
    expect(readTimelineState(params("from=2025-02-01"), TRACKS).range).toBeNull();
  });
});

describe("the address after a change", () => {
  it("leaves out what is at its default, so the plain view has a clean address", () => {
    expect(filterQuery({ tracks: new Set(TRACKS), actor: "", text: "" }, TRACKS)).toEqual({ track: null, actor: null, text: null });
  });

  it("names the tracks kept, in the chart's order, with the actor and text", () => {
    expect(filterQuery({ tracks: new Set(["energy", "war"]), actor: "act-a", text: "gas" }, TRACKS)).toEqual({ track: ["war", "energy"], actor: "act-a", text: "gas" });
  });

  it("gives a window the same days back that opened it, and none for the whole span", () => {
    const domain = { start: dayNumber("2014-01-01"), end: dayNumber("2026-01-01") };
    expect(windowQuery({ v0: 0, v1: 1 }, domain)).toEqual({ from: null, to: null });
    const view = { v0: fraction(domain, dayNumber("2025-02-01")), v1: fraction(domain, dayNumber("2025-03-31") + 1) };
    expect(windowQuery(view, domain)).toEqual({ from: "2025-02-01", to: "2025-03-31" });
  });
});

describe("the short count", () => {
  it("says how many are shown, and how many in the window once zoomed", () => {
    expect(shortCount(131, 131, 131, false)).toBe("(all 131 shown)");
    expect(shortCount(12, 131, 3, true)).toBe("(12 of 131 shown, 3 in the window)");
  });
});
