// Events per year, stacked by track: the story's rhythm at a glance (quiet years, then 2022 and 2025).

import * as Plot from "@observablehq/plot";
import { greatest, rollups, sort } from "d3";
import type { Model } from "../../data/model.ts";
import { PAIR_MAX_WIDTH, type Chart, type Drawing } from "../../charts/chart.ts";
import { TRACKS, trackLabel, type Track } from "../../charts/palette.ts";
import { renderPlot } from "../../charts/render.ts";
import { chartKey, squareSwatch } from "../../charts/chart-key.ts";
import { render } from "../../charts/dom.ts";
import { plural } from "../../data/words.ts";

export interface EventsByYearOptions {
  width?: number;
  height?: number;
}

export function eventsByYear(model: Model, { width = 640, height = 260 }: EventsByYearOptions = {}): Chart {
  const yearOf = (e: { date: string }) => Number(e.date.slice(0, 4));
  const counts = sort(
    rollups(model.events, (v) => v.length, yearOf, (e) => e.track).flatMap(([year, tracks]) => tracks.map(([track, events]) => ({ year, track, events }))),
    (d) => d.year,
    (d) => d.track,
  );

  const years = counts.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const total = model.events.length;
  const perYear = rollups(counts, (v) => v.reduce((n, d) => n + d.events, 0), (d) => d.year).map(([year, events]) => ({ year, events }));
  const busiest = greatest(perYear, (d) => d.events);

  const present = TRACKS.filter((t) => counts.some((d) => d.track === t.id));
  // The key sits above the bars, inside the drawing, so downloads and share cards carry it too:
  // Plot draws the bars at w × h, and the key's rows are added on top.
  const draw = (w: number, h: number, yearStep: number, maxWidth: number): Drawing => {
    const key = chartKey([{ items: present.map((t) => ({ label: t.label, swatch: squareSwatch(t.color) })) }], { width: w - 8, fontSize: 13 });
    const top = Math.ceil(key.height) + 4;
    const bars = renderPlot(
      {
        width: w,
        height: h,
        marginLeft: 36,
        x: { label: null, tickFormat: "d", type: "band", domain: rangeOf(first, last), ticks: rangeOf(first, last).filter((y) => (y - first) % yearStep === 0) },
        y: { label: "Events", grid: true },
        color: { domain: present.map((t) => t.id), range: present.map((t) => t.color), legend: false },
        marks: [
          Plot.barY(counts, {
            x: "year",
            y: "events",
            fill: "track",
            title: (d: { year: number; track: Track; events: number }) => `${d.year} · ${trackLabel(d.track)}: ${plural(d.events, "event")}`,
          }),
          Plot.ruleY([0]),
        ],
      },
      // 13 units, the key's too: at least 11 px as the frame shows it (from 544 px wide, or 288 px for
      // the narrow one).
      { label: `Bar chart of events per year from ${first} to ${last}, stacked by track`, fontSize: 13 },
    );
    return withRowsAbove(bars, top, render(key.node(4, 2)), maxWidth);
  };
  const drawing = draw(width, height, 1, PAIR_MAX_WIDTH.wide);
  // On a phone or in a 300-px embed: a drawing at that size, with every other year labelled.
  const narrow = draw(340, 240, 2, PAIR_MAX_WIDTH.narrow);

  return {
    id: "events-by-year",
    title: "Events per year, by track",
    takeaway: busiest
      ? `${busiest.year} has the most events in the data so far (${busiest.events} of ${total}).`
      : "No events in the data yet.",
    description:
      `Stacked bars count the ${total} events in the timeline for each year from ${first} to ${last}, ` +
      `coloured by track: ${present.map((t) => t.label).join(", ")}. ` +
      counts.map((d) => `${d.year}, ${trackLabel(d.track)}: ${d.events}.`).join(" "),
    drawing,
    narrow,
    columns: [
      { key: "year", label: "Year" },
      { key: "track", label: "Track" },
      { key: "events", label: "Events" },
    ],
    rows: counts.map((d) => ({ year: d.year, track: d.track, events: d.events })),
    sources: [...new Set(model.events.flatMap((e) => e.sources))],
    notes: "Counts the events recorded so far; each event cites its own sources on its page.",
    page: "/timeline/",
  };
}

/** Plot's drawing moved down by `top`, with `markup` in the room made above it. */
function withRowsAbove({ svg, width, height }: Drawing, top: number, markup: string, maxWidth: number): Drawing {
  const open = svg.slice(0, svg.indexOf(">") + 1);
  const grown = open.replace(/viewBox="[^"]*"/, `viewBox="0 0 ${width} ${height + top}"`).replace(/\sheight="[\d.]+"/, ` height="${height + top}"`);
  return { svg: `${grown}${markup}<g transform="translate(0,${top})">${svg.slice(open.length, -"</svg>".length)}</g></svg>`, width, height: height + top, maxWidth };
}

function rangeOf(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
