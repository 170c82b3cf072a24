// The sentences a screen-reader user hears when the network's filters or date change.
import { describe, expect, it } from "vitest";
import { filterSummary, networkStatus } from "../../src/views/network/network-summary.ts";

const counts = { edges: 12, totalEdges: 189, nodes: 40, totalNodes: 135, linked: 17 };
const none = { date: null, types: null, kinds: null, countries: null };

describe("the network's status line", () => {
  it("says what is shown out of what exists", () => {
    expect(networkStatus(counts, none)).toBe("Showing 12 of 189 relations and 40 of 135 actors.");
  });

  it("with a date, names the day and how many shown actors have a relation then", () => {
    expect(networkStatus(counts, { ...none, date: "2022-02-24" })).toBe(
      "Showing 12 of 189 relations and 40 of 135 actors (17 of them linked), as the network stood on 24 February 2022.",
    );
  });

  it("says when filters are on, even filters that hide no actor", () => {
    expect(networkStatus(counts, { ...none, kinds: ["state", "company"] })).toBe("Showing 12 of 189 relations and 40 of 135 actors, with filters applied.");
  });
});

describe("the filter summary", () => {
  const universe = { types: ["owns", "sanctions", "supplies"], kinds: ["state", "company"], countries: ["RU", "UA", "CN", "DE"] };
  it("counts what each filter keeps, in a fixed order", () => {
    expect(filterSummary({ ...none, countries: ["RU"], types: ["owns", "supplies"] }, universe)).toBe("(2 of 3 relation types, 1 of 4 countries)");
  });
  it("says so when nothing is filtered, and counts an emptied filter as 0", () => {
    expect(filterSummary(none, universe)).toBe("(none applied)");
    expect(filterSummary({ ...none, kinds: [] }, universe)).toBe("(0 of 2 kinds)");
  });
});
