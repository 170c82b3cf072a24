// An event's details for the timeline's side panel. The actors, measures, disputes and sources live
// on the event's own page; fetching that block on demand keeps the timeline page light (every
// event's sources inline would weigh hundreds of kilobytes).

/** A loader that fetches each event page once and hands out a fresh copy of its details block. */
export function eventDetails(): (href: string) => Promise<HTMLElement | null> {
  const fetched = new Map<string, Promise<Element | null>>();
  return (href) => {
    if (!fetched.has(href)) {
      fetched.set(
        href,
        fetch(href)
          .then((r) => (r.ok ? r.text() : ""))
          .then((html) => new DOMParser().parseFromString(html, "text/html").querySelector("[data-event-details]"))
          .catch(() => null),
      );
    }
    return fetched.get(href)!.then((block) => (block ? forPanel(block) : null));
  };
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
