import { describe, expect, it } from "vitest";
import { ampEmbedSize, parsePymMessage, pymMessage } from "../../src/embed/embed-messages.ts";

describe("Pym.js messages", () => {
  it("are the fields joined by xPYMx, as Pym's parent expects", () => {
    expect(pymMessage("smt-1-abc", "height", "474")).toBe("pymxPYMxsmt-1-abcxPYMxheightxPYMx474");
  });

  it("parse back only when addressed to our id and well-formed", () => {
    expect(parsePymMessage(pymMessage("chart", "width", "360"), "chart")).toEqual({ type: "width", message: "360" });
    expect(parsePymMessage(pymMessage("other", "width", "360"), "chart")).toBeNull();
    expect(parsePymMessage(pymMessage("chart-2", "width", "360"), "chart")).toBeNull();
    expect(parsePymMessage("pymxPYMxchartxPYMxwidth", "chart")).toBeNull();
    expect(parsePymMessage({ type: "width" }, "chart")).toBeNull();
    expect(parsePymMessage(null, "chart")).toBeNull();
  });
});

describe("AMP messages", () => {
  it("ask amp-iframe for a height with AMP's sentinel", () => {
    expect(ampEmbedSize(474)).toEqual({ sentinel: "amp", type: "embed-size", height: 474 });
  });
});
