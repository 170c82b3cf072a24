// A mineral chart's words and the deal's drawings as the record stood between changes: the build
// writes each once with its span, and ?date= only picks one. Checked on the real data.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";
import { chartVersions } from "../../src/views/minerals/chart-versions.ts";
import { getChart } from "../../src/charts/registry.ts";
import { inSpan } from "../../src/data/dates.ts";

const root = join(import.meta.dirname, "..", "..");
const { tables, folder } = loadData(join(root, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const firstText = [...tables.deal_terms].map((t) => t.version_date).sort()[0]!;

describe("chart versions", () => {
  it("cover the whole record without gaps or overlaps, and end with today's words", () => {
    for (const id of ["minerals-side-by-side", "minerals-deposits-map", "minerals-deal-terms", "minerals-money"]) {
      const v = chartVersions(model, id)!;
      expect(v.takeaway[0]!.from, id).toBe("");
      expect(v.takeaway.at(-1)!.until, id).toBe("");
      for (let i = 1; i < v.takeaway.length; i++) expect(v.takeaway[i]!.from, id).toBe(v.takeaway[i - 1]!.until);
      expect(v.takeaway.at(-1)!.value, id).toBe(getChart(model, id).takeaway);
      expect(v.description.at(-1)!.value, id).toBe(getChart(model, id).description);
    }
  });

  it("give the deal's chart no drawing before the first draft, and a plain note saying so", () => {
    const drawing = chartVersions(model, "minerals-deal-terms")!.drawing!;
    const before = drawing.find((v) => inSpan(v.from, v.until, "2025-01-15"))!;
    expect(before.until).toBe(firstText);
    expect(before.value.empty).toBe(true);
    expect(before.value.note).toBe("No draft of the minerals agreement existed yet: the first US draft is dated 12 February 2025.");
    // After the signature nothing more is said: the drawing is today's.
    const signed = drawing.find((v) => inSpan(v.from, v.until, "2025-05-01"))!;
    expect(signed.value.note).toBeNull();
    expect(signed.value.drawing.svg).toBe(getChart(model, "minerals-deal-terms").drawing.svg);
  });

  it("change the side-by-side takeaway on the day a deposit changed hands, and only for charts that change", () => {
    const change = tables.deposit_control.filter((s) => s.control === "russia").map((s) => s.as_of).sort()[0]!;
    const takeaway = chartVersions(model, "minerals-side-by-side")!.takeaway;
    expect(takeaway.some((v) => v.from === change)).toBe(true);
    expect(takeaway.find((v) => inSpan(v.from, v.until, "2025-03-03"))!.value).toContain("0 of the");
    // USGS figures do not change with the date: no versions at all.
    expect(chartVersions(model, "minerals-in-the-ground")).toBeNull();
  });
});
