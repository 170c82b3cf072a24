// A chart's CSV is exactly its rows and columns: what the table alternative shows, what it draws.
import { formatCsv } from "../data/csv.ts";
import type { Chart } from "../charts/chart.ts";

/** UTF-8's byte-order mark: without it Excel reads the file in the system code page ("TÃ¼rkiye"). */
export const BOM = "\uFEFF";

export function chartCsv(chart: Chart): string {
  return (
    BOM +
    formatCsv([
      chart.columns.map((c) => c.key),
      ...chart.rows.map((row) => chart.columns.map((c) => (row[c.key] == null ? "" : String(row[c.key])))),
    ])
  );
}
