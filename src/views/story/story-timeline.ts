// A window of the timeline for one story step, drawn at build time: one lane per track, a dot per
// event in the window, the events the step cites drawn larger and named, and a line at the step's
// date. The whole timeline (src/views/timeline/timeline.ts) is zoomable in the browser; a step needs only
// the slice it talks about, and it must read without JavaScript and on paper.

import type { Model } from "../../data/model.ts";
import { firstDay, formatPartialDate, parsePartialDate } from "../../data/dates.ts";
import { dayNumber, timeTicks } from "../timeline/timeline-scale.ts";
import { TRACKS, trackLabel } from "../../charts/palette.ts";
import type { Drawing } from "../../charts/chart.ts";
import { h, render } from "../../charts/dom.ts";
import { CHART_FONT } from "../../charts/font.ts";
import { shortLabel } from "../timeline/timeline.ts";
import { bodyTextWidth } from "../../embed/body-text-width.ts";
import { plural } from "../../data/words.ts";

export interface StoryTimelineOptions {
  from: string;
  to: string;
  /** The step's day: a line marks it. */
  date: string;
  /** Events the step cites: larger, labelled, marked with data-story-highlight. */
  cited: readonly string[];
  width?: number;
}

const LANE = 30;
const TOP = 26;
const PAD_LEFT = 8;
const PAD_RIGHT = 8;
const LABEL = 13;

/**
 * Dots drawn at most before dots that fall on the same pixel and lane are merged. Today's windows
 * hold up to a few dozen events; at a hundred times today's data a window held thousands, most on
 * top of each other, and the story page passed 400 KB. A merged dot names its first event and how
 * many more share its spot; a cited event always keeps its own dot.
 */
const STORY_MAX_DOTS = 400;

function oneDotPerSpot<T extends { id: string }>(events: readonly T[], cited: ReadonlySet<string>, spot: (e: T) => string): { e: T; more: number }[] {
  const bySpot = new Map<string, { e: T; more: number }>();
  const out: { e: T; more: number }[] = [];
  for (const e of events) {
    if (cited.has(e.id)) {
      out.push({ e, more: 0 });
      continue;
    }
    const key = spot(e);
    const dot = bySpot.get(key);
    if (dot) dot.more++;
    else {
      const d = { e, more: 0 };
      bySpot.set(key, d);
      out.push(d);
    }
  }
  return out;
}

export function storyTimelineSvg(model: Model, { from, to, date, cited, width = 640 }: StoryTimelineOptions): { drawing: Drawing; description: string } {
  const d0 = dayNumber(from);
  const d1 = dayNumber(to) + 1;
  const x = (day: number) => PAD_LEFT + ((day - d0) / (d1 - d0)) * (width - PAD_LEFT - PAD_RIGHT);
  const inWindow = model.events.filter((e) => {
    const d = parsePartialDate(e.date);
    const day = d ? dayNumber(firstDay(d)) : NaN;
    return day >= d0 && day < d1;
  });
  const citedSet = new Set(cited);
  const named = inWindow.filter((e) => citedSet.has(e.id));
  const lanesTop = TOP + named.length * LABEL + 8;
  const height = lanesTop + TRACKS.length * LANE + 24;
  const lane = (track: string) => Math.max(0, TRACKS.findIndex((t) => t.id === track));
  const cy = (track: string) => lanesTop + lane(track) * LANE + LANE / 2;
  const dayOf = (text: string) => dayNumber(firstDay(parsePartialDate(text)!));
  const at = (n: number) => n.toFixed(1);

  const lanes = TRACKS.map((t, i) => [
    h("line", { x1: 0, x2: width, y1: lanesTop + (i + 1) * LANE, y2: lanesTop + (i + 1) * LANE, stroke: "var(--border)" }),
    h("text", { x: PAD_LEFT, y: lanesTop + i * LANE + 11, "font-size": 10, fill: "var(--fg-muted)" }, t.label.toUpperCase()),
  ]);
  const ticks = timeTicks(d0, d1, width / 80).map((t) => {
    const tx = x(t.day);
    return h(
      "g",
      {},
      h("line", { x1: at(tx), x2: at(tx), y1: lanesTop, y2: height - 22, stroke: "var(--border)", "stroke-dasharray": t.major ? undefined : "2 3" }),
      h("text", { x: at(tx), y: height - 8, "font-size": 11, "text-anchor": tx > width - 40 ? "end" : tx < 40 ? "start" : "middle", fill: "var(--fg-muted)" }, t.label),
    );
  });
  const dots = (inWindow.length > STORY_MAX_DOTS ? oneDotPerSpot(inWindow, citedSet, (e) => `${x(dayOf(e.date)).toFixed(0)}|${e.track}`) : inWindow.map((e) => ({ e, more: 0 }))).map(({ e, more }) => {
    const isCited = citedSet.has(e.id);
    return h(
      "circle",
      {
        "data-event-id": e.id,
        "data-story-highlight": isCited,
        cx: at(x(dayOf(e.date))),
        cy: cy(e.track),
        r: isCited ? 7 : 4,
        fill: TRACKS[lane(e.track)]!.color,
        stroke: isCited ? "var(--fg)" : "var(--mark-edge)",
        "stroke-width": isCited ? 2 : 1,
      },
      h("title", {}, `${formatPartialDate(e.date)}: ${e.headline}${more ? ` and ${plural(more, "more event")} here` : ""}`),
    );
  });
  // Names of the cited events, one row each above the lanes, tied to their dots by a leader.
  const labels = named.map((e, i) => {
    const ex = x(dayOf(e.date));
    const y = TOP + i * LABEL;
    const text = `${formatPartialDate(e.date)}: ${shortLabel(e.headline, width < 480 ? 30 : 60)}`;
    // Bold, measured with the widest common system font, so an end-anchored name never starts left of the frame.
    const w = bodyTextWidth(text, 11, true);
    const anchorEnd = ex + w > width - PAD_RIGHT;
    const tx = anchorEnd ? Math.max(w + PAD_LEFT, ex) : ex;
    return [
      h("line", { x1: at(ex), x2: at(ex), y1: y + 2, y2: cy(e.track) - 7, stroke: "var(--fg-muted)", "stroke-width": 1 }),
      h("text", { x: at(tx), y, "font-size": 11, "font-weight": 600, "text-anchor": anchorEnd ? "end" : "start", fill: "var(--fg)" }, text),
    ];
  });
  const mx = x(dayNumber(date) + 0.5);
  const marker = [
    h("line", { x1: at(mx), x2: at(mx), y1: lanesTop, y2: height - 22, stroke: "var(--accent)", "stroke-width": 2 }),
    h("text", { x: at(mx + (mx > width - 90 ? -4 : 4)), y: TOP - 12, "font-size": 11, "text-anchor": mx > width - 90 ? "end" : "start", fill: "var(--accent)" }, formatPartialDate(date)),
  ];
  const label = `Timeline from ${formatPartialDate(from)} to ${formatPartialDate(to)}: ${inWindow.length} events, ${named.length} of them named`;
  const root = h(
    "svg",
    { class: "story-svg", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": label, "font-family": CHART_FONT },
    h("g", {}, lanes),
    h("g", {}, ticks),
    marker,
    h("g", {}, labels),
    h("g", {}, dots),
  );
  const description = `${label}. ` + named.map((e) => `${formatPartialDate(e.date)}, ${trackLabel(e.track)}: ${e.headline}.`).join(" ");
  return { drawing: { svg: render(root), width, height }, description };
}
