// The guided story: its steps are data that cite events, and each step's figure is drawn at build
// time from the record as it stood on the step's day.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { modelAsOf } from "../../src/data/as-of-model.ts";
import { highlightMarks, scopeIds, storyFigure } from "../../src/views/story/story-figure.ts";

const { tables, folder } = loadData(join(import.meta.dirname, "../../data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const steps = tables.story_steps;

describe("the story's steps", () => {
  it("tell the account in 10 to 15 steps, in date order, each citing events that exist", () => {
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(steps.length).toBeLessThanOrEqual(15);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.date >= steps[i - 1]!.date, steps[i]!.id).toBe(true);
    for (const s of steps) {
      expect(s.events.length, s.id).toBeGreaterThan(0);
      for (const e of s.events) expect(model.eventById.has(e), `${s.id} cites ${e}`).toBe(true);
    }
  });

  it("cover the moments the issue names: 2014, 2022, January 2025, the Oval Office, the relief list, the signing", () => {
    const cited = new Set(steps.flatMap((s) => s.events));
    for (const id of ["evt-2014-03-06-eo-13660-national-emergency", "evt-2022-02-24-russia-full-scale-invasion", "evt-2025-01-10-biden-energy-sanctions", "evt-2025-02-28-oval-office-clash", "evt-2025-03-03-reuters-sanctions-relief-list", "evt-2025-04-30-minerals-agreement-signed"]) {
      expect(cited.has(id), id).toBe(true);
    }
  });
});

describe("each step's figure", () => {
  const figures = steps.map((s) => ({ step: s, figure: storyFigure(model, s) }));

  it("is an SVG drawing with a caption and a link to the full view at the step's date", () => {
    for (const { step, figure } of figures) {
      expect(figure.drawing.svg, step.id).toMatch(/<svg[\s>]/);
      expect(figure.caption.length, step.id).toBeGreaterThan(20);
      expect(figure.view.path, step.id).toContain(`date=${step.date}`);
    }
  });

  it("names the cited events in a timeline window and rings them", () => {
    for (const { step, figure } of figures.filter((f) => f.step.view === "timeline")) {
      const inWindow = step.events.filter((id) => {
        const d = model.eventById.get(id)!.date;
        return d >= step.window_start! && d <= `${step.window_end!}~`;
      });
      for (const id of inWindow) expect(figure.drawing.svg, `${step.id}: ${id}`).toContain(`data-event-id="${id}" data-story-highlight`);
    }
  });

  it("leaves no id twice on the story page", () => {
    const ids = figures.flatMap(({ figure }) => [...`${figure.drawing.svg}${figure.narrow?.svg ?? ""}`.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it("shows deposit control as it stood on the step's day", () => {
    // Shevchenkivske changed hands in June 2025: a February 2025 map shows it held by Ukraine.
    const early = modelAsOf(model, "2025-02-25").depositById.get("dep-shevchenkivske")!;
    const late = modelAsOf(model, "2026-01-12").depositById.get("dep-shevchenkivske")!;
    expect(early.control).toBe("ukraine");
    expect(late.control).toBe("russia");
    const mapStep = figures.find((f) => f.step.chart === "minerals-deposits-map" && f.step.date < "2025-06-27")!;
    expect(mapStep.figure.drawing.svg).toMatch(/data-deposit-id="dep-shevchenkivske" data-control="ukraine"/);
  });

  it("keeps the record of later days out of an earlier figure", () => {
    const then = modelAsOf(model, "2025-02-28");
    expect(then.events.every((e) => e.date.slice(0, 10) <= "2025-02-28")).toBe(true);
    expect(then.events.length).toBeLessThan(model.events.length);
    expect(then.tables.deal_terms.every((t) => t.version_date <= "2025-02-28")).toBe(true);
  });
});

describe("figure markup helpers", () => {
  it("make ids and their references the step's own", () => {
    const out = scopeIds(`<svg><marker id="a"/><path marker-end="url(#a)"/><li id="b"><a href="#b">x</a></li><g aria-labelledby="b c"/></svg>`, "s1");
    expect(out).toBe(`<svg><marker id="s1-a"/><path marker-end="url(#s1-a)"/><li id="s1-b"><a href="#s1-b">x</a></li><g aria-labelledby="s1-b c"/></svg>`);
  });

  it("ring only the marks the step names", () => {
    const out = highlightMarks(`<g data-row-id="x"></g><g data-row-id="y"></g>`, ["y"]);
    expect(out).toBe(`<g data-row-id="x"></g><g data-row-id="y" data-story-highlight></g>`);
  });
});
