// An actor's neighbourhood for its page: the actor on top, everyone it has a relation with below in
// the order their first relation began, and every relation among them as an arc on the left (an arc
// diagram). One column of names stays legible on a phone, needs no layout search, and shows both
// who the actor dealt with, and when, and which of those also dealt with each other.

import type { Model } from "../../data/model.ts";
import type { ActorRow, RelationRow } from "../../data/tables.generated.ts";
import { compareDates, formatPartialDate } from "../../data/dates.ts";
import { paths } from "../../site/paths.ts";
import { countryGroup, countryName, familyOf, kindOf, shapePath, shortName, typeLabel } from "./network-style.ts";
import { textWidth } from "../../charts/text-width.ts";
import type { Drawing } from "../../charts/chart.ts";
import { h, render, type Attrs, type SvgNode } from "../../charts/dom.ts";
import { plural } from "../../data/words.ts";

export const HOOD_WIDTH = 400;
const ROW = 38;
const TOP = 22;
const NODE_X = 100;
const MAX_BEND = 92;
const NAME_SIZE = 14;
const TYPES_SIZE = 12;

export interface Neighbourhood {
  drawing: Drawing;
  /** Other actors, in drawing order (by first relation). */
  neighbours: ActorRow[];
  /** Every relation drawn: the actor's own and those among its neighbours. */
  relations: RelationRow[];
}

const num = (n: number) => String(Math.round(n * 10) / 10);

