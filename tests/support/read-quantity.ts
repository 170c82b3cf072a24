// A quantity read back from the page as a reader reads it, to hold against its row: the number
// (thousands separators dropped), the unit and the scale, and a word before a qualified figure
// ("about", "more than") so that it never reads as an exact one. Independent of src/data/format.ts.
import { expect } from "vitest";

export interface QuantityRow {
  value: number | null;
  unit: string;
  scale?: string | null;
  qualifier?: string | null;
}

export function expectShowsQuantity(text: string, row: QuantityRow): void {
  const shown = Number(/\d[\d,]*(?:\.\d+)?/.exec(text)![0].replace(/,/g, ""));
  expect(shown, text).toBe(row.value);
  expect(text).toContain(row.unit);
  if (row.scale) expect(text).toContain(row.scale);
  if (row.qualifier) expect(text, text).toMatch(/^\D/);
}
