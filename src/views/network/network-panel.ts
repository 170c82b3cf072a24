// The side panel for the selected actor, built with DOM calls (text is never parsed as HTML) from
// the actor's JSON written at build time.

import type { ActorDetails } from "./actor-details.ts";
import { knownBy } from "../../data/dates.ts";
import { h, type Child } from "../../client/dom.ts";

/** Links come from our own build; anything not under the site's base is shown as text. */
function link(href: string, text: string, base: string): HTMLElement {
  return href.startsWith(base) ? h("a", { href, text }) : h("span", { text });
}

export interface PanelOptions {
  base: string;
  /** Is this relation drawn right now (filters and date)? */
  shown: (relationId: string) => boolean;
  /** Describes what hides a relation, for the note beside it ("not active on 3 March 2025"). */
  hiddenNote: string;
  /** The network's date (YYYY-MM-DD), if one is set: later events are not yet part of the record. */
  date?: string | null;
  /** Select another actor in the graph. */
  onSelect: (actorId: string) => void;
}

type Relation = ActorDetails["relations"][number];

function relationItem(r: Relation, o: PanelOptions, shown: boolean): HTMLLIElement {
  const arrow = r.direction === "out" ? `${r.type} →` : r.direction === "in" ? `← ${r.type}` : `${r.type} (mutual)`;
  const pick = shown
    ? h("button", { type: "button", class: "net-linkish", text: r.other.name, "aria-label": `${r.other.name}: show in the network` })
    : h("strong", { text: r.other.name });
  if (shown) pick.addEventListener("click", () => o.onSelect(r.other.id));
  const sources = h("span", { class: "muted" }, "Sources: ");
  r.sources.forEach((s, i) => {
    if (i > 0) sources.append("; ");
    sources.append(link(s.href, s.publisher, o.base));
  });
  return h("li", { "data-relation": r.id },
    h("span", { class: "net-panel__type", text: arrow }), " ", pick, h("br"),
    h("time", { text: r.dates }),
    h("br"), r.summary, h("br"), sources);
}

/**
 * The panel follows what the graph shows: the relations drawn now (with the date and filters) are
 * counted and listed, so every highlighted neighbour is named here; the others wait, folded, under
 * a note saying why they are not drawn. Events after the network's date are left out likewise.
 */
export function renderPanel(body: HTMLElement, d: ActorDetails, o: PanelOptions): void {
  const out: Child[] = [];
  out.push(h("p", { class: "kicker", text: `${d.kind} · ${d.country}` }));
  if (d.role) out.push(h("p", { text: d.role }));
  if (d.parent) out.push(h("p", {}, "Part of ", link(d.parent.href, d.parent.name, o.base), "."));
  out.push(h("p", {}, link(d.href, `Open the page on ${d.name}`, o.base)));

  const shown = d.relations.filter((r) => o.shown(r.id));
  const hidden = d.relations.filter((r) => !o.shown(r.id));
  const total = d.relations.length;
  out.push(
    h("h4", {
      "data-relations-count": "",
      text: total === 0 ? "No relations recorded" : hidden.length === 0 ? `Relations (${total})` : `Relations shown (${shown.length} of ${total})`,
    }),
  );
  if (shown.length > 0) {
    const list = h("ul", { "data-relations-shown": "" });
    for (const r of shown) list.append(relationItem(r, o, true));
    out.push(list);
  } else if (total > 0) {
    out.push(h("p", { class: "muted", text: `None drawn now (${o.hiddenNote}).` }));
  }
  if (hidden.length > 0) {
    const list = h("ul");
    for (const r of hidden) list.append(relationItem(r, o, false));
    out.push(h("details", { class: "net-panel__hidden", "data-relations-hidden": "" },
      h("summary", { text: `${hidden.length} not drawn now (${o.hiddenNote})` }), list));
  }

  const events = o.date ? d.events.filter((e) => knownBy(e.day, o.date!)) : d.events;
  if (d.events.length > 0) {
    const later = d.events.length - events.length;
    out.push(h("h4", { "data-events-count": "", text: later > 0 ? `Events to this date (${events.length} of ${d.events.length})` : `Events (${d.events.length})` }));
    const list = h("ul");
    for (const e of events) list.append(h("li", {}, h("time", { text: e.date }), h("span", { class: "muted", text: ` (${e.role})` }), h("br"), link(e.href, e.headline, o.base)));
    out.push(list);
  }
  body.replaceChildren(...out.filter((c): c is Node | string => Boolean(c)));
}
