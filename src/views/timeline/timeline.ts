// The timeline: every event on one time axis, in lanes by track, with eras shaded behind. Built at
// build time as a tree of SVG elements (src/charts/dom.ts), so every text from data is escaped on
// the way out; each mark is a link to its event page, so the chart works without JavaScript. The
// browser script (src/views/timeline/timeline-island.ts) only moves marks when zooming and panning,
// shows the labels whose precomputed level fits, filters and opens details.

import { SEMIBOLD_MARGIN, textWidth } from "../../charts/text-width.ts";
import type { Model } from "../../data/model.ts";
import type { EventRow } from "../../data/tables.generated.ts";
import { formatPartialDate } from "../../data/dates.ts";
import { href, paths } from "../../site/paths.ts";
import type { Chart, Drawing } from "../../charts/chart.ts";
import { TRACKS, trackLabel } from "../../charts/palette.ts";
import { dayNumber, eventDays, eventPlace, fraction, timeTicks, type Domain } from "./timeline-scale.ts";
import { ANY_WIDTH_FROM, ANY_WIDTH_LEVELS, placeLabels, type LabelItem } from "./timeline-labels.ts";
import { axisTick } from "./timeline-axis.ts";
import { placeEraNames } from "./timeline-eras.ts";
import { h, num, render } from "../../charts/dom.ts";
import { CHART_FONT } from "../../charts/font.ts";
import { densityMarks, drawsDensity, maxMarks, monthBins, monthOf } from "./timeline-density.ts";
import { DETAIL_MAX_EVENTS, type LoadedMonth as MonthData } from "./timeline-periods.ts";
import { markClass, markPaint, markTitle } from "./timeline-mark.ts";

/** Geometry shared with the browser script through data attributes on the SVG. */
export const TIMELINE = {
  width: 960,
  padLeft: 12,
  padRight: 12,
  eraBand: 20,
  laneTitle: 16,
  labelRow: 15,
  labelRows: 3,
  markRow: 18,
  laneGap: 8,
  axis: 26,
  fontSize: 11.5,
  labelChars: 42,
};

/** Labels of events in the last few months of the span extend leftwards, so they can be read at all. */
const END_ANCHOR = 0.97;

/**
 * The size a drawing is made for. The wide drawing is the chart (page, embed, downloads); the
 * narrow one is what a phone shows without JavaScript: drawn at about a phone's width, so its text
 * keeps its size (11.5 px) instead of shrinking to a third, with shorter labels and those in the
 * later half extending leftwards so the busy recent years are labelled too.
 */
export interface TimelineSize {
  width: number;
  labelChars: number;
  /** Labels of events after this fraction of the span extend leftwards. */
  endAnchor: number;
  /** Suffix of ids inside the drawing, unique per drawing on a page. */
  idSuffix: string;
  /** Size of the era names and the axis's years. */
  smallFont: number;
}

export const WIDE: TimelineSize = { width: TIMELINE.width, labelChars: TIMELINE.labelChars, endAnchor: END_ANCHOR, idSuffix: "", smallFont: 11 };
// 300 units wide: a 320-px phone (288 px for the chart) still draws its text at 11 px or more.
export const NARROW: TimelineSize = { width: 300, labelChars: 30, endAnchor: 0.5, idSuffix: "-narrow", smallFont: 11.5 };

const innerWidth = (size: TimelineSize = WIDE) => size.width - TIMELINE.padLeft - TIMELINE.padRight;
const laneHeight = () => TIMELINE.laneTitle + TIMELINE.labelRows * TIMELINE.labelRow + TIMELINE.markRow + TIMELINE.laneGap;
/**
 * Zoomed into a dense timeline, the island draws the events one by one once the window holds at
 * most this many: a third of the density threshold (a lowered threshold, in tests, lowers it too).
 */