function fit(text: string, size: number, room: number): string {
  if (textWidth(text, size) <= room) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** When a mark's row began and ended, for the browser's ?date= dimming; nothing for an open end. */
const knownAttrs = (from: string, until: string | null | undefined): Attrs => ({ "data-known-from": from, "data-known-until": until || undefined });

export function actorNeighbourhood(model: Model, actorId: string): Neighbourhood | null {
  const ego = model.actorById.get(actorId);
  if (!ego) throw new Error(`unknown actor ${actorId}`);
  const own = model.relationsOfActor.get(actorId) ?? [];
  if (own.length === 0) return null;

  const firstWith = new Map<string, string>();
  const byOther = new Map<string, RelationRow[]>();
  for (const r of own) {
    const other = r.from === actorId ? r.to : r.from;
    if (other === actorId) continue;
    byOther.set(other, [...(byOther.get(other) ?? []), r]);
    const seen = firstWith.get(other);
    if (!seen || compareDates(r.start, seen) < 0) firstWith.set(other, r.start);
  }
  const neighbours = [...byOther.keys()]
    .map((id) => model.actorById.get(id)!)
    .sort((a, b) => compareDates(firstWith.get(a.id)!, firstWith.get(b.id)!) || a.name.localeCompare(b.name));
  const row = new Map<string, number>([[actorId, 0], ...neighbours.map((a, i) => [a.id, i + 1] as [string, number])]);
  const among = new Set(row.keys());
  const seenRel = new Set<string>();
  const relations: RelationRow[] = [];
  for (const id of among) {
    for (const r of model.relationsOfActor.get(id) ?? []) {
      if (seenRel.has(r.id) || !among.has(r.from) || !among.has(r.to) || r.from === r.to) continue;
      seenRel.add(r.id);
      relations.push(r);
    }
  }

  const height = TOP + ROW * (neighbours.length + 1) + 6;
  const y = (id: string) => TOP + ROW * row.get(id)! + 6;
  const label = `${ego.name} and the ${plural(neighbours.length, "actor")} linked to them by ${plural(own.length, "relation")}` +
    (relations.length > own.length ? `, with ${relations.length - own.length} more among those actors` : "");
  const arrow = h(
    "defs",
    {},
    h("marker", { id: "hood-arrow", viewBox: "0 0 10 10", refX: "0", refY: "5", markerUnits: "userSpaceOnUse", markerWidth: "7", markerHeight: "7", orient: "auto" }, h("path", { class: "net-arrow", d: "M0 0L10 5L0 10Z" })),
  );

  // Arcs: wider for longer spans, so arcs that share an end nest instead of crossing. Several
  // relations between one pair fan out a little.
  const maxSpan = Math.max(1, ...relations.map((r) => Math.abs(row.get(r.from)! - row.get(r.to)!)));
  const perPair = new Map<string, number>();
  const arcs: SvgNode[] = [];
  for (const r of [...relations].sort((a, b) => compareDates(a.start, b.start) || a.id.localeCompare(b.id))) {
    const key = [r.from, r.to].sort().join(" ");
    const k = perPair.get(key) ?? 0;
    perPair.set(key, k + 1);
    const y1 = y(r.from);
    const y2 = y(r.to);
    const span = Math.abs(row.get(r.from)! - row.get(r.to)!);
    const bend = Math.min(MAX_BEND, 14 + (MAX_BEND - 14) * (span / maxSpan)) + k * 5;
    const rTo = r.to === actorId ? 10 : 7;
    const gap = r.directed ? 7 : 0;
    const x1 = NODE_X - (r.from === actorId ? 10 : 7);
    const x2 = NODE_X - rTo - gap;
    arcs.push(
      h("path", {
        class: `e f-${familyOf(r.type)}`,
        d: `M${num(x1)} ${num(y1)}C${num(NODE_X - bend)} ${num(y1)} ${num(NODE_X - bend)} ${num(y2)} ${num(x2)} ${num(y2)}`,
        "marker-end": r.directed ? "url(#hood-arrow)" : undefined,
        "data-relation-id": r.id,
        ...knownAttrs(r.start, r.end),
      }),
    );
  }

  const typesWith = (other: string) => {
    const list = byOther.get(other) ?? [];
    const counts = new Map<string, number>();
    for (const r of list) {
      const t = r.directed ? (r.from === actorId ? `${typeLabel(r.type)} →` : `← ${typeLabel(r.type)}`) : typeLabel(r.type);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const types = [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", ");
    return `${formatPartialDate(firstWith.get(other)!)} · ${types}`;
  };

  // A neighbour is linked from its first relation's start until its last relation ends (open while
  // any is ongoing); ?date= dims it outside that (as-of-bar.ts), as it dims the arcs.
  const lastWith = (other: string): string | null => {
    const ends = (byOther.get(other) ?? []).map((r) => r.end ?? null);
    return ends.some((e) => e === null || e === "") ? null : [...(ends as string[])].sort(compareDates).at(-1) ?? null;
  };

  const textX = NODE_X + 16;
  const room = HOOD_WIDTH - textX - 4;
  const node = (a: ActorRow, r: number, link: boolean): SvgNode => {
    const shape = h("path", { class: `g-${countryGroup(a.country)}`, d: shapePath(kindOf(a.kind).shape, NODE_X, y(a.id), r) });
    const name = h("text", { class: "hood-name", x: String(textX), y: num(y(a.id) - 2) }, fit(shortName(a.name, 40), NAME_SIZE, room));
    const sub = a.id === actorId
      ? `${kindOf(a.kind).label} · ${countryName(a.country)}`
      : typesWith(a.id);
    const second = h("text", { class: "hood-types", x: String(textX), y: num(y(a.id) + 13) }, fit(sub, TYPES_SIZE, room));
    return link
      ? h("a", { href: paths.actor(a.id), "data-actor-id": a.id, "data-as-of-tallied": true, ...knownAttrs(firstWith.get(a.id)!, lastWith(a.id)) }, shape, name, second)
      : h("g", { class: "hood-ego", "data-actor-id": a.id }, shape, name, second);
  };
  const root = h(
    "svg",
    { class: "hood-svg", viewBox: `0 0 ${HOOD_WIDTH} ${height}`, role: "group", "aria-label": label },
    arrow,
    h("g", { class: "hood-arcs", "aria-hidden": "true" }, arcs),
    h("g", { class: "hood-nodes" }, node(ego, 10, false), neighbours.map((a) => node(a, 7, true))),
  );
  return { drawing: { svg: render(root), width: HOOD_WIDTH, height }, neighbours, relations };
}
