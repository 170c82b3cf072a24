// Named deposits on a map of Ukraine, coloured by who controls the ground and when that was last
// established, with the list by oblast beside (wide) or under (narrow) the map, all in one SVG.
// How precisely we know each location is part of the picture: a solid dot only where a source gives
// the deposit's coordinates; a hollow ring at a named settlement next to the deposit; for deposits
// known only to their oblast, a dashed box with a square per deposit, tied by a leader line to the
// oblast's reference point. Every placement point is a cited row of data/places.csv; no deposit
// gets coordinates it does not have.
//
// The outline is Natural Earth 1:50m (world-atlas), projected and clipped to the map here at build
// time. Natural Earth's default view draws Crimea inside Russia; we join that polygon back to
// Ukraine to show the internationally recognised border.

import type { Drawing } from "../../charts/chart.ts";
import { geoCentroid, geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };
import type { DepositView as DepositRow, Model } from "../../data/model.ts";
import type { PlaceRow } from "../../data/tables.generated.ts";
import type { Chart } from "../../charts/chart.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
import { historyAttr } from "../../data/deposit-control.ts";
import { CONTROL, CONTROL_ORDER, controlPaint, depositAttrs, PRECISION } from "./deposits.ts";
import { mineralKey, type KeyItem } from "./key.ts";
import { dateLabel, mineralName, sourceFields, SOURCE_COLUMNS } from "./markup.ts";
import { inSentence } from "../../data/words.ts";
import { placeAll, type Item, type Rect } from "./placement.ts";
import { drawing, INK, SIZE, widthOf, type Variant } from "./style.ts";
import { blockHeight, label, measure, textBlock, wrap } from "./text.ts";

const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const UKRAINE = "804";
const RUSSIA = "643";
const NEIGHBOURS = ["616", "112", "643", "703", "348", "642", "498"];

/** Ukraine within its recognised borders: Natural Earth's Ukraine plus the Crimea polygon. */
export function ukraineOutline() {
  const geoms = topology.objects.countries.geometries;
  const ua = geoms.find((g) => g.id === UKRAINE) as Polygon | MultiPolygon;
  const ru = geoms.find((g) => g.id === RUSSIA) as MultiPolygon;
  const crimea = ru.arcs
    .map((arcs) => ({ type: "Polygon", arcs }) as Polygon)
    .filter((poly) => {
      const [lon, lat] = geoCentroid(feature(topology, poly));
      return lon > 32 && lon < 36.8 && lat > 44.2 && lat < 46.3;
    });
  return merge(topology, [ua, ...crimea]);
}

export interface Placement {
  deposit: DepositRow;
  /** Where the mark is drawn and why: the deposit's own coordinates or a row of places. */
  lat: number | null;
  lon: number | null;
  place: PlaceRow | null;
}

/** Where each deposit in Ukraine is drawn; null coordinates mean listed only. */
export function placements(model: Model): Placement[] {
  const places = model.tables.places;
  return model.deposits
    .filter((d) => d.country === "UA")
    .map((d) => {
      if (d.location_precision === "point" && d.lat !== null && d.lon !== null) return { deposit: d, lat: d.lat, lon: d.lon, place: null };
      const place =
        d.location_precision === "settlement" ? places.find((p) => p.kind === "settlement" && p.deposits.includes(d.id))
        : d.location_precision === "region" ? places.find((p) => p.kind === "oblast" && p.region === d.region)
        : undefined;
      return place ? { deposit: d, lat: place.lat, lon: place.lon, place } : { deposit: d, lat: null, lon: null, place: null };
    });
}

/**
 * A path string for an outline at map scale: points closer than a pixel to the last one kept are
 * dropped and coordinates are whole pixels. Natural Earth's 1:50m detail is finer than a 300–400 px
 * map can show, and every byte of it would be paid twice (wide and narrow drawing) on every load.
 */
function outlinePath(projection: GeoProjection): (object: GeoPermissibleObjects) => string {
  return (object) => {
    let d = "";
    let last: [number, number] | null = null;
    let start = "";
    const context = {
      moveTo(x: number, y: number) {
        last = [Math.round(x), Math.round(y)];
        start = `M${last[0]},${last[1]}`;
        d += start;
      },
      lineTo(x: number, y: number) {
        const p: [number, number] = [Math.round(x), Math.round(y)];
        if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < 1.5) return;
        d += `L${p[0]},${p[1]}`;
        last = p;
      },
      closePath() {
        d += "Z";
      },
      arc() {},
      beginPath() {},
    };
    geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
    return d;
  };
}

