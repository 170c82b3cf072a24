// How an event's mark is painted and named, for the build's drawing (timeline.ts) and for the
// marks the island draws from a month's file on a dense timeline (timeline-island.ts): one rule,
// so an event looks the same whichever of the two drew it.

/** Fill and edge: hollow when the event is dated to a month or year only. */
export const markPaint = (imprecise: boolean, color: string) =>
  imprecise ? { stroke: color, "stroke-width": 2, fill: "var(--bg)" } : { fill: color, stroke: "var(--mark-edge)", "stroke-width": 1 };

export const markClass = (imprecise: boolean) => (imprecise ? "tl-mark tl-imprecise" : "tl-mark");

/** The mark's tooltip: when, which track, what happened. */
export const markTitle = (when: string, track: string, headline: string) => `${when} · ${track}\n${headline}`;
