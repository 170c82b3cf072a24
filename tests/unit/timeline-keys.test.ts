// The timeline's keyboard path beyond the arrows: what each key does on the chart, and which keys it
// leaves to the browser.
import { describe, expect, it } from "vitest";
import { timelineKey } from "../../src/views/timeline/timeline-keys.ts";

describe("keys on the timeline", () => {
  it("Enter and Space open the event; Escape closes it", () => {
    expect(timelineKey("Enter")).toBe("open");
    expect(timelineKey(" ")).toBe("open");
    expect(timelineKey("Escape")).toBe("close");
  });

  it("+ and − zoom with or without Shift; 0 shows the whole span", () => {
    expect(timelineKey("+")).toBe("zoom-in");
    expect(timelineKey("=")).toBe("zoom-in");
    expect(timelineKey("-")).toBe("zoom-out");
    expect(timelineKey("_")).toBe("zoom-out");
    expect(timelineKey("0")).toBe("whole-span");
  });

  it("leaves Tab, letters and other digits to the browser", () => {
    for (const key of ["Tab", "a", "f", "1", "PageDown", "Backspace"]) expect(timelineKey(key)).toBeNull();
  });
});
