// Playing the network through 2025, tick by tick, without timers.
import { describe, expect, it } from "vitest";
import { PLAY_END, PLAY_START, playFrom, playTick } from "../../src/views/network/network-playback.ts";

function run(from: string | null, slow: boolean): string[] {
  const dates: string[] = [];
  let date = playFrom(from);
  for (let i = 0; i < 100; i++) {
    const t = playTick(date, slow);
    dates.push(t.date);
    date = t.date;
    if (t.last) return dates;
  }
  throw new Error("playback never ended");
}

describe("playback", () => {
  it("starts on 1 January 2025 from no date or a date outside the year, and resumes from one inside it", () => {
    expect(playFrom(null)).toBe("2025-01-01");
    expect(playFrom("2022-02-24")).toBe("2025-01-01");
    expect(playFrom("2025-12-31")).toBe("2025-01-01");
    expect(playFrom("2025-06-10")).toBe("2025-06-10");
  });

  it("steps a week at a time and stops on the year's last day", () => {
    const dates = run(null, false);
    expect(dates.slice(0, 3)).toEqual(["2025-01-08", "2025-01-15", "2025-01-22"]);
    expect(dates.at(-2)).toBe("2025-12-24");
    expect(dates.at(-1)).toBe(PLAY_END);
    expect(dates).toHaveLength(52);
  });

  it("with reduced motion steps a month at a time: twelve calm changes, not 52", () => {
    const dates = run(PLAY_START, true);
    expect(dates.slice(0, 2)).toEqual(["2025-02-01", "2025-03-01"]);
    expect(dates).toHaveLength(12);
    expect(dates.at(-1)).toBe(PLAY_END);
  });
});
