// The one greedy line breaker behind the export's and the mineral charts' text blocks.
import { describe, expect, it } from "vitest";
import { lineStarts, linesOf } from "../../src/charts/wrap.ts";

// Words as their lengths in characters; a line fits when its characters and single spaces do.
const wrapAt = (text: string, width: number) => {
  const words = text.split(" ");
  const starts = lineStarts(words.length, (from, to) => words.slice(from, to).join(" ").length <= width);
  return linesOf(words, starts).map((l) => l.join(" "));
};

describe("lineStarts", () => {
  it("fills each line before starting the next", () => {
    expect(wrapAt("the quick brown fox jumps over", 10)).toEqual(["the quick", "brown fox", "jumps over"]);
  });

  it("gives a word wider than the line a line of its own, and keeps every word", () => {
    expect(wrapAt("a extraordinarily b c", 5)).toEqual(["a", "extraordinarily", "b c"]);
  });

  it("makes no line of no words", () => {
    expect(lineStarts(0, () => true)).toEqual([]);
  });
});
