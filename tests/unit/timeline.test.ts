// The timeline chart against the data: one mark per event, eras where the data puts them, labels
// only where the layout placed them, and hostile text kept as text.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { layoutTimeline, shortLabel, timelineChart, timelineMonths } from "../../src/views/timeline/timeline.ts";
import { dayNumber, fraction } from "../../src/views/timeline/timeline-scale.ts";
import { makeProject } from "../support/data-copy.ts";

function modelOf(dir: string, more: (tables: ReturnType<typeof loadData>["tables"]) => void = () => {}) {
  const { tables, folder } = loadData(dir);
  more(tables);
  return buildModel(tables, folder.descriptor, "2026-01-01");
}

// The fixture's five events fall on five days of February and March 2025. These invented ones add a
// month-only date and a span before them, and a crowd of eight in one week so that not every label
// fits at full view. They are pushed last, so a chart that kept the table's order would show it.
const INVENTED: [string, string, string | null][] = [
  ["evt-fixture-2024-11-span", "2024-11-05", "2024-11-20"],
  ["evt-fixture-2024-06", "2024-06", null],
  ...[10, 10, 11, 11, 12, 13, 13, 14].map((day, i): [string, string, null] => [`evt-fixture-crowd-${i + 1}`, `2025-02-${day}`, null]),
];

const withInvented = modelOf(join(makeProject(), "data"), (tables) => {
  for (const [id, date, end] of INVENTED) tables.events.push({ ...tables.events[0]!, id, date, end, headline: `An invented event in a crowd of headlines, ${id}` });
});

describe("timeline chart on the fixture with invented events", () => {
  const model = withInvented;
  const chart = timelineChart(model);
  const { document } = parseHTML(`<!doctype html><html><body>${chart.drawing.svg}</body></html>`);

  it("draws one mark per event, in time order, each linking to its page", () => {
    const marks = [...document.querySelectorAll("a.tl-event")];
    expect(marks.map((m) => m.getAttribute("data-event-id"))).toEqual(model.events.map((e) => e.id));
    expect(marks).toHaveLength(15);
    expect(marks.slice(0, 2).map((m) => m.getAttribute("data-event-id"))).toEqual(["evt-fixture-2024-06", "evt-fixture-2024-11-span"]);
    expect(marks.at(-1)!.getAttribute("data-event-id")).toBe("evt-2025-03-03-reuters-sanctions-relief-list");
    for (const m of marks) expect(m.getAttribute("href")).toBe(`/events/${m.getAttribute("data-event-id")}/`);
  });

  it("places each mark at its date", () => {
    const { domain } = layoutTimeline(model);
    const svg = document.querySelector("svg.timeline-svg")!;
    const x = (f: number) => Number(svg.getAttribute("data-pad-left")) + f * Number(svg.getAttribute("data-base-width"));
    for (const m of document.querySelectorAll("a.tl-event")) {
      const event = model.eventById.get(m.getAttribute("data-event-id")!)!;
      if (event.date.length === 10 && !event.end) {
        expect(Number(m.querySelector("circle")!.getAttribute("cx"))).toBeCloseTo(x(fraction(domain, dayNumber(event.date) + 0.5)), 1);
      }
    }
  });

  it("carries each event's dates, from which the island places its mark (a range's end too)", () => {
    const marks = [...document.querySelectorAll("svg.timeline-svg a.tl-event")];
    expect(marks).toHaveLength(model.events.length);
    // The fixture has month-only dates and date ranges as well as single days.
    expect(model.events.some((e) => e.end)).toBe(true);
    expect(model.events.some((e) => e.date.length < 10)).toBe(true);
    for (const mark of marks) {
      const event = model.eventById.get(mark.getAttribute("data-event-id")!)!;
      expect([mark.getAttribute("data-date"), mark.getAttribute("data-end")], event.id).toEqual([event.date, event.end || null]);
    }
  });

  it("shades one band per era, starting at its opening event's date", () => {
    const bands = [...document.querySelectorAll("g.tl-era")];
    expect(bands.map((b) => b.getAttribute("data-era-id"))).toEqual(model.eras.map((e) => e.id));
    const { domain } = layoutTimeline(model);
    for (const era of model.eras) {
      const band = document.querySelector(`g.tl-era[data-era-id="${era.id}"]`)!;
      const opening = model.eventById.get(era.startEvent)!;
      expect(Number(band.getAttribute("data-f0"))).toBeCloseTo(fraction(domain, dayNumber(opening.date.length === 10 ? opening.date : `${opening.date}-01`.slice(0, 10))), 5);
    }
  });

  it("shows at full view only labels placed at level 1", () => {
    for (const label of document.querySelectorAll("text.tl-label")) {
      expect(label.getAttribute("display") === "none").toBe(Number(label.getAttribute("data-level")) > 1);
    }
    expect(document.querySelectorAll('text.tl-label:not([display="none"])').length).toBeGreaterThan(1);
    // The crowded week cannot label all of its events at full view.
    expect(document.querySelectorAll('text.tl-label[display="none"]').length).toBeGreaterThan(0);
  });

  it("lists exactly the events as its data", () => {
    expect(chart.rows.map((r) => r.id)).toEqual(model.events.map((e) => e.id));
  });
});