/** The deposit's name without the kind of deposit it is: "Shevchenkivske lithium deposit" → "Shevchenkivske". */
/** The name a label prints (deposits.short_name), else the full name. */
export const shortName = (d: DepositRow): string => d.short_name ?? d.name;

interface MapGeometry {
  variant: Variant;
  /** The map's box inside the drawing. */
  map: Rect;
  /** Where Ukraine's outline is fitted, inside the map box (room around it for boxes). */
  fit: [[number, number], [number, number]];
  /** The list: beside the map (wide) or under it (narrow). */
  list: { x: number; width: number; below: boolean };
  /**
   * Where the map is small, an oblast's reference point gets a number, and its deposits' squares
   * sit under that number in the list below the map: boxes or names would crowd the centre of the
   * country, where most oblast points lie.
   */
  numbered: boolean;
}

const GEOMETRY: Record<Variant, MapGeometry> = {
  wide: { variant: "wide", map: { x: 0, y: 0, w: 396, h: 290 }, fit: [[6, 14], [390, 276]], list: { x: 408, width: 172, below: false }, numbered: true },
  narrow: { variant: "narrow", map: { x: 0, y: 0, w: 300, h: 262 }, fit: [[6, 26], [294, 240]], list: { x: 0, width: 300, below: true }, numbered: true },
};

export interface DepositsMapOptions {
  /** The address of a deposit's own row (its name in the list links there). */
  depositHref?: (id: string) => string | null;
}

