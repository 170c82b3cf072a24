// An event's details for the timeline's side panel. The actors, measures, disputes and sources live
// on the event's own page; fetching that block on demand keeps the timeline page light (every
// event's sources inline would weigh hundreds of kilobytes). The island loads this module only where
// there is a panel: an embed's marks open the event's own page.

import { eventPages } from "./event-pages.ts";

/** A loader that hands out a fresh copy of each event page's details block. */
export function eventDetails(pages = eventPages()): (href: string) => Promise<HTMLElement | null> {
  return (href) =>
    pages(href).then((page) => {
      const block = page?.querySelector("[data-event-details]");
      return block ? forPanel(block) : null;
    });
}

/** The page's block made to sit in the panel: headings one level down, ids that cannot clash with the page's. */
function forPanel(block: Element): HTMLElement {
  const copy = document.importNode(block, true) as HTMLElement;
  // On the page these sections sit under the h1; in the panel, under its h2.
  for (const h2 of copy.querySelectorAll("h2")) {
    const h3 = document.createElement("h3");
    for (const attr of h2.attributes) h3.setAttribute(attr.name, attr.value);
    h3.append(...h2.childNodes);
    h2.replaceWith(h3);
  }
  for (const el of copy.querySelectorAll("[id]")) el.id = `panel-${el.id}`;
  for (const el of copy.querySelectorAll("[aria-labelledby]")) el.setAttribute("aria-labelledby", `panel-${el.getAttribute("aria-labelledby")}`);
  return copy;
}

/** What the side panel shows for one event before its actors and sources arrive. */
export interface PanelContent {
  /** The event's track. */
  kicker: string;
  title: string;
  date: string;
  summary: HTMLElement | undefined;
  /** The event's page, where its details block comes from and the panel's link goes. */
  href: string;
}

/** An event of the page's list: the panel repeats what its list item says. */
export function listItemContent(item: HTMLElement): PanelContent {
  return {
    kicker: item.querySelector(".tag")?.textContent ?? "",
    title: item.querySelector(".tl-list__headline")?.textContent ?? "",
    date: item.querySelector("time")?.textContent ?? "",
    summary: item.querySelector("[data-summary]")?.cloneNode(true) as HTMLElement | undefined,
    href: item.querySelector<HTMLAnchorElement>(".tl-list__headline a")!.href,
  };
}

/** An event a dense timeline drew from its month's file (it has no list item on the page). */
export function loadedContent(e: { headline: string; when: string; summary: string; href: string }, trackLabel: string): PanelContent {
  return {
    kicker: trackLabel,
    title: e.headline,
    date: e.when,
    summary: Object.assign(document.createElement("p"), { className: "tl-list__summary", textContent: e.summary }),
    href: new URL(e.href, location.href).href,
  };
}

/**
 * Fill the panel with `content` and a loading line that the event's details replace when they
 * arrive, unless the reader has moved on (`stillShown`). The panel is shown.
 */
export function showInPanel(panel: HTMLElement, content: PanelContent, details: (href: string) => Promise<HTMLElement | null>, stillShown: () => boolean): void {
  panel.querySelector("[data-panel-kicker]")!.textContent = content.kicker;
  panel.querySelector("[data-panel-title]")!.textContent = content.title;
  panel.querySelector("[data-panel-date]")!.textContent = content.date;
  const loading = document.createElement("p");
  loading.className = "muted";
  loading.textContent = "Loading actors and sources…";
  panel.querySelector("[data-panel-body]")!.replaceChildren(...[content.summary, loading].filter((n): n is HTMLElement => n !== undefined));
  void details(content.href).then((block) => {
    if (!stillShown()) return;
    if (block) loading.replaceWith(block);
    else loading.textContent = "Actors and sources are on the event's page.";
  });
  panel.querySelector<HTMLAnchorElement>("[data-panel-link]")!.href = content.href;
  panel.hidden = false;
}
