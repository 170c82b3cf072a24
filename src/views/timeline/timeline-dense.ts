// The code only a dense timeline runs (month bars that give way to their months' events when zoomed
// in; src/views/timeline/timeline-density.ts), gathered so the timeline's page and embed fetch it
// only where the build drew month bars (never at today's data) and not with every timeline.

export { drawsEvents, eventsInWindow, monthOfDate, monthsFor } from "./timeline-periods.ts";
export { eventMonth, loadedEventMark, monthFiles } from "./timeline-months.ts";