function drawMap(model: Model, placed: Placement[], g: MapGeometry, options: DepositsMapOptions, ariaLabel: string, total = placed.length): { drawing: Drawing; failed: string[] } {
  const width = widthOf(g.variant);
  const controls = CONTROL_ORDER.filter((c) => placed.some((p) => p.deposit.control === c));
  const precisions = new Set(placed.filter((p) => p.lat !== null).map((p) => p.deposit.location_precision));
  const keyItems: KeyItem[] = [
    ...controls.map((c): KeyItem => ({ shape: "square", ink: CONTROL[c].ink, text: CONTROL[c].label })),
    ...(precisions.has("point") ? [{ shape: "dot" as const, ink: INK.fg, text: "coordinates from a source" }] : []),
    ...(precisions.has("settlement") ? [{ shape: "ring" as const, ink: INK.fg, text: "at a named settlement nearby" }] : []),
    ...(precisions.has("region") ? [g.numbered ? { shape: "square" as const, ink: INK.muted, text: `known only to its oblast: a square per deposit by the oblast's number in the list${g.list.below ? " below" : ""}` } : { shape: "box" as const, text: "known only to its oblast" }] : []),
  ];
  const key = mineralKey(keyItems, width);
  const top = key.height + 8;
  const area = { ...g.map, y: top };

  const outline = ukraineOutline();
  const projection = geoConicConformal()
    .parallels([46, 51])
    .rotate([-31.5, 0])
    .fitExtent([[g.fit[0][0], top + g.fit[0][1]], [g.fit[1][0], top + g.fit[1][1]]], outline)
    // Neighbouring countries are cut at the map's edge, never drawn over the key, list or page.
    .clipExtent([[area.x, area.y], [area.x + area.w, area.y + area.h]]);
  const path = outlinePath(projection);
  const neighbours = topology.objects.countries.geometries
    .filter((geo) => NEIGHBOURS.includes(String(geo.id)))
    .map((geo) => path(feature(topology, geo as Polygon | MultiPolygon)))
    .join("");

  const drawn = placed.filter((p) => p.lat !== null);
  const regions = [...new Set(placed.map((p) => p.deposit.region))].sort();
  const numbered = regions.filter((r) => drawn.some((p) => p.deposit.region === r && p.deposit.location_precision === "region"));
  const regionNumber = (region: string) => numbered.indexOf(region) + 1;
  const marks: SvgNode[] = [];
  const boxes: SvgNode[] = [];
  const lines: SvgNode[] = [];
  const texts: SvgNode[] = [];
  const xy = (p: Placement) => projection([p.lon!, p.lat!])!;

  // Marks are obstacles no label may cover: the deposits' own dots and rings, and the oblasts' points.
  const exact = drawn.filter((p) => p.deposit.location_precision !== "region");
  const byOblast = new Map<string, Placement[]>();
  for (const p of drawn.filter((q) => q.deposit.location_precision === "region")) byOblast.set(p.place!.id, [...(byOblast.get(p.place!.id) ?? []), p]);
  const oblasts = [...byOblast.values()].sort((a, b) => b.length - a.length);
  const obstacles: Rect[] = [
    ...exact.map((p) => ({ x: xy(p)[0] - 7, y: xy(p)[1] - 7, w: 14, h: 14 })),
    ...oblasts.map((list) => ({ x: xy(list[0]!)[0] - 3, y: xy(list[0]!)[1] - 3, w: 6, h: 6 })),
  ];
  const oblastTitle = (list: Placement[]) => list[0]!.place!.name.replace(/ Oblast$/, "");
  // Oblast boxes before name labels: they are larger, and a name fits beside its mark almost anywhere.
  const items: Item[] = [
    ...oblasts.map((list) => {
      const text = measure(oblastTitle(list), SIZE.small);
      const squares = list.length * 15 - 3;
      const number = String(regionNumber(list[0]!.deposit.region));
      return { key: list[0]!.place!.id, x: xy(list[0]!)[0], y: xy(list[0]!)[1], w: g.numbered ? measure(number, SIZE.small, "bold") + 5 + squares : Math.max(text + 10, squares + 10), h: g.numbered ? 15 : 34, markRadius: 3 };
    }),
    ...exact.map((p) => ({ key: p.deposit.id, x: xy(p)[0], y: xy(p)[1], w: measure(shortName(p.deposit), SIZE.small) + 2, h: 15, markRadius: 7 })),
  ];
  const { spots, failed } = placeAll(area, obstacles, items);

  for (const p of exact) {
    const d = p.deposit;
    const [x, y] = xy(p);
    const ink = CONTROL[d.control].ink;
    marks.push(
      h(
        "g",
        depositAttrs(model, d, p.place),
        d.location_precision === "point" ? h("circle", { cx: x, cy: y, r: 6.5, fill: ink, stroke: INK.bg, "stroke-width": 1.5 }) : h("circle", { cx: x, cy: y, r: 5.5, fill: INK.bg, stroke: ink, "stroke-width": 2.5 }),
      ),
    );
    const spot = spots.get(d.id);
    if (!spot) continue;
    if (spot.leader) lines.push(h("line", { ...spot.leader, stroke: INK.muted, "stroke-width": 1 }));
    texts.push(label(shortName(d), spot.box.x + 1, spot.box.y + 11.5, { size: SIZE.small, attrs: { stroke: INK.bg, "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round" } }));
  }
  for (const list of oblasts) {
    const [x, y] = xy(list[0]!);
    const spot = spots.get(list[0]!.place!.id);
    lines.push(h("circle", { cx: x, cy: y, r: 2.5, fill: INK.muted }));
    if (!spot) continue;
    const { box } = spot;
    if (spot.leader) lines.push(h("line", { ...spot.leader, stroke: INK.muted, "stroke-width": 1 }));
    if (g.numbered) {
      const number = String(regionNumber(list[0]!.deposit.region));
      texts.push(label(number, box.x + 1, box.y + 11.5, { size: SIZE.small, weight: "bold", attrs: { stroke: INK.bg, "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round" } }));
      const sx = box.x + measure(number, SIZE.small, "bold") + 5;
      list.forEach((p, i) => {
        marks.push(h("g", depositAttrs(model, p.deposit, p.place), h("rect", { x: sx + i * 15, y: box.y + 1.5, width: 12, height: 12, rx: 2, fill: CONTROL[p.deposit.control].ink, stroke: INK.bg, "stroke-width": 1 })));
      });
      continue;
    }
    boxes.push(h("rect", { x: box.x + 0.5, y: box.y + 0.5, width: box.w - 1, height: box.h - 1, rx: 3, fill: INK.bg, stroke: INK.muted, "stroke-dasharray": "4 3" }));
    texts.push(label(oblastTitle(list), box.x + 5, box.y + 13, { size: SIZE.small, fill: INK.muted }));
    list.forEach((p, i) => {
      marks.push(h("g", depositAttrs(model, p.deposit, p.place), h("rect", { x: box.x + 5 + i * 15, y: box.y + 17, width: 12, height: 12, rx: 2, fill: CONTROL[p.deposit.control].ink })));
    });
  }

  const mapNodes: SvgNode[] = [
    h("path", { d: neighbours, fill: "none", stroke: INK.rule, "stroke-width": 0.8, "aria-hidden": "true", "data-preview": "omit" }),
    h("path", { d: path(outline), fill: "var(--bg-soft)", stroke: INK.muted, "stroke-width": 1, "aria-hidden": "true" }),
    h("g", { "aria-hidden": "true" }, ...lines, ...boxes),
    ...marks,
    h("g", { "aria-hidden": "true" }, ...texts),
  ];

  // The list by oblast: every deposit with its colour, name (a link to its row) and minerals.
  const listNodes: SvgNode[] = [];
  let ly = g.list.below ? area.y + area.h + 12 : top;
  for (const region of regions) {
    const heading = wrap(`${g.numbered && regionNumber(region) ? `${regionNumber(region)} · ` : ""}${region}`, g.list.width, SIZE.small, "bold");
    listNodes.push(textBlock(heading, g.list.x, ly + 12, { size: SIZE.small, weight: "bold" }));
    ly += blockHeight(heading.length, SIZE.small) + 2;
    for (const p of placed.filter((q) => q.deposit.region === region)) {
      const d = p.deposit;
      const shape =
        d.location_precision === "point" ? h("circle", { cx: g.list.x + 6, cy: ly + 7, r: 5, fill: CONTROL[d.control].ink })
        : d.location_precision === "settlement" ? h("circle", { cx: g.list.x + 6, cy: ly + 7, r: 4.2, fill: INK.bg, stroke: CONTROL[d.control].ink, "stroke-width": 2.2 })
        : h("rect", { x: g.list.x + 1, y: ly + 2, width: 10, height: 10, rx: 2, fill: CONTROL[d.control].ink });
      const minerals = d.minerals.map((m) => mineralName(model, m).toLowerCase()).join(", ");
      const text = wrap(`${shortName(d)} · ${minerals}${p.lat === null ? " (not on the map: location unknown)" : ""}`, g.list.width - 16, SIZE.small);
      const name = textBlock(text, g.list.x + 16, ly + 11, { size: SIZE.small });
      const link = options.depositHref?.(d.id);
      // The swatch carries the deposit's history too, so ?date= recolours the list with the map.
      const swatch = { "aria-hidden": "true", "data-control-swatch": "", "data-control": d.control, "data-control-history": historyAttr(d.history) };
      listNodes.push(h("g", swatch, shape), link ? h("a", { href: link }, name) : name);
      ly += blockHeight(text.length, SIZE.small) + 3;
    }
    ly += 4;
  }

  if (total > placed.length) {
    const note = wrap(`Showing ${placed.length} of ${total.toLocaleString("en")} deposits (one at each spot, a few per oblast); the table lists them all.`, g.list.width, SIZE.small);
    listNodes.push(textBlock(note, g.list.x, ly + 12, { size: SIZE.small }));
    ly += blockHeight(note.length, SIZE.small) + 4;
  }
  const height = Math.max(area.y + area.h, ly) + 2;
  return { drawing: drawing(g.variant, height, ariaLabel, [key.node, ...mapNodes, h("g", {}, ...listNodes)], controlPaint()), failed };
}