const detailMax = () => Math.min(DETAIL_MAX_EVENTS, Math.max(1, Math.floor(maxMarks() / 3)));
/** "3 March 2025", or "3 March 2025 to 5 April 2025" for an event that spans days. */
const eventWhen = (e: EventRow) => formatPartialDate(e.date) + (e.end ? ` to ${formatPartialDate(e.end)}` : "");
/** Where a label's text sits in its lane's `row` (0: the lowest, just above the marks). */
const labelBaseline = (lane: number, row: number) => TIMELINE.eraBand + lane * laneHeight() + TIMELINE.laneTitle + (TIMELINE.labelRows - row) * TIMELINE.labelRow - 4;
/** The centre line of a lane's marks. */
const markY = (lane: number) => TIMELINE.eraBand + lane * laneHeight() + TIMELINE.laneTitle + TIMELINE.labelRows * TIMELINE.labelRow + TIMELINE.markRow / 2;

export interface PlacedEvent {
  event: EventRow;
  lane: number;
  /** Fractions of the full span: the anchor, and the first and last day the event covers. */
  f: number;
  f0: number;
  f1: number;
  /** The date is a month or year, not a day. */
  imprecise: boolean;
  radius: number;
  dodge: number;
  label: string;
  level: number | null;
  row: number | null;
}

export interface TimelineLayout {
  domain: Domain;
  events: PlacedEvent[];
}

const span = (event: EventRow) => eventDays(event.date, event.end);

export function shortLabel(headline: string, max = TIMELINE.labelChars): string {
  if (headline.length <= max) return headline;
  const cut = headline.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, "")}…`;
}

/** Positions, dodges and label levels for every event; pure, so tests can check it directly. */
/** From the first January to a little after the last event: no empty months at the right. */
function timelineDomain(spans: readonly { first: number; last: number }[]): Domain {
  // Loops rather than Math.min(...spans): spreading tens of thousands of arguments overflows the stack.
  let first = Infinity;
  let lastDayOfData = -Infinity;
  for (const s of spans) {
    if (s.first < first) first = s.first;
    if (s.last > lastDayOfData) lastDayOfData = s.last;
  }
  const firstYear = new Date(first * 86_400_000).getUTCFullYear();
  const start = dayNumber(`${firstYear}-01-01`);
  return { start, end: Math.ceil(lastDayOfData + 1 + (lastDayOfData - start) * 0.015) };
}

/** Where each event sits on the axis of `domain`, with events on one day in one lane stacked a little. */
function placeEvents(events: readonly EventRow[], domain: Domain, labelChars: number): PlacedEvent[] {
  const lanes = new Map(TRACKS.map((t, i) => [t.id, i]));
  // Events on the same day in the same lane would hide each other: stack them a little.
  const seen = new Map<string, number>();
  return events.map((event) => {
    const { anchorDay, f, f0, f1 } = eventPlace(event.date, event.end, domain);
    const imprecise = event.date.length < 10;
    const lane = lanes.get(event.track)!;
    const key = `${lane}:${Math.floor(anchorDay)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      event,
      lane,
      f,
      f0,
      f1,
      imprecise,
      radius: [0, 3.5, 4.5, 6][event.importance] ?? 4.5,
      dodge: n === 0 ? 0 : (n % 2 === 1 ? -1 : 1) * Math.ceil(n / 2) * 5,
      label: shortLabel(event.headline, labelChars),
      level: null,
      row: null,
    };
  });
}

export function layoutTimeline(model: Model, size: TimelineSize = WIDE): TimelineLayout {
  const domain = timelineDomain(model.events.map(span));
  const placed = placeEvents(model.events, domain, size.labelChars);

  const items: LabelItem[] = placed.map((p) => ({
    id: p.event.id,
    lane: p.lane,
    f: p.f,
    width: labelWidth(p.label),
    anchor: p.f > size.endAnchor ? "end" : "start",
    priority: p.event.importance,
  }));
  const placements = placeLabels(items, innerWidth(size), TIMELINE.labelRows);
  for (const p of placed) {
    const at = placements.get(p.event.id);
    p.level = at?.level ?? null;
    p.row = at?.row ?? null;
  }
  return { domain, events: placed };
}