describe("each month's events for a dense timeline zoomed in", () => {
  // The same fixture and invented events (makeProject's tables are loaded once per folder).
  const model = withInvented;
  const months = timelineMonths(model);
  const { document } = parseHTML(`<!doctype html><html><body>${timelineChart(model).drawing.svg}</body></html>`);

  it("files every event once, under the month it began (a month-only date in that month)", () => {
    expect([...months.keys()]).toEqual(["2024-06", "2024-11", "2025-02", "2025-03"]);
    expect(months.get("2024-06")!.events.map((e) => e.id)).toEqual(["evt-fixture-2024-06"]);
    expect(months.get("2024-11")!.events.map((e) => e.id)).toEqual(["evt-fixture-2024-11-span"]);
    const all = [...months.values()].flatMap((m) => m.events.map((e) => e.id));
    expect(all.sort()).toEqual(model.events.map((e) => e.id).sort());
  });

  it("places each event where the drawing of every event puts its mark", () => {
    const svg = document.querySelector("svg.timeline-svg")!;
    const x = (f: number) => Number(svg.getAttribute("data-pad-left")) + f * Number(svg.getAttribute("data-base-width"));
    for (const e of [...months.values()].flatMap((m) => m.events)) {
      const mark = document.querySelector(`a.tl-event[data-event-id="${e.id}"]`)!;
      const circle = mark.querySelector("circle")!;
      expect(x(e.f)).toBeCloseTo(Number(circle.getAttribute("cx")), 1);
      expect(e.y).toBeCloseTo(Number(circle.getAttribute("cy")), 5);
      expect(e.r).toBe(Number(circle.getAttribute("r")));
      expect(e.href).toBe(`/events/${e.id}/`);
    }
    // A month-only date is drawn hollow; a span covers its days.
    expect(months.get("2024-06")!.events[0]!.imprecise).toBe(true);
    const span = months.get("2024-11")!.events[0]!;
    expect(span.when).toBe("5 November 2024 to 20 November 2024");
    expect(span.f1 - span.f0).toBeGreaterThan(0);
  });
});

describe("timeline chart with hostile text", () => {
  it("escapes headlines that contain markup", () => {
    const project = makeProject();
    const file = join(project, "data/events.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(",Rubio and Lavrov hold a phone call,", `,"<script>alert(1)</script> & ""quotes""",`));
    const chart = timelineChart(modelOf(join(project, "data")));
    expect(chart.drawing.svg).not.toContain("<script>");
    expect(chart.drawing.svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
  });
});

describe("shortLabel", () => {
  it("cuts long headlines at a word and marks the cut", () => {
    expect(shortLabel("Short one")).toBe("Short one");
    const cut = shortLabel("Trump and Putin hold their first phone call since the inauguration and agree to start talks");
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(42);
    expect(cut).toBe("Trump and Putin hold their first phone…");
  });
});
