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
