// View state lives in the URL (filters, focus, time range), so any view can be shared, bookmarked
// and embedded. Small helpers shared by the interactive islands; no dependencies.

export type StateValue = string | string[] | number | null | undefined;

/** Read the current query string as plain values; list values use repeated or comma-joined keys. */
export function readState(search: string = location.search): URLSearchParams {
  return new URLSearchParams(search);
}

export function readList(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).flatMap((v) => v.split(",")).filter(Boolean);
}

export function readNumber(params: URLSearchParams, key: string): number | null {
  const v = params.get(key);
  if (v === null || v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Write state into the URL without reloading. Empty values are removed so a default view has a
 * clean address. `replace` avoids flooding history while dragging or zooming.
 */
export function writeState(state: Record<string, StateValue>, { replace = true } = {}): void {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(state)) {
    params.delete(key);
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
    } else {
      params.set(key, String(value));
    }
  }
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  if (replace) history.replaceState(history.state, "", url);
  else history.pushState(history.state, "", url);
}

/**
 * Opening a detail (an event, an actor) is a step the reader can go Back from: it pushes a history
 * entry, marked with the address it was opened from so closing it can step back instead.
 */
export function pushOpened(state: Record<string, StateValue>): void {
  const from = location.search;
  writeState(state, { replace: false });
  history.replaceState({ ...(history.state ?? {}), smtOpenedFrom: from }, "");
}

/**
 * Closing what pushOpened opened, from the page (a close button, Escape): if nothing else changed
 * since, step back, so the next Back leaves the page rather than doing nothing; else clear `state`'s
 * keys in place.
 */
export function closeOpened(state: Record<string, StateValue>): void {
  const from = (history.state as { smtOpenedFrom?: unknown } | null)?.smtOpenedFrom;
  const rest = new URLSearchParams(location.search);
  for (const key of Object.keys(state)) rest.delete(key);
  const query = rest.toString();
  if (typeof from === "string" && from === (query ? `?${query}` : "")) history.back();
  else writeState(state);
}

/** Scroll what was selected into view: its details first, then the mark itself if that left it out. */
export function revealSelection(mark: Element, details: Element | null): void {
  details?.scrollIntoView({ block: "nearest" });
  const box = mark.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) mark.scrollIntoView({ block: "nearest" });
}
