// The timeline's interaction. The SVG arrives fully drawn; this script only moves what is already
// there when the reader zooms or pans, shows the labels whose precomputed level fits the zoom,
// filters, and opens an event's details. All of it is mirrored in the URL.

import { dayAt, dayNumber, eventPlace, fraction, isoOfDay, timeTicks, type Domain } from "./timeline-scale.ts";
import { labelVisible, placeLabels, type LabelItem } from "./timeline-labels.ts";
import { axisTick } from "./timeline-axis.ts";
import { closeOpened, pushOpened, readState, revealSelection, writeState } from "../../client/url-state.ts";
import { eventShown, filterQuery, readTimelineState, shortCount, windowQuery, type TimelineFilter } from "./timeline-state.ts";
import { followOldEvent } from "./old-ids.ts";
import type { TimelineAsOf } from "./timeline-as-of.ts";
import { asksForDate } from "../../site/as-of/date-keys.ts";
import { windowCountText, zoomInWindow, zoomOutWindow } from "./timeline-window.ts";
import { placeEraNames } from "./timeline-eras.ts";
import { formatPartialDate } from "../../data/dates.ts";
import { dragZoom } from "../../client/drag-zoom.ts";
import { eventPages } from "./event-pages.ts";
import { clampWindow, panWindow, zoomWindow } from "./timeline-zoom.ts";
import { s, setAttr } from "../../client/dom.ts";
import { keyStep, rovingStop } from "../../client/roving.ts";
import { timelineKey } from "./timeline-keys.ts";
import type { LoadedEvent, LoadedMonth, Track } from "./timeline-periods.ts";
import { timelineAccess, useInteractiveDrawing } from "./timeline-access.ts";
import { markHeadline } from "./timeline-mark.ts";

/** Narrowest window: one week across the chart. */
const MIN_DAYS = 7;

interface Mark {
  id: string;
  el: SVGAElement;
  track: string;
  f: number;
  f0: number;
  f1: number;
  circle: SVGCircleElement;
  span: SVGRectElement;
  label: SVGTextElement | null;
  /** Precomputed placement for the unfiltered view (from the build). */
  baseLevel: number | null;
  baseRow: number | null;
  /** Precomputed placement for a chart narrower than the build's: shown from this full-span width in pixels. */
  narrowSpan: number | null;
  narrowRow: number | null;
  level: number | null;
  row: number | null;
  item: HTMLElement | null;
  /** A dense timeline's event drawn from its month's file: what the detail panel shows. */
  loaded?: { event: LoadedEvent; track: Track };
  actors: string[];
  headline: string;
  visible: boolean;
}

/** Hide with SVG's own display attribute, which downloads and embeds keep (classes need our CSS). */
function setShown(el: Element, shown: boolean): void {
  if (shown === !el.hasAttribute("display")) return;
  if (shown) el.removeAttribute("display");
  else el.setAttribute("display", "none");
}

/** A dense timeline's code (timeline-dense.ts), fetched only where the build drew month bars. */
export type DenseCode = typeof import("./timeline-dense.ts");

/**
 * Starts the timeline inside `root`, on its page or in its embed: the interactive drawing, then the
 * island, then touch and keyboard access. Where the build drew month bars, their code comes first.
 */
export function startTimeline(root: HTMLElement): void {
  // Should that code fail to arrive, the page stays as it is without scripting: bars linking to
  // their months' pages.
  const start = (dense?: DenseCode) => {
    useInteractiveDrawing(root);
    initTimeline(root, dense);
    timelineAccess(root);
  };
  if (root.querySelector("svg.timeline-svg a.tl-bin")) void import("./timeline-dense.ts").then(start);
  else start();
}

/**
 * Wire up a timeline inside `root`. On the timeline page root holds the filters, zoom buttons,
 * panel and list; in an embed it holds only the chart, which then just fits its width, zooms by
 * gesture and keyboard, and opens an event's page when a mark is chosen. `dense` is there whenever
 * the chart has month bars (startTimeline sees to it); only their code paths use it.
 */
