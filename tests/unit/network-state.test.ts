// The network view in the URL: a shared address reproduces the view, and odd addresses degrade to
// sensible views instead of empty ones.
import { describe, expect, it, vi } from "vitest";
import {
  addDays, addMonths, daysBetween, networkStateQuery, parseNetworkState, type NetworkState,
} from "../../src/views/network/network-state.ts";
import { writeState } from "../../src/client/url-state.ts";
import { dayLabel as formatDay, isCalendarDay as isDay } from "../../src/client/as-of-date.ts";
import { clampView, reveal, viewBox, zoomAbout, type Frame } from "../../src/views/network/network-zoom.ts";

const universe = {
  actors: new Set(["act-a", "act-b"]),
  types: ["met", "called", "sanctioned"],
  kinds: ["person", "company"],
  countries: ["US", "RU", "UA"],
};

/** The address the page's own `writeState` writes for a state (in a stand-in for the browser's location and history). */
function toQuery(state: NetworkState): URLSearchParams {
  let written = "";
  vi.stubGlobal("location", new URL("https://example.org/network/"));
  vi.stubGlobal("history", { state: null, replaceState: (_: unknown, __: string, url: string) => (written = url), pushState: () => undefined });
  try {
    writeState(networkStateQuery(state));
  } finally {
    vi.unstubAllGlobals();
  }
  return new URL(written, "https://example.org").searchParams;
}

describe("network state in the URL", () => {
  it("opens a shared address on the view it names, and writes that view back as the same address", () => {
    // An address as a reader would have copied it: it must keep opening this view.
    const shared = "actor=act-b&type=met&kind=company&country=RU%2CUA&date=2025-03-12&zoom=2.5&at=420%2C300";
    const state = parseNetworkState(new URLSearchParams(shared), universe);
    expect(state).toEqual({ actor: "act-b", types: ["met"], kinds: ["company"], countries: ["RU", "UA"], date: "2025-03-12", zoom: 2.5, cx: 420, cy: 300 });
    expect(toQuery(state).toString()).toBe(shared);
  });

  it("writes nothing for the default view", () => {
    const state = parseNetworkState(new URLSearchParams(""), universe);
    expect(toQuery(state).toString()).toBe("");
    expect(state).toEqual({ actor: null, types: null, kinds: null, countries: null, date: null, zoom: 1, cx: null, cy: null });
  });

  it("keeps 'nothing selected' distinct from 'no filter'", () => {
    const state: NetworkState = { ...parseNetworkState(new URLSearchParams(""), universe), types: [] };
    const query = toQuery(state);
    expect(query.get("type")).toBe("none");
    expect(parseNetworkState(query, universe).types).toEqual([]);
  });

  it("drops what it does not know instead of showing an empty network", () => {
    const state = parseNetworkState(new URLSearchParams("actor=act-zz&type=bogus&kind=person,robot&date=2025-02-30&zoom=-3&at=x,1"), universe);
    expect(state.actor).toBeNull();
    expect(state.types).toBeNull();
    expect(state.kinds).toEqual(["person"]);
    expect(state.date).toBeNull();
    expect(state.zoom).toBe(1);
    expect(state.cx).toBeNull();
  });

  it("refuses a date outside the record's span, as the as-of bar does", () => {
    const span = { min: "2014-02-20", max: "2026-06-30" };
    expect(parseNetworkState(new URLSearchParams("date=1990-01-01"), universe, span).date).toBeNull();
    expect(parseNetworkState(new URLSearchParams("date=2025-02-30"), universe, span).date).toBeNull();
    expect(parseNetworkState(new URLSearchParams("as_of=2025-03-03"), universe, span).date).toBe("2025-03-03");
  });

  it("treats a list naming every value as no filter", () => {
    expect(parseNetworkState(new URLSearchParams("country=US,RU,UA"), universe).countries).toBeNull();
  });
});

describe("days", () => {
  it("do calendar arithmetic in UTC", () => {
    expect(addDays("2025-02-27", 2)).toBe("2025-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(daysBetween("2025-01-01", "2025-12-31")).toBe(364);
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-12-15", 1)).toBe("2026-01-15");
    expect(isDay("2025-02-29")).toBe(false);
    expect(isDay("2024-02-29")).toBe(true);
    expect(formatDay("2025-03-01")).toBe("1 March 2025");
  });
});

describe("zoom and pan", () => {
  const frame: Frame = { width: 1000, height: 700, maxZoom: 8 };

  it("keep the view inside the chart and the scale within bounds", () => {
    expect(clampView({ k: 0.2, cx: -50, cy: 9999 }, frame)).toEqual({ k: 1, cx: 500, cy: 350 });
    const v = clampView({ k: 100, cx: 0, cy: 0 }, frame);
    expect(v.k).toBe(8);
    expect(viewBox(v, frame).slice(0, 2)).toEqual([0, 0]);
  });

  it("zoom about a point, which stays where it is on screen", () => {
    const before = { k: 2, cx: 400, cy: 300 };
    const point = { x: 520, y: 260 };
    const after = zoomAbout(before, 1.5, point.x, point.y, frame);
    const screen = (v: typeof before) => {
      const [x0, y0, w, h] = viewBox(v, frame);
      return [(point.x - x0) / w, (point.y - y0) / h];
    };
    expect(after.k).toBe(3);
    const [a, b] = [screen(before), screen(after)];
    expect(b[0]).toBeCloseTo(a[0]!, 9);
    expect(b[1]).toBeCloseTo(a[1]!, 9);
  });

  it("reveal a node outside the view by panning just enough", () => {
    const v = reveal({ k: 4, cx: 200, cy: 200 }, 600, 210, 5, frame);
    const [x0, , w] = viewBox(v, frame);
    expect(600).toBeGreaterThan(x0);
    expect(600).toBeLessThan(x0 + w);
    expect(v.k).toBe(4);
  });
});
