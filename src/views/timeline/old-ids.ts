// Links made before an event was renamed or removed keep working on the timeline:
// ?event=<old id> selects the event under its new id (and puts that id in the address bar), and an
// id that was removed shows a notice linking to the page at its old address, which says why.
// The map comes from redirects.csv through the timeline's data-old-events attribute.

import { writeState } from "../../client/url-state.ts";

type OldEvent = { to: string } | { removed: string };

/** The event id to open for `id` from the URL, following a rename; null for a removed or no id. */
export function followOldEvent(root: HTMLElement, id: string | null): string | null {
  if (!id) return null;
  let map: Record<string, OldEvent> = {};
  try {
    map = JSON.parse(root.dataset.oldEvents ?? "{}") as Record<string, OldEvent>;
  } catch {
    return id;
  }
  const old = Object.hasOwn(map, id) ? map[id] : undefined;
  if (!old) return id;
  if ("to" in old) {
    writeEvent(old.to);
    return old.to;
  }
  const notice = root.querySelector<HTMLElement>("[data-old-event-notice]");
  const link = notice?.querySelector<HTMLAnchorElement>("[data-old-event-link]");
  if (notice && link) {
    link.href = old.removed;
    notice.hidden = false;
  }
  writeEvent(null);
  return null;
}

function writeEvent(id: string | null): void {
  writeState({ event: id });
}
