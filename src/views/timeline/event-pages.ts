// The timeline's fetches of event pages, shared by the detail panel (timeline-details.ts) and a dense
// timeline's shared links (timeline-months.ts), so one page is never fetched twice.

/**
 * Event pages, each fetched and parsed once for everything the timeline reads from it: the panel's
 * details and, on a dense timeline, the month of the event a shared link names (timeline-months.ts).
 * Keyed by absolute address, so a relative and an absolute link to one page share a request. A page
 * that fails to load resolves to null.
 */
export function eventPages(): (href: string) => Promise<Document | null> {
  const fetched = new Map<string, Promise<Document | null>>();
  return (href) => {
    const url = new URL(href, location.href).href;
    let page = fetched.get(url);
    if (!page) {
      page = fetch(url)
        .then((r) => (r.ok ? r.text() : null))
        .then((html) => (html === null ? null : new DOMParser().parseFromString(html, "text/html")))
        .catch(() => null);
      fetched.set(url, page);
    }
    return page;
  };
}
