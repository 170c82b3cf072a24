// The tables behind the mineral charts, as /minerals/figures/ lists them: which rows, which columns,
// and how each row reads. Defined once for that page and, past MINERAL_ROWS_PER_PAGE rows of a
// table (a hundred times today's data), for the table's own pages /minerals/figures/<slug>/<n>/;
// which rows each table lists and on which page is src/site/row-pages.ts, which links ask too.

import type { Model } from "../../data/model.ts";
import { CONTROL } from "./deposits.ts";
import { formatPartialDate } from "../../data/dates.ts";
import { formatQuantity } from "../../data/format.ts";
import { LABELS } from "../../data/tables.generated.ts";
import { inSentence } from "../../data/words.ts";
import { mineralListed, mineralPaging } from "../../site/row-pages.ts";

type Cell = string | number | null | undefined;
export interface MineralTable {
  slug: string;
  heading: string;
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  /** Every row, in file order, as the table shows it (each has an `id`). */
  rows: Record<string, Cell>[];
  /** Pages of the table; 0 while /minerals/figures/ lists it whole. */
  pageCount: number;
  pageSize: number;
}

const cache = new WeakMap<Model, MineralTable[]>();

export function mineralTables(model: Model): MineralTable[] {
  let tables = cache.get(model);
  if (tables) return tables;
  const pubs = (ids: readonly string[]) => [...new Set(ids.map((id) => model.sourceById.get(id)?.publisher ?? id))].join("; ");
  const who = (id: string | null) => (id ? (model.actorById.get(id)?.name ?? id) : "—");
  const listed = mineralListed(model);
  const table = (t: Omit<MineralTable, "pageCount" | "pageSize" | "slug"> & { slug: keyof typeof listed }): MineralTable => ({ ...t, ...mineralPaging(listed[t.slug].length) });
  tables = [
    table({
      slug: "mineral-stats", heading: "Reserves, production and shares", caption: "Mineral figures",
      columns: [{ key: "id", label: "Id" }, { key: "what", label: "What" }, { key: "value", label: "Value", numeric: true }, { key: "basis", label: "Basis" }, { key: "who", label: "Whose figure" }, { key: "sources", label: "Sources" }],
      rows: listed["mineral-stats"].map((s) => ({ id: s.id, what: `${s.country} · ${model.mineralById.get(s.mineral)?.name ?? s.mineral} · ${inSentence(LABELS.mineral_stats.metric[s.metric])} · ${formatPartialDate(s.year)}`, value: s.value === null ? `no figure: ${s.missing_reason}` : formatQuantity(s), basis: s.basis, who: who(s.claimant), sources: pubs(s.sources) })),
    }),
    table({
      // Deposits with the latest state of their control history (the history is on /minerals/).
      slug: "deposits", heading: "Named deposits", caption: "Deposits",
      columns: [{ key: "id", label: "Id" }, { key: "name", label: "Name" }, { key: "region", label: "Region" }, { key: "minerals", label: "Minerals" }, { key: "control", label: "Who holds the ground" }, { key: "location", label: "Location" }, { key: "sources", label: "Sources" }],
      rows: listed.deposits.map((d) => ({ id: d.id, name: d.name, region: d.region, minerals: d.minerals.map((m) => model.mineralById.get(m)?.name ?? m).join(", "), control: `${CONTROL[d.control].label}, as of ${formatPartialDate(d.control_as_of)} (${pubs(d.control_sources)})`, location: d.location_precision === "point" && d.lat !== null ? `${d.lat}, ${d.lon}` : d.location_precision, sources: pubs(d.sources) })),
    }),
    table({
      slug: "figures", heading: "Money and shares around the deal", caption: "Figures and claims around the deal",
      columns: [{ key: "id", label: "Id" }, { key: "label", label: "What" }, { key: "value", label: "Value", numeric: true }, { key: "kind", label: "Kind" }, { key: "who", label: "Who says" }, { key: "asOf", label: "As of" }, { key: "sources", label: "Sources" }],
      rows: listed.figures.map((f) => ({ id: f.id, label: f.label, value: formatQuantity(f), kind: f.kind, who: who(f.claimant), asOf: formatPartialDate(f.as_of), sources: pubs(f.sources) })),
    }),
    table({
      slug: "deal-terms", heading: "The deal's terms", caption: "Terms by version of the agreement",
      columns: [{ key: "id", label: "Id" }, { key: "topic", label: "Term" }, { key: "version", label: "Version" }, { key: "date", label: "Date" }, { key: "text", label: "What it says" }, { key: "sources", label: "Sources" }],
      rows: listed["deal-terms"].map((t) => ({ id: t.id, topic: LABELS.deal_terms.topic[t.topic], version: LABELS.deal_terms.version[t.version], date: formatPartialDate(t.version_date), text: t.text, sources: pubs(t.sources) })),
    }),
    table({
      slug: "places", heading: "Places used to draw deposits on the map", caption: "Places",
      columns: [{ key: "id", label: "Id" }, { key: "name", label: "Name" }, { key: "kind", label: "Kind" }, { key: "lat", label: "Latitude", numeric: true }, { key: "lon", label: "Longitude", numeric: true }, { key: "notes", label: "Notes" }, { key: "sources", label: "Sources" }],
      rows: listed.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, lat: p.lat, lon: p.lon, notes: p.notes, sources: pubs(p.sources) })),
    }),
  ];
  cache.set(model, tables);
  return tables;
}