/** More deposits than this and the map draws a selection (today's data has about 15). */
export const MAP_MAX_DEPOSITS = 60;
/** Deposits known only to their oblast drawn per oblast, in a selection. */
const MAP_MAX_PER_OBLAST = 6;

/**
 * The deposits the map draws: the first deposit at each spot (coordinates or settlement) and up to
 * six per oblast, in file order, at most MAP_MAX_DEPOSITS. Today's data has one deposit per spot,
 * so all are drawn. With more (ten and a hundred times today's, or an as-of date that leaves a
 * copy's deposits) two deposits at one spot could not both be named, and the list would run to
 * thousands of lines in every copy of the drawing. Every deposit stays in the chart's table, its
 * CSV and the deposits table on /minerals/figures/.
 */
export function mapSelection(placed: readonly Placement[], max = MAP_MAX_DEPOSITS): Placement[] {
  const perPlace = new Map<string, number>();
  const chosen: Placement[] = [];
  for (const p of placed) {
    // By position, not by place id: two rows of places at one spot would still collide.
    const key = p.lat === null ? `none:${p.deposit.region}` : `${p.deposit.location_precision === "region" ? "oblast" : "at"}:${p.lat},${p.lon}`;
    const limit = p.deposit.location_precision === "region" || p.lat === null ? MAP_MAX_PER_OBLAST : 1;
    const n = perPlace.get(key) ?? 0;
    if (n >= limit) continue;
    perPlace.set(key, n + 1);
    chosen.push(p);
    if (chosen.length >= max) break;
  }
  return chosen;
}

