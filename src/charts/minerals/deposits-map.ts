// Named deposits on a map of Ukraine, coloured by who controls the ground and when that was last
// established, with a list by oblast beside it. How precisely we know each location is part of the
// picture: a solid dot only where a source gives the deposit's coordinates; a hollow ring at a named
// settlement next to the deposit; for deposits known only to their oblast, a dashed box of squares
// tied by a leader line to the oblast's reference point. Every placement point is a cited row of
// data/places.csv; no deposit gets coordinates it does not have.
//
// The outline is Natural Earth 1:50m (world-atlas), projected here at build time. Natural Earth's
// default view draws Crimea inside Russia; we join that polygon back to Ukraine to show the
// internationally recognised border.

import { geoCentroid, geoConicConformal, geoPath } from "d3";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };
import { href } from "../../lib/paths.ts";
import type { Model } from "../../data/model.ts";
import type { DepositRow, PlaceRow } from "../../data/tables.generated.ts";
import type { Chart } from "../chart.ts";
import { dateLabel, esc, markAttrs, publishers } from "./markup.ts";
import { textWidth } from "../text-width.ts";

const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const UKRAINE = "804";
const RUSSIA = "643";
const NEIGHBOURS = ["616", "112", "643", "703", "348", "642", "498"];
const WIDTH = 480;
const HEIGHT = 326;

const CONTROL: Record<DepositRow["control"], { label: string; tone: string }> = {
  ukraine: { label: "Held by Ukraine", tone: "mx-ua" },
  russia: { label: "Held by Russia", tone: "mx-ru" },
  contested: { label: "Contested", tone: "mx-contested" },
  unknown: { label: "Control unknown", tone: "mx-other" },
};
const PRECISION: Record<DepositRow["location_precision"], string> = {
  point: "coordinates from a source",
  settlement: "placed at a named settlement next to it",
  region: "known only to its oblast",
  unknown: "location unknown: not drawn",
};

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
  return model.tables.deposits
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

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Candidate offsets for a w×h box around a point: below, above, right, left, then diagonals, moving out. */
function around(w: number, h: number): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [10, 24, 40, 58, 78]) {
    for (const a of [90, 270, 0, 180, 45, 135, 315, 225]) {
      const c = Math.cos((a * Math.PI) / 180);
      const sn = Math.sin((a * Math.PI) / 180);
      out.push([c * (r + w / 2) - w / 2, sn * (r + h / 2) - h / 2]);
    }
  }
  return out;
}

