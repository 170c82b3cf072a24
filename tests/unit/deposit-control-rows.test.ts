import { describe, expect, it } from "vitest";
import { controlListing } from "../../src/views/minerals/deposit-control-rows.ts";

const deposit = (id: string, states: number) => ({ id, history: Array.from({ length: states }, (_, i) => `${id}-${i}`) });
const ids = (l: { listed: { id: string }[] }) => l.listed.map((d) => d.id);

describe("the deposit control table on /minerals/", () => {
  const today = [deposit("a", 1), deposit("b", 2), deposit("c", 1)];

  it("lists every deposit, with a single state or several, while the states fit", () => {
    expect(controlListing(today, 4)).toEqual({ listed: today, leftOut: 0 });
  });

  it("past the limit, lists every deposit whose control changed and counts the others", () => {
    const many = [deposit("a", 1), deposit("b", 2), deposit("c", 1), deposit("d", 3), deposit("e", 1)];
    const l = controlListing(many, 5);
    expect(ids(l)).toEqual(["b", "d"]);
    expect(l.leftOut).toBe(3);
  });

  it("never cuts a deposit's history in two, and stops at the limit even among changed deposits", () => {
    const changed = [deposit("a", 2), deposit("b", 2), deposit("c", 2)];
    const l = controlListing(changed, 5);
    expect(ids(l)).toEqual(["a", "b"]);
    expect(l.listed.flatMap((d) => d.history)).toEqual(["a-0", "a-1", "b-0", "b-1"]);
    expect(l.leftOut).toBe(1);
  });

  it("still shows one whole history when a single deposit has more states than the limit", () => {
    expect(ids(controlListing([deposit("a", 1), deposit("b", 7)], 5))).toEqual(["b"]);
  });
});
