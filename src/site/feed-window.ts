// Which events the Atom feed carries. A feed reader polls the feed for what is new, so past a few
// hundred events the feed keeps the ones most recently dated or changed, not the whole record: at a
// hundred times today's data all 18,000 events made a 34 MB feed that every reader would fetch again
// and again. The timeline, the event pages and /data/ hold the rest. Today's record is far below.

/** How many entries the feed holds at most. */
export const FEED_ENTRIES = 500;

/**
 * The events to put in the feed, in the order given (newest first): all of them up to `limit`,
 * otherwise the `limit` with the latest `updated` time (an ISO date-time), so an old event corrected
 * last week is still news. Ties keep the given order.
 */
export function feedEvents<T>(newestFirst: readonly T[], updated: (item: T) => string, limit = FEED_ENTRIES): T[] {
  if (newestFirst.length <= limit) return [...newestFirst];
  const kept = new Set([...newestFirst].sort((a, b) => updated(b).localeCompare(updated(a))).slice(0, limit));
  return newestFirst.filter((item) => kept.has(item));
}