/**
 * Pixel width of a label in the system sans-serif (the shared, calibrated estimate). Made here, in
 * the build, only: the island reads the widths off the drawing (data-w), and the page's script
 * does without the font-width tables.
 */
export const estimateTextWidth = (text: string, fontSize: number): number => Math.ceil(textWidth(text, fontSize));

const labelWidth = (label: string) => estimateTextWidth(label, TIMELINE.fontSize) + 10;

/**
 * The wide drawing's labels placed for a chart narrower than the build's (a phone, a tablet, a
 * narrow embed), where the island redraws it at its own width with labels in the later half
 * extending leftwards: "<span> <row>", the label showing once the full span is <span> pixels wide.
 * Placed here once, so the island need not place them on a phone's slow start-up.
 */
function narrowPlacements(events: readonly PlacedEvent[]): Map<string, string> {
  const items: LabelItem[] = events.filter((p) => p.level !== null).map((p) => ({
    id: p.event.id, lane: p.lane, f: p.f, width: labelWidth(p.label), anchor: p.f > NARROW.endAnchor ? "end" : "start", priority: p.event.importance,
  }));
  const placed = placeLabels(items, ANY_WIDTH_FROM, TIMELINE.labelRows, undefined, ANY_WIDTH_LEVELS, true);
  // Rounded up: a label may show a fraction of a pixel late, never early.
  return new Map([...placed].map(([id, at]) => [id, `${Math.ceil(at.level * ANY_WIDTH_FROM - 1e-9)} ${at.row}`]));
}

