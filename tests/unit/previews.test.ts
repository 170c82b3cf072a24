// Home-page previews: which chart a view card shows as registered charts come and go, and how a
// chart's SVG is made inert for a card.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import type { Chart } from "../../src/charts/chart.ts";
import { choosePreviewChart, previewSvg } from "../../src/views/home/previews.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { VIEW_CARDS } from "../../src/views/home/home.ts";
import { makeProject } from "../support/data-copy.ts";

const { tables, folder } = loadData(join(makeProject(), "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const fake = (id: string, page: string) => ({
  id,
  build: (): Chart => ({ id, page, title: id, takeaway: "", description: "", drawing: { svg: "<svg></svg>", width: 1, height: 1 }, columns: [], rows: [], sources: [] }),
});
const byId = (registry: ReturnType<typeof fake>[]) => (_model: Model, id: string) => registry.find((c) => c.id === id)!.build();

describe("choosing a view's preview", () => {
  const registry = [fake("events-by-year", "/timeline/"), fake("deposits-map", "/minerals/"), fake("reserves", "/minerals/")];

  it("takes the first preferred chart that is registered", () => {
    expect(choosePreviewChart(model, { preferred: ["timeline", "events-by-year"], page: "/timeline/" }, registry, byId(registry))?.id).toBe("events-by-year");
  });

  it("else the first chart registered for the view's page", () => {
    expect(choosePreviewChart(model, { preferred: [], page: "/minerals/" }, registry, byId(registry))?.id).toBe("deposits-map");
  });

  it("and none while no chart exists for the view", () => {
    expect(choosePreviewChart(model, { preferred: ["network"], page: "/network/" }, registry, byId(registry))).toBeNull();
  });

  it("finds a registered chart for the timeline today", () => {
    const timeline = VIEW_CARDS.find((c) => c.path === "/timeline/")!;
    const chart = choosePreviewChart(model, { preferred: timeline.preferredCharts, page: timeline.path });
    expect(CHARTS.map((c) => c.id)).toContain(chart?.id);
  });
});

describe("a preview's SVG", () => {
  const svg =
    '<svg role="img" aria-label="Chart"><defs><clipPath id="clip-1"><rect/></clipPath></defs>' +
    '<g clip-path="url(#clip-1)"><a href="/events/e/"><rect tabindex="0" data-event-id="evt-a" aria-label="A"/></a></g><use href="#clip-1"/></svg>';
  const out = previewSvg(svg, "preview-x");

  it("renames ids and every reference to them, so they cannot clash with the full chart", () => {
    expect(out).toContain('id="preview-x-clip-1"');
    expect(out).toContain("url(#preview-x-clip-1)");
    expect(out).toContain('href="#preview-x-clip-1"');
    expect(out).not.toMatch(/id="clip-1"/);
  });

  it("has no link, focus stop, ARIA name or row id left", () => {
    expect(out).not.toMatch(/<a\b|tabindex|aria-label|role=|data-event-id/);
    expect(out).toMatch(/^<svg aria-hidden="true" focusable="false"/);
    expect(out).toContain("<rect/>");
  });
});

describe("a preview of a chart with a key band below its drawing", () => {
  it("leaves the band out and ends the picture where the drawing does", () => {
    const svg = '<svg viewBox="0 0 100 140" data-drawing-height="100"><circle fill="#0072B2" r="4"/><g data-key-band><line/><g data-key><g data-key-item><circle fill="#0072B2"/><text>US</text></g></g></g></svg>';
    const out = previewSvg(svg, "p");
    expect(out).toContain('viewBox="0 0 100 100"');
    expect(out).not.toContain("<text>US</text>");
    expect(out).toContain('<circle fill="#0072B2" r="4"/>');
  });

  it("leaves the real network's key out of its home-page card (the key's words would be unreadable there)", () => {
    const network = CHARTS.find((c) => c.id === "actor-network")!.build(model);
    expect(network.drawing.svg, "the fixture network draws its key").toContain("Actors:");
    const out = previewSvg(network.drawing.svg, "p");
    expect(out).not.toContain("Actors:");
    const drawn = /data-drawing-height="([\d.]+)"/.exec(network.drawing.svg)![1];
    expect(/viewBox="[-\d.]+ [-\d.]+ [\d.]+ ([\d.]+)"/.exec(out)![1]).toBe(drawn);
  });
});
