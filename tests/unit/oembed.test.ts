// The oEmbed response of every chart: a "rich" type with the responsive snippet, absolute addresses
// on the site's origin (and base path), and the share card as its thumbnail.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { CHARTS, getChart } from "../../src/charts/registry.ts";
import { OEMBED_WIDTH, oembedResponse } from "../../src/embed/oembed.ts";
import { FIXTURES, makeProject } from "../support/data-copy.ts";

// The fixture tables with the chart rows laid over them, so that every registered chart has rows to draw.
const { tables, folder } = loadData(join(makeProject(join(FIXTURES, "base"), join(FIXTURES, "charts")), "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const SITE = "https://charts.example.org";

describe("oEmbed", () => {
  for (const { id } of CHARTS) {
    it(`${id}: a rich response whose html is the responsive embed of the chart`, () => {
      const chart = getChart(model, id);
      const json = oembedResponse(chart, model, SITE);
      expect(json).toMatchObject({ version: "1.0", type: "rich", title: chart.title, provider_name: "Sanctions & Minerals Tracker", provider_url: `${SITE}/` });
      expect(json.width).toBe(OEMBED_WIDTH);
      // A site that sizes the box from the response reserves what the embed code itself states for a
      // 640-px column, so the page does not jump when the chart reports in. (That number against the
      // height a browser lays out is measured in tests/e2e/embed-sizes.test.ts.)
      expect(json.height).toBeGreaterThan(0);
      expect([json.thumbnail_url, json.thumbnail_width, json.thumbnail_height]).toEqual([`${SITE}/og/charts/${id}.png`, 1200, 630]);
      const { document } = parseHTML(`<!doctype html><html><body>${json.html}</body></html>`);
      expect(document.querySelector("[data-smt-embed]")!.getAttribute("data-smt-embed")).toBe(`${SITE}/embed/${id}/`);
      expect(document.querySelector("[data-smt-embed] a")!.getAttribute("href")).toBe(`${SITE}${chart.page}#${id}`);
      expect(document.querySelector("script")!.getAttribute("src")).toBe(`${SITE}/embed.js`);
      const embed = document.querySelector("[data-smt-embed]")!;
      expect(embed.getAttribute("data-smt-height")).toBe(String(json.height));
      const samples = Object.fromEntries(embed.getAttribute("data-smt-heights")!.split(" ").map((s) => s.split(":").map(Number)));
      expect(samples[640]).toBe(json.height);
    });
  }
});