/** The timeline drawn at one size; at scale, counts per month instead of a mark per event (src/views/timeline/timeline-density.ts). */
function drawTimeline(model: Model, size: TimelineSize): { drawing: Drawing; layout: TimelineLayout; bins: ReturnType<typeof monthBins> } {
  const dense = drawsDensity(model.events);
  const layout: TimelineLayout = dense ? { domain: timelineDomain(model.events.map(span)), events: [] } : layoutTimeline(model, size);
  const { domain } = layout;
  const w = innerWidth(size);
  const x = (f: number) => TIMELINE.padLeft + f * w;
  const laneTop = (lane: number) => TIMELINE.eraBand + lane * laneHeight();
  const height = TIMELINE.eraBand + TRACKS.length * laneHeight() + TIMELINE.axis;
  const plotBottom = height - TIMELINE.axis;

  const bands = model.eras.map((era) => {
    const f0 = Math.max(0, fraction(domain, dayNumber(era.start)));
    const f1 = Math.min(1, fraction(domain, dayNumber(era.end) + 1));
    return { era, f0, f1, name: era.name, short: era.shortName, x0: x(f0), x1: x(f1) };
  });
  // The names are set semibold (below), wider than a label.
  const eraWidth = (text: string) => Math.ceil(textWidth(text, size.smallFont) * SEMIBOLD_MARGIN);
  const eraNames = placeEraNames(bands, TIMELINE.padLeft, size.width - TIMELINE.padRight, eraWidth);
  const eras = bands.map(({ era, f0, f1 }, i) =>
    h(
      "g",
      { class: `tl-era tl-era-${i % 2}`, "data-era-id": era.id, "data-f0": f0.toFixed(6), "data-f1": f1.toFixed(6) },
      h("rect", { x: x(f0), y: 0, width: (f1 - f0) * w, height: plotBottom, fill: `var(--era-${i % 2 === 0 ? "a" : "b"})` }),
      // The full and short names, with their widths, ride along for the island, which places them
      // again at its width.
      h(
        "text",
        {
          x: eraNames[i]!.x, y: 14, "font-size": size.smallFont, "font-weight": 600, fill: "var(--fg-muted)",
          "data-name": era.name, "data-w": eraWidth(era.name), "data-short": era.shortName || null, "data-short-w": era.shortName ? eraWidth(era.shortName) : null,
          display: eraNames[i]!.shown ? null : "none",
        },
        eraNames[i]!.text,
      ),
      h("title", {}, era.name),
    ),
  );

  const lanes = TRACKS.map((t, i) => {
    const top = laneTop(i);
    return h(
      "g",
      { class: "tl-lane", "data-track": t.id },
      h("line", { x1: 0, x2: size.width, y1: top + 0.5, y2: top + 0.5, stroke: "var(--border)" }),
      // The lane's title with a dot of its colour is the chart's key: each title says what its colour means.
      h(
        "g",
        { "data-key-item": true },
        h("circle", { cx: TIMELINE.padLeft + 4, cy: top + 8, r: 4, fill: t.color, stroke: "var(--mark-edge)", "stroke-width": 1 }),
        h("text", { class: "tl-lane-title", x: TIMELINE.padLeft + 12, y: top + 12, "font-size": 11, "font-weight": 600, "letter-spacing": 0.5, fill: "var(--fg-muted)" }, t.label.toUpperCase()),
      ),
    );
  });

  const tickFrame = { width: size.width, top: TIMELINE.eraBand, bottom: plotBottom, fontSize: size.smallFont };
  const ticks = timeTicks(domain.start, domain.end, w / 70).map((t) => {
    const tx = x(fraction(domain, t.day));
    return axisTick(h, t, tx, num(tx), tickFrame);
  });

  const bins = dense ? monthBins(model.events, domain) : [];
  // Only the wide drawing becomes interactive (timeline-access.ts takes the narrow one away), so
  // only it carries what the island reads: each event's data, accessible name and hidden labels.
  // The narrow one is what a phone shows without scripts: marks, the labels placed at its width,
  // and links; its svg is aria-hidden, and the table under the chart names every event. A share
  // card's drawing (drawFor) is a picture, and keeps the same.
  const interactive = !size.idSuffix;
  const narrowAt = dense || !interactive ? new Map<string, string>() : narrowPlacements(layout.events);
  const markTop = (lane: number) => laneTop(lane) + TIMELINE.laneTitle;
  // The bar under a mark covers the days its event spans. Most events are one day, under a pixel
  // at this width: the interactive drawing gives them a bar without position or width, which the
  // island sets when it draws the chart at its own width and zoom (a day grows wide zoomed in), and
  // a drawing that is never redrawn leaves them out. Their coordinates were an eighth of the event
  // marks' weight in the page, for nothing a reader could see.
  const spanRect = (p: (typeof layout.events)[number], cy: number, color: string) => {
    const width = Math.max(0, (p.f1 - p.f0) * w);
    const seen = width >= 1;
    if (!seen && !interactive) return null;
    return h("rect", { class: "tl-span", x: seen ? x(p.f0) : null, y: cy - 3, width: seen ? width : null, height: 6, rx: 3, fill: color, opacity: 0.35 });
  };
  const marks = dense
    ? densityMarks(bins, {
        x,
        band: (lane) => ({ top: markTop(lane), height: TIMELINE.labelRows * TIMELINE.labelRow + TIMELINE.markRow - 2 }),
        monthHref: (month) => paths.timelineMonth(month),
      })
    : layout.events.map((p) => {
        const e = p.event;
        const top = laneTop(p.lane);
        const cy = markY(p.lane) + p.dodge;
        const color = TRACKS[p.lane]!.color;
        const when = eventWhen(e);
        const cx = x(p.f);
        const anchorEnd = p.f > size.endAnchor;
        const labelY = labelBaseline(p.lane, p.row ?? 0);
        const hidden = p.level === null || p.level > 1;
        const data = interactive && {
          "data-event-id": e.id, "data-track": e.track,
          // Its place on the axis the island works out from the dates (eventPlace): 1.9 KB of
          // numbers less in the page.
          "data-date": e.date, "data-end": e.end || null,
        };
        return h(
          "a",
          { class: "tl-event", href: paths.event(e.id), tabindex: "-1", ...data },
          spanRect(p, cy, color),
          h("circle", { class: markClass(p.imprecise), cx, cy, r: p.radius, ...markPaint(p.imprecise, color) }),
          p.level !== null &&
            (interactive || !hidden) &&
            h(
              "text",
              {
                class: "tl-label", display: hidden ? "none" : null, fill: "var(--fg)",
                ...(interactive && { "data-level": p.level, "data-row": p.row, "data-w": labelWidth(p.label), "data-narrow": narrowAt.get(e.id) ?? null }),
                x: cx + (anchorEnd ? -4 : 4), y: labelY, "text-anchor": anchorEnd ? "end" : "start",
              },
              p.label,
            ),
          interactive && h("title", {}, markTitle(when, trackLabel(e.track), e.headline)),
        );
      });

  const svg = render(
    h(
      "svg",
      {
        class: size.idSuffix ? `timeline-svg timeline-svg${size.idSuffix}` : "timeline-svg",
        viewBox: `0 0 ${size.width} ${height}`, width: size.width, height,
        "data-domain-start": domain.start, "data-domain-end": domain.end, "data-pad-left": TIMELINE.padLeft, "data-pad-right": TIMELINE.padRight,
        "font-size": TIMELINE.fontSize, "font-family": CHART_FONT,
        "data-base-width": w, "data-label-rows": TIMELINE.labelRows, "data-density": dense ? "month" : null,
        // Where each month's events are (/timeline/YYYY-MM.json), for the island to draw them when zoomed in.
        "data-months-at": dense ? paths.timeline() : null, "data-detail-max": dense ? detailMax() : null,
        // Where event pages are: a link to an event not drawn yet learns its month from its page.
        "data-events-at": dense ? href("/events/") : null,
        "data-era-band": TIMELINE.eraBand, "data-plot-bottom": plotBottom, "aria-hidden": "true", focusable: "false",
      },
      h("defs", {}, h("clipPath", { id: `tl-clip${size.idSuffix}` }, h("rect", { x: 0, y: 0, width: size.width, height }))),
      h("g", { class: "tl-eras" }, eras),
      h("g", { class: "tl-lanes", "data-key": true }, lanes),
      h("g", { class: "tl-axis" }, ticks),
      h("g", { class: "tl-events", "clip-path": `url(#tl-clip${size.idSuffix})` }, marks),
      // The ?date= marker (wide drawing only): drawn here, shown and moved by src/views/timeline/timeline-as-of.ts.
      !size.idSuffix &&
        h(
          "g",
          { class: "tl-as-of", "data-as-of-marker": true, display: "none" },
          h("line", { x1: 0, x2: 0, y1: TIMELINE.eraBand, y2: plotBottom, stroke: "var(--accent)", "stroke-width": 2 }),
          h("text", { x: 0, y: TIMELINE.eraBand + 12, "font-size": 11, "font-weight": 600, fill: "var(--fg)" }),
        ),
    ),
  );
  // The wide drawing has a fixed height: the island redraws it at its frame's width in CSS pixels,
  // keeping this height (embed sizes are computed from it, src/embed/embed-size.ts). The narrow
  // drawing is never redrawn: it scales with its frame.
  return { drawing: { svg, width: size.width, height, fixedHeight: !size.idSuffix }, layout, bins };
}