export function initTimeline(root: HTMLElement, dense?: DenseCode): void {
  const svg = root.querySelector<SVGSVGElement>("svg.timeline-svg");
  const form = root.querySelector<HTMLFormElement>("[data-controls]");
  const zoomBar = root.querySelector<HTMLElement>("[data-zoom]");
  const panel = root.querySelector<HTMLElement>("[data-panel]");
  if (!svg) return;
  const num = (name: string) => Number(svg.dataset[name]);
  const padLeft = num("padLeft");
  const padRight = num("padRight");
  const baseWidth = num("baseWidth");
  // Measured before anything below changes the page, while the first paint's layout is still
  // valid: read after the controls are revealed, it made the browser lay the page out again.
  let width = svg.clientWidth || baseWidth + padLeft + padRight;

  const domain: Domain = { start: num("domainStart"), end: num("domainEnd") };
  const height = svg.viewBox.baseVal.height;
  const labelRowHeight = 15;
  const labelRows = Number(svg.dataset.labelRows);
  const total = domain.end - domain.start;
  const minSpan = MIN_DAYS / total;

  // One pass over the list, not one attribute-selector query per event: that lookup scanned the
  // whole page for every mark (quadratic; 6 of 8 seconds of start-up at 100 times today's data).
  const items = new Map<string, HTMLElement>();
  // An item's id is "item-" and its event's (Timeline.astro).
  for (const li of root.querySelectorAll<HTMLElement>('li[id^="item-"]')) if (!items.has(li.id.slice(5))) items.set(li.id.slice(5), li);
  const marks: Mark[] = [...svg.querySelectorAll<SVGAElement>("a.tl-event")].map((el) => {
    const id = el.dataset.eventId!;
    const label = el.querySelector<SVGTextElement>("text.tl-label");
    const item = items.get(id) ?? null;
    const level = label ? Number(label.dataset.level) : null;
    const row = label ? Number(label.dataset.row) : null;
    const narrowAt = label?.dataset.narrow?.split(" ").map(Number);
    const { f, f0, f1 } = eventPlace(el.dataset.date!, el.dataset.end, domain);
    return {
      id, el, label, item, level, row, baseLevel: level, baseRow: row,
      narrowSpan: narrowAt?.[0] ?? null, narrowRow: narrowAt?.[1] ?? null,
      track: el.dataset.track!,
      f, f0, f1,
      circle: el.querySelector("circle")!,
      span: el.querySelector("rect")!,
      actors: (item?.dataset.actors ?? "").split(" ").filter(Boolean),
      headline: markHeadline(el),
      visible: true,
    };
  });
  const byId = new Map(marks.map((m) => [m.id, m]));
  // At scale the chart draws counts per month (src/views/timeline/timeline-density.ts): bars to move on zoom.
  const bins = [...svg.querySelectorAll<SVGAElement>("a.tl-bin")].map((el) => ({
    el, rect: el.querySelector("rect")!, f0: Number(el.dataset.f0), f1: Number(el.dataset.f1), month: el.dataset.month ?? "", count: Number(el.dataset.count), track: el.dataset.track!,
  }));
  const buildAnchor = new Map(marks.map((m) => [m.id, m.label?.getAttribute("text-anchor") ?? "start"]));
  const labelY0 = new Map(marks.map((m) => [m.id, m.label ? Number(m.label.getAttribute("y")) + (m.row ?? 0) * labelRowHeight : 0]));

  // ---- state, from the URL
  const params = readState();
  const view = { v0: 0, v1: 1 };
  // A dense timeline starts with bars only: its tracks are theirs.
  const lanes = [...new Set([...marks, ...bins].map((m) => m.track))];
  const start = readTimelineState(params, lanes);
  if (start.range) setView(fraction(domain, dayNumber(start.range.from)), fraction(domain, dayNumber(start.range.to) + 1));
  let filter: TimelineFilter = start;
  // A dense timeline filters by track only (Timeline.astro): an actor or words from a shared address
  // would hide drawn events that the bars still count. The words go to its search field instead.
  if (bins.length > 0 && (filter.actor || filter.text)) {
    const q = root.querySelector<HTMLInputElement>('input[name="q"]');
    if (q) q.value = filter.text;
    filter = { ...filter, actor: "", text: "" };
    writeState({ actor: null, text: null });
  }
  let selected: string | null = null;
  let focused: Mark | undefined;

  // ---- reveal the interactive parts (without JS they stay hidden and the list does the job)
  const filters = root.querySelector<HTMLDetailsElement>("[data-filters]");
  if (filters) {
    filters.hidden = false;
    // On a phone the list is the main view: filters start folded away unless a filter is in the URL.
    filters.open = matchMedia("(min-width: 48rem)").matches || params.has("track") || params.has("actor") || params.has("text");
  }
  if (zoomBar) zoomBar.hidden = false;
  svg.removeAttribute("aria-hidden");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-roledescription", "timeline");
  svg.setAttribute("aria-label", bins.length > 0 ? "Timeline: events per month and track" : `Timeline of ${marks.length} events`);
  if (root.querySelector("#tl-help")) svg.setAttribute("aria-describedby", "tl-help");
  if (form) {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="track"]')) input.checked = filter.tracks.has(input.value);
    // A dense timeline's form has tracks only (Timeline.astro).
    const actor = form.elements.namedItem("actor") as HTMLSelectElement | null;
    const text = form.elements.namedItem("text") as HTMLInputElement | null;
    if (actor) actor.value = filter.actor;
    if (text) text.value = filter.text;
  }

  // ---- geometry
  const inner = () => width - padLeft - padRight;
  /** The width labels are placed for: the build's, or the chart's own when it is narrower. */
  const labelBase = () => Math.min(baseWidth, Math.round(inner()));
  let placedFor = baseWidth;
  const spanPx = () => inner() / (view.v1 - view.v0);
  const xOf = (f: number) => padLeft + (f - view.v0) * spanPx();

  function setView(v0: number, v1: number): void {
    Object.assign(view, clampWindow(v0, v1, minSpan));
  }
  /** Move the window there, draw it, and write it to the address once the reader pauses. */
  function goTo(v0: number, v1: number): void {
    setView(v0, v1);
    draw();
    saveView();
  }
  /** The window, as wide as it is, centred on `f`. */
  function centreOn(f: number): void {
    const span = view.v1 - view.v0;
    goTo(f - span / 2, f + span / 2);
  }

  /** The window and width the axis was drawn for: a filter change leaves its ticks as they are. */
  let axisFor = "";
  function drawAxis(): void {
    const key = `${view.v0}|${view.v1}|${width}`;
    if (key === axisFor) return;
    axisFor = key;
    const frame = { width, top: num("eraBand"), bottom: num("plotBottom"), fontSize: 11 };
    const ticks = timeTicks(dayAt(domain, view.v0), dayAt(domain, view.v1), inner() / 70).map((t) => {
      const x = xOf(fraction(domain, t.day));
      return axisTick<SVGElement>(s, t, x, x.toFixed(1), frame);
    });
    svg!.querySelector("g.tl-axis")!.replaceChildren(...ticks);
  }

  /** The era names' widths, full and short: the build's estimates (timeline.ts), read off the drawing once. */
  const eraNameWidths = new Map<string, number>();
  for (const { dataset: d } of svg.querySelectorAll<SVGTextElement>("g.tl-era text")) {
    eraNameWidths.set(d.name ?? "", Number(d.w));
    if (d.short) eraNameWidths.set(d.short, Number(d.shortW));
  }

  /** The width the frame was last drawn at: a zoom or pan leaves the frame's size alone. */
  let framedFor = NaN;
  function draw(): void {
    // Writing the SVG's own width, even unchanged, makes the whole page lay out again (990 layout
    // objects on today's timeline) instead of only the chart's (about 610).
    if (width !== framedFor) {
      framedFor = width;
      svg!.setAttribute("viewBox", `0 0 ${width} ${height}`);
      svg!.setAttribute("width", String(width));
      svg!.querySelector("#tl-clip rect")?.setAttribute("width", String(width));
      for (const line of svg!.querySelectorAll("g.tl-lane line")) line.setAttribute("x2", String(width));
    }
    const eras = [...svg!.querySelectorAll<SVGGElement>("g.tl-era")].map((era) => ({
      era,
      name: era.querySelector("text")!,
      x0: Math.max(padLeft, xOf(Number(era.dataset.f0))),
      x1: Math.min(width - padRight, xOf(Number(era.dataset.f1))),
    }));
    // An era's name may run on past a narrow band (src/views/timeline/timeline-eras.ts).
    const names = placeEraNames(eras.map((e) => ({ name: e.name.dataset.name ?? "", short: e.name.dataset.short, x0: e.x0, x1: e.x1 })), padLeft, width - padRight, (text) => eraNameWidths.get(text) ?? 0);
    eras.forEach(({ era, name, x0, x1 }, i) => {
      const rect = era.querySelector("rect")!;
      setAttr(rect, "x", x0.toFixed(1));
      setAttr(rect, "width", Math.max(0, x1 - x0).toFixed(1));
      setAttr(name, "x", names[i]!.x.toFixed(1));
      if (name.textContent !== names[i]!.text) name.textContent = names[i]!.text;
      setShown(name, names[i]!.shown);
      setShown(era, x1 - x0 >= 1);
    });
    const px = spanPx();
    for (const b of bins) {
      const x0 = xOf(b.f0);
      setAttr(b.rect, "x", x0.toFixed(1));
      setAttr(b.rect, "width", Math.max(0.5, (b.f1 - b.f0) * px - 0.5).toFixed(1));
    }
    for (const m of marks) {
      const cx = xOf(m.f);
      setAttr(m.circle, "cx", cx.toFixed(1));
      setAttr(m.span, "x", xOf(m.f0).toFixed(1));
      setAttr(m.span, "width", Math.max(0, (m.f1 - m.f0) * px).toFixed(1));
      if (m.label) {
        const anchorEnd = m.label.getAttribute("text-anchor") === "end";
        setAttr(m.label, "x", (cx + (anchorEnd ? -4 : 4)).toFixed(1));
        // A label cut by the chart's edge (its event just outside the window) is hidden, not clipped.
        const w = Number(m.label.dataset.w);
        const x0 = anchorEnd ? cx - w : cx;
        const inside = x0 >= 0 && x0 + w <= width;
        const show = inside && m.visible && m.level !== null && labelVisible({ level: m.level, row: m.row ?? 0 }, px, placedFor);
        setShown(m.label, show);
      }
    }
    drawAxis();
    asOf.draw(xOf, width);
    if (bins.length > 0) {
      keepBarStopInView();
      periods();
    }
    countSoon();
  }

  // ---- a dense timeline zoomed in: its months' events drawn one by one in place of the bars
  const monthsAt = svg.dataset.monthsAt;
  const detailMax = Number(svg.dataset.detailMax) || undefined;
  const binGroup = svg.querySelector<SVGGElement>("g.tl-bins");
  const detail = s("g", { class: "tl-detail", display: "none" });
  svg.querySelector("g.tl-events")?.append(detail);
  const month = dense?.monthFiles(monthsAt) ?? (() => Promise.resolve(null));
  // ?date= comes with shared links only: its code (and the date helpers) are fetched just then, and
  // the chart is drawn again once they have dimmed what came after the date.
  let asOf: TimelineAsOf = { draw() {}, mark() {} };
  if (asksForDate(location.search)) {
    void import("./timeline-as-of.ts").then((m) => {
      asOf = m.timelineAsOf(root, svg!, domain, { bins, load: month });
      draw();
    });
  }
  /** The months whose events are drawn now ("" joined), to redraw only when that changes. */
  let drawnMonths = "";
  let wanted = "";
  function periods(): void {
    const events = monthsAt !== undefined && dense!.drawsEvents(bins, view, detailMax);
    const months = events ? dense!.monthsFor(bins, view) : [];
    const key = months.join(" ");
    if (key === wanted) return;
    wanted = key;
    if (!events) return showPeriods([], []);
    void Promise.all(months.map(month)).then((loaded) => {
      if (wanted === key) showPeriods(months, loaded.filter((d): d is LoadedMonth => d !== null));
    });
  }

  /** Swap the bars for these months' events (none: back to the bars), keeping marks already drawn. */
  function showPeriods(months: string[], loaded: LoadedMonth[]): void {
    const key = months.join(" ");
    if (key === drawnMonths) return;
    drawnMonths = key;
    // Keyboard focus on a bar when the events replace the bars goes to the nearest event, and on an
    // event when the bars come back, to its month's bar (or, if its month goes while others stay,
    // to the nearest event still drawn).
    const active = document.activeElement;
    const hadBar = active ? barOf.get(active) : undefined;
    const hadEvent = active?.closest("a.tl-event") ? marks.find((m) => m.el === active) : undefined;
    const keep = new Set(loaded.flatMap((d) => d.events.map((e) => e.id)));
    const before = new Map(marks.map((m) => [m.id, m]));
    const next: Mark[] = [];
    for (const d of loaded) {
      for (const e of d.events) next.push(before.get(e.id) ?? loadedMark(e, d.tracks[e.track]!));
    }
    for (const m of marks) if (!keep.has(m.id)) m.el.remove();
    next.sort((a, b) => a.f - b.f || (a.id < b.id ? -1 : 1));
    marks.splice(0, marks.length, ...next);
    byId.clear();
    for (const m of marks) byId.set(m.id, m);
    detail.append(...next.filter((m) => !m.el.isConnected).map((m) => m.el));
    const shown = next.length > 0;
    svg!.setAttribute("aria-label", shown ? `Timeline: the ${next.length} events of the months in view` : "Timeline: events per month and track");
    setShown(detail, shown);
    if (binGroup) setShown(binGroup, !shown);
    if (focused && !byId.has(focused.id)) focused = undefined;
    if (selected && !byId.has(selected)) selected = null;
    // Label what is drawn and place it at the current window (applyFilters draws); periods()
    // then sees nothing new to load.
    applyFilters();
    const nearest = (centre: number) => marks.filter((m) => m.visible).sort((a, b) => Math.abs(a.f - centre) - Math.abs(b.f - centre))[0];
    if (hadBar && shown) {
      const near = nearest(barCentre(hadBar));
      if (near) focusMark(near);
    } else if (hadEvent && shown && !byId.has(hadEvent.id)) {
      const near = nearest(hadEvent.f);
      if (near) focusMark(near);
    } else if (hadEvent && !shown) {
      const month = dense!.monthOfDate(hadEvent.loaded?.event.date ?? "");
      const bar = barsInOrder().find((b) => b.month === month && b.track === hadEvent.track) ?? barsInOrder().find((b) => b.f1 > view.v0);
      if (bar) {
        focusedBar = bar;
        barStop.move(bar);
        bar.el.focus();
      }
    }
    openWhenDrawn();
  }

  function loadedMark(e: LoadedEvent, track: Track): Mark {
    const { el, span, circle, label } = dense!.loadedEventMark(e, track);
    if (e.label) {
      buildAnchor.set(e.id, e.label.anchor);
      labelY0.set(e.id, e.label.y);
    }
    asOf.mark(el, e.id, e.date);
    return {
      id: e.id, el, circle, span, label, item: null, level: null, row: null, baseLevel: null, baseRow: null, narrowSpan: null, narrowRow: null,
      track: e.track, f: e.f, f0: e.f0, f1: e.f1, actors: [], headline: e.headline, visible: true, loaded: { event: e, track },
    };
  }

  // The count says what the window shows and what lies outside it; it is a live region, so it is
  // written once panning or zooming pauses, not on every frame.
  let countTimer: number | undefined;
  function countSoon(now = false): void {
    clearTimeout(countTimer);
    if (now) writeCount();
    else countTimer = window.setTimeout(writeCount, 200);
  }
  const sum = (list: readonly { count: number }[]) => list.reduce((n, b) => n + b.count, 0);
  /** Events in all, matching the filters, and of those in the window; a dense timeline counts its bars (months in view, whole). */
  function tally(): { total: number; matching: number; inView: number } {
    if (bins.length > 0) {
      const shown = bins.filter((b) => filter.tracks.has(b.track));
      return { total: sum(bins), matching: sum(shown), inView: dense!.eventsInWindow(shown, view) };
    }
    const matching = marks.filter((m) => m.visible);
    return { total: marks.length, matching: matching.length, inView: matching.filter((m) => m.f1 >= view.v0 && m.f0 <= view.v1).length };
  }
  function writeCount(): void {
    const { total, matching, inView } = tally();
    const zoomed = view.v0 > 0 || view.v1 < 1;
    const month = (f: number) => formatPartialDate(isoOfDay(Math.floor(dayAt(domain, f))).slice(0, 7));
    const text = windowCountText({
      total,
      matching,
      inView,
      zoomed,
      window: `${month(view.v0)} to ${month(Math.min(view.v1, 1) - 1e-9)}`,
    });
    const count = root.querySelector("p[data-count]");
    if (count && count.textContent !== text) count.textContent = text;
    const short = root.querySelector("[data-count-short]");
    if (short) short.textContent = shortCount(matching, total, inView, zoomed);
  }

  // ---- filters
  function applyFilters(): void {
    let shown = 0;
    for (const m of marks) {
      m.visible = eventShown(m, filter);
      setShown(m.el, m.visible);
      if (m.item) m.item.hidden = !m.visible;
      if (m.visible) shown++;
    }
    for (const b of bins) setShown(b.el, filter.tracks.has(b.track));
    for (const section of root.querySelectorAll<HTMLElement>("section[data-year]")) {
      section.hidden = !section.querySelector("li:not([hidden])");
    }
    const filtered = shown < marks.length;
    // With events filtered out there is room for more labels: place them again for what is shown,
    // at this width. A chart narrower than the build's (a phone, a 320-px embed) has its labels
    // in the later half of the span extending leftwards, so the most important events there can
    // keep theirs; unfiltered, the build placed them so for any width (data-narrow).
    const base = labelBase();
    const narrow = base < baseWidth;
    for (const m of marks) if (m.label) setAttr(m.label, "text-anchor", narrow && m.f > 0.5 ? "end" : buildAnchor.get(m.id)!);
    placedFor = base;
    // A dense timeline's drawn months have no placement from the build: placed here, as filtered.
    if (filtered || marks.some((m) => m.loaded)) {
      const items: LabelItem[] = marks
        .filter((m) => m.visible && m.label)
        .map((m) => ({
          id: m.id, lane: laneOf(m), f: m.f, priority: importance(m),
          width: Number(m.label!.dataset.w),
          anchor: m.label!.getAttribute("text-anchor") === "end" ? "end" : "start",
        }));
      const placed = placeLabels(items, base, labelRows);
      for (const m of marks) {
        const p = placed.get(m.id);
        m.level = p?.level ?? null;
        m.row = p?.row ?? null;
      }
    } else if (narrow) {
      for (const m of marks) {
        m.level = m.narrowSpan === null ? null : m.narrowSpan / base;
        m.row = m.narrowRow;
      }
    } else {
      for (const m of marks) {
        m.level = m.baseLevel;
        m.row = m.baseRow;
      }
    }
    for (const m of marks) {
      if (m.label && m.row !== null) setAttr(m.label, "y", String(labelY0.get(m.id)! - m.row * labelRowHeight));
    }
    if (focused && !focused.visible) focused = undefined;
    resetTabStop();
    draw();
    countSoon(true);
  }

  const laneOf = (m: Mark) => lanes.indexOf(m.track);
  const importance = (m: Mark) => Number(m.circle.getAttribute("r"));

  // ---- keyboard: one tab stop in the chart; arrows move between visible events in time order
  // Only the old and the new tab stop change; the build gives every mark tabindex="-1" except the
  // first, so rewriting all of them (thousands at scale) on every key press is not needed.
  const tabStop = rovingStop((m: Mark) => m.el, marks.find((m) => m.el.getAttribute("tabindex") === "0"));
  function resetTabStop(): void {
    tabStop.move(focused ?? marks.find((m) => m.visible && m.f >= view.v0) ?? marks.find((m) => m.visible));
    // A dense timeline's bars hold the stop while they stand in for the events (none drawn).
    if (bins.length > 0) barStop.move(marks.length > 0 ? undefined : barInView());
  }

  // ---- keyboard on a dense timeline's bars: each is a link to its month's list (Enter follows
  // it); arrows move between the bars shown in time order, and + and − zoom about the focused one
  // until the events themselves are drawn and take the stop.
  type Bar = (typeof bins)[number];
  const barCentre = (b: Bar) => (b.f0 + b.f1) / 2;
  const barStop = rovingStop((b: Bar) => b.el);
  const barOf = new Map(bins.map((b) => [b.el as Element, b]));
  let focusedBar: Bar | undefined;
  // Time order, and within a month the lanes top to bottom (the build sorts bins by track id).
  const laneOrder = [...svg.querySelectorAll<SVGGElement>("g.tl-lane")].map((g) => g.dataset.track!);
  const barOrder = [...bins].sort((a, b) => a.month.localeCompare(b.month) || laneOrder.indexOf(a.track) - laneOrder.indexOf(b.track));
  /** The bars a reader can see (their track shown), in the order the arrows go. */
  const barsInOrder = () => barOrder.filter((b) => filter.tracks.has(b.track));
  const barShown = (b: Bar) => b.f1 > view.v0 && b.f0 < view.v1 && filter.tracks.has(b.track);
  /** The bar the Tab stop belongs on: the one last focused while it is in the window, else the window's first. */
  const barInView = () => (focusedBar && barShown(focusedBar) ? focusedBar : barsInOrder().find(barShown));
  /** After a zoom or pan the stop moves into the window, unless the reader is on it. */
  function keepBarStopInView(): void {
    const stop = barStop.current();
    if (marks.length > 0 || (stop && (barShown(stop) || stop.el === document.activeElement))) return;
    barStop.move(barInView());
  }
  function barKey(event: KeyboardEvent, bar: Bar): void {
    const shown = barsInOrder();
    let to = keyStep(event.key, shown.indexOf(bar), shown.length);
    // From a bar outside the window (the reader panned away from it), an arrow lands in the window.
    const inView = barInView();
    if (to !== null && event.key.startsWith("Arrow") && !barShown(bar) && inView) to = shown.indexOf(inView);
    if (to !== null) {
      event.preventDefault();
      focusedBar = shown[to]!;
      barStop.move(focusedBar);
      if (focusedBar.f1 <= view.v0 || focusedBar.f0 >= view.v1) centreOn(barCentre(focusedBar));
      focusedBar.el.focus();
      return;
    }
    const command = timelineKey(event.key);
    // Enter is the link's own; Space follows it too, as it opens an event.
    if (command === null || event.key === "Enter" || command === "close") return;
    event.preventDefault();
    focusedBar = bar;
    // Where the link itself goes: this window, or the top one from an embed (its target).
    if (command === "open") window.open(new URL(bar.el.getAttribute("href")!, location.href).href, bar.el.getAttribute("target") ?? "_self");
    else if (command === "zoom-in") zoomIn(barCentre(bar));
    else if (command === "zoom-out") zoomOut(barCentre(bar));
    else goTo(0, 1);
  }

  function focusMark(m: Mark): void {
    focused = m;
    resetTabStop();
    if (m.f < view.v0 || m.f > view.v1) centreOn(m.f);
    m.el.focus();
  }

  svg.addEventListener("keydown", (event) => {
    // Ctrl, Cmd and Alt with these keys are the browser's (page zoom, Back).
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const barEl = (event.target as Element).closest("a.tl-bin");
    const bar = barEl ? barOf.get(barEl) : undefined;
    if (bar) return barKey(event, bar);
    const current = (event.target as Element).closest<SVGAElement>("a.tl-event");
    const m = current ? byId.get(current.dataset.eventId!) : undefined;
    const visible = marks.filter((x) => x.visible);
    const i = m ? visible.indexOf(m) : -1;
    const to = keyStep(event.key, i, visible.length);
    if (to !== null) {
      // From a mark no longer shown (i = -1), Right goes to the first.
      if (to !== i) focusMark(visible[to]!);
      event.preventDefault();
      return;
    }
    const command = timelineKey(event.key);
    if (command === null) return;
    event.preventDefault();
    if (command === "open") {
      if (m) void select(m.id, true);
    } else if (command === "close") close();
    else if (command === "zoom-in") zoomIn(m?.f);
    else if (command === "zoom-out") zoomOut(m?.f);
    else goTo(0, 1);
  });

  // ---- selection and the detail panel
  /**
   * Open an event's details; `push` when the reader opened it (Back closes it again). Resolves once
   * the panel shows the event (at once where there is no panel).
   */
  function select(id: string, moveFocus: boolean, { push = true } = {}): Promise<void> {
    const m = byId.get(id);
    if (!m) return Promise.resolve();
    if (!panel || (!m.item && !m.loaded)) {
      // No panel here (an embed): the event's own page, where the embed's links go (the top window,
      // or a new tab with ?target=blank).
      window.open(new URL(m.el.getAttribute("href")!, location.href).href, m.el.getAttribute("target") ?? "_top");
      return Promise.resolve();
    }
    if (selected) byId.get(selected)?.el.classList.remove("tl-selected");
    selected = id;
    m.el.classList.add("tl-selected");
    focused = m;
    resetTabStop();
    if (push && readState().get("event") !== id) pushOpened({ event: id });
    // The panel's code was asked for at start-up: once it is there, this runs in the same task, so
    // the panel opens in the frame after the click.
    return panelCode!.then((d) => {
      if (selected !== id) return;
      const content = m.loaded ? d.loadedContent(m.loaded.event, m.loaded.track.label) : d.listItemContent(m.item!);
      d.showInPanel(panel, content, details ??= d.eventDetails(pages), () => selected === id);
      if (moveFocus) panel.querySelector<HTMLElement>("[data-panel-title]")!.focus();
    }, () => {
      // The panel's code could not be fetched (the connection dropped): the event's own page instead.
      location.assign(new URL(m.el.getAttribute("href")!, location.href).href);
    });
  }

  const pages = eventPages();
  // The detail panel's code, only where there is a panel (not in an embed).
  const panelCode = panel ? import("./timeline-details.ts") : null;
  let details: ((href: string) => Promise<HTMLElement | null>) | undefined;

  /** Close the details; `fromHistory` when Back already took the event out of the address. */
  function close({ fromHistory = false } = {}): void {
    if (!panel || panel.hidden) return;
    panel!.hidden = true;
    const m = selected ? byId.get(selected) : undefined;
    selected = null;
    m?.el.classList.remove("tl-selected");
    if (!fromHistory) closeOpened({ event: null });
    m?.el.focus({ preventScroll: fromHistory });
  }

  // Back and Forward move between the events the reader opened, and Back from the first closes it.
  addEventListener("popstate", () => {
    if (!panel) return;
    const id = readState().get("event");
    if (id && byId.has(id)) {
      if (id !== selected) void select(id, false, { push: false });
    } else close({ fromHistory: true });
  });

  svg.addEventListener("click", (event) => {
    const a = (event.target as Element).closest<SVGAElement>("a.tl-event");
    if (!a) return;
    if (gesture.dragged()) {
      event.preventDefault();
      return;
    }
    if (!panel) return; // an embed: let the link open the event's page
    event.preventDefault();
    focusMark(byId.get(a.dataset.eventId!)!);
    void select(a.dataset.eventId!, false);
  });
  panel?.querySelector("[data-panel-close]")!.addEventListener("click", () => close());
  panel?.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });

  // ---- zoom and pan
  let saveTimer: number | undefined;
  function saveView(): void {
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      writeState(windowQuery(view, domain));
    }, 150);
  }

  function zoomBy(factor: number, center?: number): void {
    Object.assign(view, zoomWindow(view, factor, center ?? (view.v0 + view.v1) / 2, minSpan));
    draw();
    saveView();
  }

  const fractionAtClientX = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * width;
    return view.v0 + (x - padLeft) / spanPx();
  };

  svg.addEventListener(
    "wheel",
    (event) => {
      // Plain scrolling keeps scrolling the page; pinch (ctrl+wheel) zooms, sideways scroll pans.
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        zoomBy(Math.exp(-event.deltaY / 200), fractionAtClientX(event.clientX));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        Object.assign(view, panWindow(view, (event.shiftKey ? event.deltaY : event.deltaX) / spanPx(), minSpan));
        draw();
        saveView();
      }
    },
    { passive: false },
  );

  // Drag along the time axis to pan, pinch to zoom about the point between the fingers.
  /** Screen pixels -> the chart's own (the SVG may be drawn wider or narrower than it shows). */
  const perScreenPx = () => width / (svg.getBoundingClientRect().width || width);
  const gesture = dragZoom(svg, {
    axis: "x",
    slop: 3,
    pan: (dx) => {
      Object.assign(view, panWindow(view, (-dx * perScreenPx()) / spanPx(), minSpan));
      draw();
    },
    pinch: (factor, mid, dx) => {
      Object.assign(view, panWindow(view, (-dx * perScreenPx()) / spanPx(), minSpan));
      Object.assign(view, zoomWindow(view, factor, fractionAtClientX(mid.x), minSpan));
      draw();
    },
    end: saveView,
  });

  // Keys and buttons zoom about the focused event, brought to the middle, or else towards the
  // events (zooming in) rather than into the window's empty middle.
  function zoomIn(centre = focused?.f): void {
    // A dense timeline's bars stand for their events: zoom towards where the most of them are.
    const next = marks.length > 0
      ? zoomInWindow(marks.filter((m) => m.visible).map((m) => m.f), view, 2, centre)
      : zoomInWindow(bins.map((b) => (b.f0 + b.f1) / 2), view, 2, centre, bins.map((b) => b.count));
    goTo(next.v0, next.v1);
  }
  function zoomOut(centre = focused?.f): void {
    const next = zoomOutWindow(view, 2, centre);
    goTo(next.v0, next.v1);
  }
  zoomBar?.querySelector("[data-zoom-in]")!.addEventListener("click", () => zoomIn());
  zoomBar?.querySelector("[data-zoom-out]")!.addEventListener("click", () => zoomOut());
  zoomBar?.querySelector("[data-zoom-all]")!.addEventListener("click", () => goTo(0, 1));
  for (const button of zoomBar?.querySelectorAll<HTMLButtonElement>("[data-zoom-from]") ?? []) {
    button.addEventListener("click", () => goTo(fraction(domain, dayNumber(button.dataset.zoomFrom!)), fraction(domain, dayNumber(button.dataset.zoomTo!) + 1)));
  }

  // ---- filter form
  form?.addEventListener("input", () => {
    filter = {
      tracks: new Set([...form!.querySelectorAll<HTMLInputElement>('input[name="track"]:checked')].map((input) => input.value)),
      actor: (form!.elements.namedItem("actor") as HTMLSelectElement | null)?.value ?? "",
      text: (form!.elements.namedItem("text") as HTMLInputElement | null)?.value ?? "",
    };
    writeState(filterQuery(filter, lanes));
    applyFilters();
  });
  form?.addEventListener("submit", (event) => event.preventDefault());
  form?.addEventListener("reset", () => {
    // After the browser restores the defaults.
    setTimeout(() => form.dispatchEvent(new Event("input")), 0);
  });

  // ---- size: draw in CSS pixels so text keeps its size on a phone
  new ResizeObserver(() => {
    const w = Math.round(svg.clientWidth);
    if (w > 0 && w !== width) {
      width = w;
      // Crossing into or out of the narrow label placement places the labels again.
      if (labelBase() !== placedFor) applyFilters();
      else draw();
    }
  }).observe(svg);

  /** An event from the address that a dense timeline draws only once its month has loaded. */
  let pending: string | null = null;
  /** Open the event from the address: brought into the window, selected, scrolled to. */
  function openInitial(id: string): Promise<void> {
    const m = byId.get(id)!;
    if (m.f < view.v0 || m.f > view.v1) setView(m.f - (view.v1 - view.v0) / 2, m.f + (view.v1 - view.v0) / 2);
    draw();
    // A shared link to an event: show it, wherever the chart is on the page, once the panel is open.
    return select(id, false, { push: false }).then(() => {
      if (panel) revealSelection(m.el, panel);
    });
  }
  function openWhenDrawn(): void {
    if (pending === null || !byId.has(pending)) return;
    const id = pending;
    pending = null;
    void openInitial(id);
  }

  applyFilters();
  // Ready once an event named in the address is open (its panel's code may still be on its way).
  const ready = () => void (root.dataset.ready = "true");
  const initial = followOldEvent(root, params.get("event"));
  if (initial && byId.has(initial)) void openInitial(initial).then(ready);
  else if (initial && svg.dataset.eventsAt && bins.length > 0) {
    // A dense timeline draws an event once its month is loaded; which month, its page says.
    pending = initial;
    void dense!.eventMonth(`${svg.dataset.eventsAt}${encodeURIComponent(initial)}/`, pages).then((m) => {
      if (pending !== initial || m === null) return;
      const inMonth = bins.filter((b) => b.month === m);
      if (inMonth.length === 0) return;
      const f0 = Math.min(...inMonth.map((b) => b.f0));
      const f1 = Math.max(...inMonth.map((b) => b.f1));
      // Already drawing that month (a window in the address): it opens when loaded.
      if (dense!.drawsEvents(bins, view, detailMax) && f0 < view.v1 && f1 > view.v0) return openWhenDrawn();
      goTo(f0, f1);
    });
  }
  if (!(initial && byId.has(initial))) ready();
}
