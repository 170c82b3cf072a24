import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { controlAt, controlHistories, historyAttr, parseHistoryAttr } from "../../src/data/deposit-control.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";

const history = [
  { as_of: "2025-01-08", control: "ukraine" },
  { as_of: "2025-06-27", control: "russia" },
];

describe("a deposit's control at a date", () => {
  it("is the state whose date is the latest on or before the day", () => {
    expect(controlAt(history, "2025-03-03")?.control).toBe("ukraine");
    expect(controlAt(history, "2025-06-26")?.control).toBe("ukraine");
    expect(controlAt(history, "2025-06-27")?.control).toBe("russia");
    expect(controlAt(history, "2026-01-01")?.control).toBe("russia");
  });

  it("is nothing before the first report, and the latest without a date", () => {
    expect(controlAt(history, "2024-12-31")).toBeNull();
    expect(controlAt(history, null)?.control).toBe("russia");
  });

  it("holds a partial date from its first day", () => {
    expect(controlAt([{ as_of: "2025-06", control: "contested" }], "2025-06-01")?.control).toBe("contested");
    expect(controlAt([{ as_of: "2025", control: "unknown" }], "2024-12-31")).toBeNull();
  });

  it("survives the trip through a mark's attribute", () => {
    const text = historyAttr([{ as_of: "2023-07", control: "ukraine" }, ...history]);
    expect(text).toBe("2023-07-01:ukraine 2025-01-08:ukraine 2025-06-27:russia");
    expect(parseHistoryAttr(text).map((s) => s.control)).toEqual(["ukraine", "ukraine", "russia"]);
    expect(parseHistoryAttr("2025-06-27:russia <b>x</b> :ukraine")).toEqual([{ as_of: "2025-06-27", control: "russia" }]);
  });

  it("groups rows by deposit in date order", () => {
    const grouped = controlHistories([
      { deposit_id: "a", as_of: "2025-06-27" },
      { deposit_id: "b", as_of: "2024" },
      { deposit_id: "a", as_of: "2025-01" },
    ]);
    expect(grouped.get("a")!.map((s) => s.as_of)).toEqual(["2025-01", "2025-06-27"]);
  });
});

describe("the deposits in the data", () => {
  const { tables, folder } = loadData(join(import.meta.dirname, "../../data"));
  const model = buildModel(tables, folder.descriptor, "2026-01-01");

  it("each take their latest row in deposit_control.csv as today's control", () => {
    for (const d of model.deposits) {
      // Read straight from the table (latest as_of wins), not from the model's own history.
      const rows = tables.deposit_control.filter((r) => r.deposit_id === d.id);
      expect(rows.length, d.id).toBeGreaterThan(0);
      const latest = rows.reduce((a, b) => (b.as_of > a.as_of ? b : a));
      expect(d.control, d.id).toBe(latest.control);
      expect(d.control_sources, d.id).toEqual(latest.sources);
    }
  });

  it("include a deposit that changed hands: Shevchenkivske, Ukrainian in January 2025, Russian from late June", () => {
    const d = model.depositById.get("dep-shevchenkivske")!;
    expect(controlAt(d.history, "2025-03-03")?.control).toBe("ukraine");
    expect(controlAt(d.history, "2025-07-01")?.control).toBe("russia");
  });
});