export function depositsMap(model: Model, options: DepositsMapOptions = {}): Chart {
  const placed = placements(model);
  const shown = mapSelection(placed);
  const drawn = shown.filter((p) => p.lat !== null);
  const label0 =
    shown.length < placed.length
      ? `Map of Ukraine with ${drawn.length} of ${placed.length} named deposits (one at each spot) coloured by who controls them, and the list by oblast`
      : `Map of Ukraine with ${drawn.length} named deposits coloured by who controls them, and the list by oblast`;
  const wide = drawMap(model, shown, GEOMETRY.wide, options, label0, placed.length);
  const narrow = drawMap(model, shown, GEOMETRY.narrow, options, label0, placed.length);
  const failed = new Set([...wide.failed, ...narrow.failed].map((key) => placed.filter((p) => p.deposit.id === key || p.place?.id === key).map((p) => p.deposit.id).join(", ")));
  // A deposit that could not be placed without covering another is a layout bug, not a data error.
  if (failed.size) throw new Error(`deposits map: no free spot for ${[...failed].join(", ")}`);

  const counts = (control: string) => placed.filter((p) => p.deposit.control === control).length;
  const russia = counts("russia");
  const contested = counts("contested");
  const precise = placed.filter((p) => p.deposit.location_precision === "point").length;
  const n = (count: number) => count.toLocaleString("en");
  const takeaway = `Of ${n(placed.length)} named deposits, ${n(russia)} ${russia === 1 ? "is" : "are"} held by Russia and ${n(contested)} contested, going by the latest report on each; only ${n(precise)} ${precise === 1 ? "has" : "have"} published coordinates.`;
  const placeSources = [...new Set(placed.flatMap((p) => p.place?.sources ?? []))];
  return {
    id: "minerals-deposits-map",
    title: "Where the named deposits are, and who holds them",
    takeaway,
    description:
      `Map of Ukraine, with a list by oblast. ` +
      (shown.length < placed.length ? `It shows ${shown.length} of the ${placed.length} deposits, one at each spot and a few per oblast; the table lists them all. ` : "") +
      shown.map(({ deposit: d, place: pl }) => `${d.name}, ${d.region}: ${d.control_as_of ? `${inSentence(CONTROL[d.control].label)} as of ${dateLabel(d.control_as_of)}` : "no report yet of who held it"}; ${PRECISION[d.location_precision]}${pl ? ` (${pl.name})` : ""}.`).join(" "),
    drawing: wide.drawing,
    narrow: narrow.drawing,
    columns: [
      { key: "id", label: "Deposit id" },
      { key: "name", label: "Name" },
      { key: "region", label: "Oblast" },
      { key: "minerals", label: "Mineral ids" },
      { key: "mineral_names", label: "Minerals" },
      { key: "control", label: "Control" },
      { key: "control_label", label: "Who holds the ground" },
      { key: "control_as_of", label: "As of" },
      { key: "location_precision", label: "Location precision" },
      { key: "placed_at", label: "Drawn at" },
      { key: "lat", label: "Latitude drawn" },
      { key: "lon", label: "Longitude drawn" },
      { key: "control_sources", label: "Control sources" },
      ...SOURCE_COLUMNS,
    ],
    rows: placed.map(({ deposit: d, lat, lon, place: pl }) => ({
      id: d.id,
      name: d.name,
      region: d.region,
      minerals: d.minerals.join(";"),
      mineral_names: d.minerals.map((m) => mineralName(model, m)).join("; "),
      control: d.control,
      control_label: CONTROL[d.control].label,
      control_as_of: d.control_as_of,
      location_precision: d.location_precision,
      placed_at: lat === null ? "not drawn" : pl ? pl.id : "deposit's own coordinates",
      lat,
      lon,
      control_sources: d.control_sources.join(";"),
      ...sourceFields(model, [...new Set([...d.control_sources, ...d.sources, ...(pl?.sources ?? [])])]),
    })),
    sources: [...new Set([...placed.flatMap((p) => [...p.deposit.history.flatMap((s) => s.sources), ...p.deposit.sources]), ...placeSources])],
    notes:
      "Control is as of the date shown, from the sources cited; no front line is drawn. Oblast boxes and settlement rings are placement aids from data/places.csv, not deposit locations. " +
      "Outline: Natural Earth 1:50m via world-atlas, with Crimea drawn as part of Ukraine.",
    page: "/minerals/occupation/",
  };
}