export function timelineChart(model: Model): Chart {
  const dense = drawsDensity(model.events);
  const { drawing, layout, bins } = drawTimeline(model, WIDE);
  const narrow = drawTimeline(model, NARROW);

  const years = model.events.map((e) => e.date.slice(0, 4));
  const perTrack = new Map<string, number>();
  for (const e of model.events) perTrack.set(e.track, (perTrack.get(e.track) ?? 0) + 1);
  const counts = TRACKS.map((t) => `${t.label}: ${perTrack.get(t.id) ?? 0}`).join(", ");
  const monthLinks = bins.map((b) => paths.timelineMonth(b.month));
  return {
    id: "timeline",
    title: "Timeline of sanctions, talks and the minerals deal",
    takeaway: `${model.events.length} events from ${years[0]} to ${years[years.length - 1]}; most fall in 2025, when talks on easing sanctions began.`,
    description:
      `A time axis from ${years[0]} to ${years[years.length - 1]} with one lane per track (${counts}). ` +
      `Shaded eras: ${model.eras.map((e) => `${e.name} from ${formatPartialDate(e.start)}`).join("; ")}. ` +
      (dense
        ? "Each bar is one month's events in that track, taller for more events; every month links to its own list of events."
        : "Every event is listed below in time order with its date, headline and sources."),
    drawing,
    narrow: narrow.drawing,
    // The axis stretches: a share card's wide, short area gets the same lanes, wider, at the same scale.
    drawFor: (box) => drawTimeline(model, { ...WIDE, width: Math.max(WIDE.width, Math.round((drawing.height * box.width) / box.height)), idSuffix: "-card" }).drawing,
    // At scale the chart draws counts per month, and that is its data.
    ...(dense
      ? {
          columns: [
            { key: "month", label: "Month" },
            { key: "track", label: "Track" },
            { key: "events", label: "Events" },
          ],
          rows: bins.map((b) => ({ month: b.month, track: b.track, events: b.count })),
          rowLinks: monthLinks,
        }
      : {
    columns: [
      { key: "date", label: "Date" },
      { key: "end", label: "End" },
      { key: "track", label: "Track" },
      { key: "importance", label: "Importance" },
      { key: "headline", label: "Headline" },
      { key: "id", label: "Event id" },
    ],
    rows: layout.events.map((p) => ({
      date: p.event.date,
      end: p.event.end,
      track: p.event.track,
      importance: p.event.importance,
      headline: p.event.headline,
      id: p.event.id,
    })),
    rowLinks: layout.events.map((p) => paths.event(p.event.id)),
        }),
    sources: [...new Set(model.events.flatMap((e) => e.sources))],
    notes: dense
      ? "Bars count events by the month they began; an event dated to a year only counts in its January."
      : "Hollow marks are dated to a month or year only; bars show events that span several days.",
    page: "/timeline/",
  };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Each month's events as the dense timeline's island needs them to draw them one by one
 * (/timeline/YYYY-MM.json): positions on the same axis as the bars, computed once here for every
 * month. Text is data; the island sets it as text, never as markup.
 */
export function timelineMonths(model: Model): Map<string, MonthData> {
  const domain = timelineDomain(model.events.map(span));
  const tracks = Object.fromEntries(TRACKS.map((t) => [t.id, { label: t.label, color: t.color }]));
  const out = new Map<string, MonthData>();
  for (const p of placeEvents(model.events, domain, TIMELINE.labelChars)) {
    const e = p.event;
    const month = monthOf(e);
    let data = out.get(month);
    if (!data) out.set(month, (data = { month, tracks, events: [] }));
    data.events.push({
      id: e.id, f: round6(p.f), f0: round6(p.f0), f1: round6(p.f1), y: markY(p.lane) + p.dodge, r: p.radius,
      track: e.track, imprecise: p.imprecise, date: e.date,
      // The island places the labels of the events it draws, as it does for a filtered timeline.
      label: { text: p.label, w: labelWidth(p.label), y: labelBaseline(p.lane, 0), anchor: p.f > END_ANCHOR ? "end" : "start" },
      when: eventWhen(e),
      headline: e.headline, summary: e.summary, href: paths.event(e.id),
    });
  }
  return out;
}
