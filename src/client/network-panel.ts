// The side panel for the selected actor, built with DOM calls (text is never parsed as HTML) from
// the actor's JSON written at build time.

import type { ActorDetails } from "../lib/actor-details.ts";

type Child = Node | string | null | false | undefined;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") el.textContent = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

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
  /** Select another actor in the graph. */
  onSelect: (actorId: string) => void;
}

export function renderPanel(body: HTMLElement, d: ActorDetails, o: PanelOptions): void {
  const out: Child[] = [];
  out.push(h("p", { class: "kicker", text: `${d.kind} · ${d.country}` }));
  if (d.role) out.push(h("p", { text: d.role }));
  if (d.parent) out.push(h("p", {}, "Part of ", link(d.parent.href, d.parent.name, o.base), "."));
  out.push(h("p", {}, link(d.href, `Open the page on ${d.name}`, o.base)));

  out.push(h("h4", { text: d.relations.length > 0 ? `Relations (${d.relations.length})` : "No relations recorded" }));
  if (d.relations.length > 0) {
    const list = h("ul");
    for (const r of d.relations) {
      const arrow = r.direction === "out" ? `${r.type} →` : r.direction === "in" ? `← ${r.type}` : `${r.type} (mutual)`;
      const pick = h("button", { type: "button", class: "net-linkish", text: r.other.name, "aria-label": `${r.other.name}: show in the network` });
      pick.addEventListener("click", () => o.onSelect(r.other.id));
      const sources = h("span", { class: "muted" }, "Sources: ");
      r.sources.forEach((s, i) => {
        if (i > 0) sources.append("; ");
        sources.append(link(s.href, s.publisher, o.base));
      });
      list.append(
        h("li", { "data-relation": r.id },
          h("span", { class: "net-panel__type", text: arrow }), " ", pick, h("br"),
          h("time", { text: r.dates }),
          !o.shown(r.id) && h("span", { class: "net-panel__off", text: ` (${o.hiddenNote})` }),
          h("br"), r.summary, h("br"), sources),
      );
    }
    out.push(list);
  }

  if (d.events.length > 0) {
    out.push(h("h4", { text: `Events (${d.events.length})` }));
    const list = h("ul");
    for (const e of d.events) list.append(h("li", {}, h("time", { text: e.date }), h("span", { class: "muted", text: ` (${e.role})` }), h("br"), link(e.href, e.headline, o.base)));
    out.push(list);
  }
  body.replaceChildren(...out.filter((c): c is Node | string => Boolean(c)));
}
