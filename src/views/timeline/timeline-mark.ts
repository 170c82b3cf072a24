// How an event's mark is painted and named, for the build's drawing (timeline.ts) and for the
// marks the island draws from a month's file on a dense timeline (timeline-island.ts): one rule,
// so an event looks the same whichever of the two drew it.

/** Fill and edge: hollow when the event is dated to a month or year only. */
export const markPaint = (imprecise: boolean, color: string) =>
  imprecise ? { stroke: color, "stroke-width": 2, fill: "var(--bg)" } : { fill: color, stroke: "var(--mark-edge)", "stroke-width": 1 };

export const markClass = (imprecise: boolean) => (imprecise ? "tl-mark tl-imprecise" : "tl-mark");

/**
 * The mark's tooltip, and its accessible name too (a mark has no aria-label: the same words twice
 * cost the page 1.2 KB gzip): when, which track, what happened.
 */
export const markTitle = (when: string, track: string, headline: string) => `${when} · ${track}:\n${headline}`;

const titleLines = (mark: Element) => (mark.querySelector("title")?.textContent ?? "").split("\n");

/** The whole tooltip on one line: a mark's accessible name where a later date dims it (timeline-as-of.ts). */
export const markTitleLine = (mark: Element): string => titleLines(mark).join(" ");

/** "When: what happened", from the tooltip, for the keyboard's ring and the list of crowded marks. */
export function markName(mark: Element): string {
  const [head = "", headline = ""] = titleLines(mark);
  const track = head.lastIndexOf(" · ");
  return `${track < 0 ? head.replace(/:$/, "") : head.slice(0, track)}: ${headline}`;
}

/** What happened: the tooltip's second line, which the text filter searches. */
export const markHeadline = (mark: Element): string => titleLines(mark)[1] ?? "";