export function depositsMap(model: Model): Chart {
  const outline = ukraineOutline();
  const projection = geoConicConformal().parallels([46, 51]).rotate([-31.5, 0]).fitExtent([[6, 6], [WIDTH - 6, HEIGHT - 6]], outline);
  const path = geoPath(projection).digits(1);
  const neighbours = topology.objects.countries.geometries
    .filter((g) => NEIGHBOURS.includes(String(g.id)))
    .map((g) => path(feature(topology, g as Polygon | MultiPolygon)))
    .join("");

  const placed = placements(model);
  const drawn = placed.filter((p) => p.lat !== null);
  const taken: Box[] = [];
  const marks: string[] = [];
  const labels: string[] = [];

  const tipFor = (d: DepositRow, p: Placement) =>
    markAttrs(
      {
        rowId: d.id,
        label: d.name,
        display: `${CONTROL[d.control].label} as of ${dateLabel(d.control_as_of)}`,
        value: null,
        unit: "",
        date: dateLabel(d.control_as_of),
        source: publishers(model, d.control_sources),
        note: `${d.region}; ${d.minerals.map((m) => model.mineralById.get(m)?.name ?? m).join(", ")}; ${PRECISION[d.location_precision]}${p.place ? ` (${p.place.name})` : ""}`,
      },
      { "data-deposit-id": d.id, "data-control": d.control, "data-precision": d.location_precision },
    );

  /** Put a label box at the first free spot among candidates around (x, y). */
  const place = (x: number, y: number, w: number, h: number, candidates: [number, number][]): Box => {
    for (const [dx, dy] of candidates) {
      const box = { x: x + dx, y: y + dy, w, h };
      if (box.x < 0 || box.y < 0 || box.x + box.w > WIDTH || box.y + box.h > HEIGHT) continue;
      if (!taken.some((t) => overlaps(t, box))) return box;
    }
    return { x: Math.min(Math.max(0, x + candidates[0]![0]), WIDTH - w), y: Math.min(Math.max(0, y + candidates[0]![1]), HEIGHT - h), w, h };
  };

  // Points and settlements first: their position is the information.
  for (const p of drawn.filter((q) => q.deposit.location_precision !== "region")) {
    const [x, y] = projection([p.lon!, p.lat!])!;
    taken.push({ x: x - 8, y: y - 8, w: 16, h: 16 });
  }
  for (const p of drawn.filter((q) => q.deposit.location_precision !== "region")) {
    const d = p.deposit;
    const [x, y] = projection([p.lon!, p.lat!])!;
    const cls = CONTROL[d.control].tone;
    const shape = d.location_precision === "point" ? `<circle class="${cls}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6.5"/>` : `<circle class="mx-hollow ${cls}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6"/>`;
    marks.push(`<g ${tipFor(d, p)}>${shape}</g>`);
    const name = d.name.replace(/ (lithium|graphite|rare-earth|titanium|uranium|ilmenite|beryllium|zirconium).*$/i, "");
    const w = textWidth(name, 12) + 4;
    const box = place(x, y, w, 14, [[9, -7], [-w - 9, -7], ...around(w, 14)]);
    taken.push(box);
    labels.push(`<text x="${(box.x + 2).toFixed(1)}" y="${(box.y + 11).toFixed(1)}">${esc(name)}</text>`);
  }
  // Oblast boxes: one per oblast, a square per deposit, tied to the oblast's reference point.
  const byOblast = new Map<string, Placement[]>();
  for (const p of drawn.filter((q) => q.deposit.location_precision === "region")) byOblast.set(p.place!.id, [...(byOblast.get(p.place!.id) ?? []), p]);
  const anchors = [...byOblast.values()].map((list) => ({ list, xy: projection([list[0]!.lon!, list[0]!.lat!])! }));
  for (const { xy: [x, y] } of anchors) taken.push({ x: x - 3, y: y - 3, w: 6, h: 6 });
  for (const { list, xy: [x, y] } of anchors) {
    const title = list[0]!.place!.name.replace(" Oblast", "");
    const w = Math.max(textWidth(title, 12) + 10, list.length * 17 + 7);
    const h = 36;
    const box = place(x, y, w, h, around(w, h));
    taken.push(box);
    const cx = Math.min(Math.max(x, box.x), box.x + box.w);
    const cy = Math.min(Math.max(y, box.y), box.y + box.h);
    labels.push(`<line class="mx-leader" x1="${x.toFixed(1)}" y1="${y.toFixed(1)}" x2="${cx.toFixed(1)}" y2="${cy.toFixed(1)}"/><circle class="mx-anchor" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.5"/>`);
    labels.push(`<rect class="mx-oblast-box" x="${box.x.toFixed(1)}" y="${box.y.toFixed(1)}" width="${box.w.toFixed(1)}" height="${box.h}" rx="4"/><text class="mx-muted" x="${(box.x + 5).toFixed(1)}" y="${(box.y + 13).toFixed(1)}">${esc(title)}</text>`);
    list.forEach((p, i) => {
      const sx = box.x + 5 + i * 17;
      const sy = box.y + 18;
      marks.push(`<g ${tipFor(p.deposit, p)}><rect class="${CONTROL[p.deposit.control].tone}" x="${sx.toFixed(1)}" y="${sy.toFixed(1)}" width="14" height="14" rx="2"/></g>`);
    });
  }

  const mapSvg =
    `<svg class="mx-svg mx-map__svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="group" aria-label="Map of Ukraine with ${drawn.length} named deposits coloured by who controls them" overflow="hidden">` +
    `<path class="mx-neighbour" d="${neighbours}" aria-hidden="true" data-preview="omit"/><path class="mx-land" d="${path(outline)}" aria-hidden="true"/>` +
    `<g aria-hidden="true">${labels.filter((l) => l.startsWith("<line") || l.startsWith("<rect")).join("")}</g>${marks.join("")}<g aria-hidden="true">${labels.filter((l) => l.startsWith("<text")).join("")}</g></svg>`;

  // The list alternative, by oblast (also the only home of deposits we cannot place).
  const oblasts = [...new Set(placed.map((p) => p.deposit.region))].sort();
  const list = oblasts
    .map((region) => {
      const items = placed
        .filter((p) => p.deposit.region === region)
        .map(({ deposit: d, place: pl }) => {
          const c = CONTROL[d.control];
          // The name links to the deposit's own row (this list item on /minerals/): a permalink
          // readers can share, and the way out of an embed to the full entry.
          return `<li id="${esc(d.id)}"><span class="mx-swatch ${c.tone}"></span><a href="${esc(href(`/minerals/#${d.id}`))}"><strong>${esc(d.name)}</strong></a> — ${esc(d.minerals.map((m) => model.mineralById.get(m)?.name ?? m).join(", "))}. ${esc(c.label)} as of ${esc(dateLabel(d.control_as_of))} <span class="mx-muted">(${esc(publishers(model, d.control_sources))})</span>. <span class="mx-muted">Location: ${esc(PRECISION[d.location_precision])}${pl && pl.kind === "settlement" ? ` (${esc(pl.name)})` : ""}.</span></li>`;
        })
        .join("");
      return `<li class="mx-deposits__oblast">${esc(region)}</li>${items}`;
    })
    .join("");

  const legend =
    `<ul class="mx-legend" aria-label="Legend">` +
    Object.values(CONTROL).filter((c) => placed.some((p) => CONTROL[p.deposit.control] === c)).map((c) => `<li><span class="mx-swatch ${c.tone}"></span>${esc(c.label)}</li>`).join("") +
    `<li><span class="mx-swatch mx-swatch--dot mx-other"></span>Coordinates from a source</li><li><span class="mx-swatch mx-swatch--hollow"></span>At a named settlement nearby</li><li><span class="mx-swatch mx-swatch--box"></span>Known only to the oblast (box tied to the oblast's reference point)</li></ul>`;

  const counts = (control: string) => placed.filter((p) => p.deposit.control === control).length;
  const russia = counts("russia");
  const contested = counts("contested");
  const precise = placed.filter((p) => p.deposit.location_precision === "point").length;
  const takeaway = `Of ${placed.length} named deposits, ${russia} ${russia === 1 ? "is" : "are"} held by Russia and ${contested} contested as of the latest sources; only ${precise} ${precise === 1 ? "has" : "have"} published coordinates.`;

  const placeSources = [...new Set(placed.flatMap((p) => p.place?.sources ?? []))];
  return {
    id: "minerals-deposits-map",
    title: "Where the named deposits are, and who holds them",
    takeaway,
    description:
      `Map of Ukraine. ` +
      placed
        .map(({ deposit: d, place: pl }) => `${d.name}, ${d.region}: ${CONTROL[d.control].label.toLowerCase()} as of ${d.control_as_of}; ${PRECISION[d.location_precision]}${pl ? ` (${pl.name})` : ""}.`)
        .join(" "),
    svg: `<div class="mx mx-deposits-map">${legend}<div class="mx-map"><div class="mx-map__figure">${mapSvg}</div><ul class="mx-deposits" aria-label="Deposits by oblast">${list}</ul></div></div>`,
    columns: [
      { key: "id", label: "Deposit id" },
      { key: "name", label: "Name" },
      { key: "region", label: "Oblast" },
      { key: "minerals", label: "Minerals" },
      { key: "control", label: "Control" },
      { key: "control_as_of", label: "As of" },
      { key: "location_precision", label: "Location precision" },
      { key: "placed_at", label: "Drawn at" },
      { key: "lat", label: "Latitude drawn" },
      { key: "lon", label: "Longitude drawn" },
      { key: "control_sources", label: "Control sources" },
      { key: "sources", label: "Sources" },
    ],
    rows: placed.map(({ deposit: d, lat, lon, place: pl }) => ({
      id: d.id,
      name: d.name,
      region: d.region,
      minerals: d.minerals.join(";"),
      control: d.control,
      control_as_of: d.control_as_of,
      location_precision: d.location_precision,
      placed_at: lat === null ? "not drawn" : pl ? pl.id : "deposit's own coordinates",
      lat,
      lon,
      control_sources: d.control_sources.join(";"),
      sources: [...d.sources, ...(pl?.sources ?? [])].join(";"),
    })),
    sources: [...new Set([...placed.flatMap((p) => [...p.deposit.control_sources, ...p.deposit.sources]), ...placeSources])],
    notes:
      "Control is as of the date shown, from the sources cited; no front line is drawn. Oblast boxes and settlement rings are placement aids from data/places.csv (encyclopedia coordinates), not deposit locations. " +
      "Outline: Natural Earth 1:50m via world-atlas, with Crimea drawn as part of Ukraine.",
    page: "/minerals/",
  };
}
