import { describe, expect, it } from "vitest";
import { FEED_ENTRIES, feedEvents } from "../../src/site/feed-window.ts";

// Events newest first, as the feed lists them; `changed` is when the change log last touched one.
const events = [
  { id: "e5", date: "2025-05-01", changed: null },
  { id: "e4", date: "2025-04-01", changed: null },
  { id: "e3", date: "2025-03-01", changed: null },
  { id: "e2", date: "2025-02-01", changed: "2025-06-01" },
  { id: "e1", date: "2025-01-01", changed: null },
];
const updated = (e: (typeof events)[number]) => `${e.changed ?? e.date}T00:00:00Z`;

describe("feedEvents", () => {
  it("keeps every event, in order, while the record is within the limit", () => {
    expect(feedEvents(events, updated, 5).map((e) => e.id)).toEqual(["e5", "e4", "e3", "e2", "e1"]);
  });

  it("past the limit keeps the latest dated or corrected events, newest first", () => {
    // e2 happened early but was corrected last: still news to a feed reader; e3 and e1 drop out.
    expect(feedEvents(events, updated, 3).map((e) => e.id)).toEqual(["e5", "e4", "e2"]);
  });

  it("holds a few hundred entries, more than today's record has", () => {
    expect(FEED_ENTRIES).toBeGreaterThanOrEqual(180);
    const many = Array.from({ length: FEED_ENTRIES * 3 }, (_, i) => ({ id: `e${i}`, date: `${3000 - i}-01-01`, changed: null }));
    expect(feedEvents(many, updated)).toHaveLength(FEED_ENTRIES);
  });
});
