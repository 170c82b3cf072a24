// Patterns in the schema run on every cell: only a vetted subset is accepted, and matching stops
// after a time limit instead of hanging the validator.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { matchPatterns, patternProblem } from "../../src/data/safe-pattern.ts";
import { ROOT } from "../support/data-copy.ts";

describe("schema patterns", () => {
  it("accept every pattern the real schema uses", () => {
    const dp = JSON.parse(readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));
    const patterns = dp.resources.flatMap((r: { schema: { fields: { constraints?: { pattern?: string } }[] } }) =>
      r.schema.fields.flatMap((f) => (f.constraints?.pattern ? [f.constraints.pattern] : [])),
    );
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.map(patternProblem).filter(Boolean)).toEqual([]);
  });

  it("refuse what is outside the subset, saying why", () => {
    expect(patternProblem("a)|(b")).toBe("closes a group that was never opened");
    expect(patternProblem("(?<=a)b")).toMatch(/^uses a lookaround/);
    expect(patternProblem("a{2,1}")).toBe("has the repeat count {2,1}, whose maximum is below its minimum");
    expect(patternProblem("a{5000}")).toBe("repeats something more than 1000 times");
    expect(patternProblem("*a")).toBe("has * with nothing before it to repeat");
    expect(patternProblem("a\\bc")).toMatch(/^uses a word boundary/);
    expect(patternProblem("x".repeat(501))).toBe("is 501 characters long (at most 500)");
  });

  it("match whole values, and stop a catastrophic pattern at the value it stalls on", () => {
    const slow = "a".repeat(40) + "!";
    const results = matchPatterns([
      { pattern: "[a-z]+", value: "abc" },
      { pattern: "[a-z]+", value: "abc1" },
      { pattern: "(a+)+b", value: "aab" },
      { pattern: "(a+)+b", value: slow },
      { pattern: "[a-z]+", value: "xyz" },
      { pattern: "(a+)+b", value: "ab" },
    ], 200);
    expect(results).toEqual([true, false, true, "timeout", true, undefined]);
  });

  it("do not blame a quick value when the time limit runs out for a whole batch of them", () => {
    // 2,000 long values that each match in well under a millisecond but together take longer than a
    // 300 ms limit, as a long garbage collection or a loaded machine makes a batch of dates take at
    // scale. (A short limit would make the test itself fail on a loaded machine.)
    const long = "a".repeat(400_000);
    const results = matchPatterns(Array.from({ length: 2000 }, () => ({ pattern: "[a-z]+", value: long })), 300);
    expect(results.filter((r) => r !== true)).toEqual([]);
  });
});
