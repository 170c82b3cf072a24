// The page-wide half of ?date=: shows "Showing the record as of 3 March 2025 · Clear" under the
// header, a note when the date cannot be used, and makes every internal link carry the date so a
// reader can walk the whole site at one moment. The rows and marks of every page are dimmed here;
// views that redraw apply the date themselves (timeline-as-of.ts and deposits-as-of.ts read it with
// currentAsOf(), the network from its own state).

import { dayLabel, endedBefore, inSpan, knownBy, readAsOf, withDate } from "../../client/as-of-date.ts";

/**
 * Texts and drawings the build wrote once per span of the record ([data-as-of-version], with
 * data-from/data-until): the one whose span holds the date is shown, the others hidden. Nothing is
 * recomputed here; null shows today's (the open-ended span).
 */
function showVersions(date: string | null): void {
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>("[data-as-of-version]")) {
    const until = el.dataset.until ?? "";
    const hide = date === null ? until !== "" : !inSpan(el.dataset.from ?? "", until, date);
    // SVG has no `hidden`: a drawing's versions (words inside a chart) use its display attribute.
    if (el instanceof SVGElement) {
      if (hide) el.setAttribute("display", "none");
      else el.removeAttribute("display");
    } else el.hidden = hide;
  }
}

/**
 * Rows that carry their dates (data-known-from: when it was reported or began; data-known-until:
 * when it ended) are marked "later" or "ended" at the date; a page's [data-as-of-summary] counts them.
 * Rows named only by id (chart marks) get their dates from a [data-as-of-rows] list the build wrote.
 */
function markRows(date: string): void {
  const label = dayLabel(date);
  const datesById = new Map<string, string>();
  for (const el of document.querySelectorAll<HTMLElement>("[data-as-of-rows]")) {
    for (const pair of (el.dataset.asOfRows ?? "").split(" ")) {
      const [id, from] = pair.split("@");
      if (id && from) datesById.set(id, from);
    }
  }
  // Chart marks name their row in data-row-id; table rows carry it as their id.
  for (const el of document.querySelectorAll<Element>("[data-row-id], tr[id]")) {
    const from = datesById.get(el.getAttribute("data-row-id") ?? el.id);
    if (from && !el.hasAttribute("data-known-from")) el.setAttribute("data-known-from", from);
  }
  let later = 0;
  let ended = 0;
  const dated = document.querySelectorAll<Element>("[data-known-from], [data-known-until]");
  // Rows a drawing of the day leaves out (the deal's later texts): counted as "not shown", once each.
  const notShown = new Set<string>();
  const shownIds = new Set<string>();
  for (const el of dated) {
    const from = el.getAttribute("data-known-from");
    const until = el.getAttribute("data-known-until");
    const isLater = from !== null && from !== "" && !knownBy(from, date);
    const id = el.getAttribute("data-row-id");
    // A story figure is drawn as of its own step's day; a drawing of another moment is hidden.
    if (el.closest("[data-story-figure]")) continue;
    if (el.closest('[data-as-of-version][hidden], [data-as-of-version][display="none"]')) {
      if (isLater && id) notShown.add(id);
      continue;
    }
    if (id) shownIds.add(id);
    const isEnded = !isLater && endedBefore(until, date);
    if (!isLater && !isEnded) continue;
    if (isLater) later++;
    else ended++;
    el.classList.add(el instanceof SVGElement ? "is-after-date" : "as-of-later");
    const host = el instanceof HTMLTableRowElement ? el.cells[0] : el instanceof SVGElement ? null : el;
    if (host && !host.querySelector(".as-of-tag")) {
      const tag = document.createElement("span");
      tag.className = "tag as-of-tag";
      tag.textContent = isLater ? `after ${label}` : `ended before ${label}`;
      host.prepend(tag, " ");
    }
  }
  // A drawing's own count, beside it: "On 3 March 2025, 4 of 9 linked actors had a relation in force".
  for (const note of document.querySelectorAll<HTMLElement>("[data-as-of-tally]")) {
    const items = [...(note.closest("figure") ?? document).querySelectorAll("[data-as-of-tallied]")];
    const off = items.filter((el) => el.classList.contains("is-after-date")).length;
    note.textContent = `On ${label}, ${items.length - off} of ${items.length} ${note.dataset.asOfTally} ${note.dataset.asOfTallyVerb}` +
      (off > 0 ? `; the other ${off} ${off === 1 ? "is" : "are"} dimmed.` : ".");
    note.hidden = false;
  }
  if (dated.length === 0) return;
  for (const summary of document.querySelectorAll<HTMLElement>("[data-as-of-summary]")) {
    const parts = [later > 0 ? `${later} ${later === 1 ? "item" : "items"} dated after ${label}` : "", ended > 0 ? `${ended} that had ended by then` : ""].filter(Boolean);
    const omitted = [...notShown].filter((id) => !shownIds.has(id)).length;
    const left = omitted > 0 ? ` ${omitted} ${omitted === 1 ? "item" : "items"} dated later ${omitted === 1 ? "is" : "are"} not shown.` : "";
    summary.textContent = parts.length > 0
      ? `As of ${label}: ${parts.join(" and ")} ${later + ended === 1 ? "is" : "are"} dimmed and marked.${left}`
      : omitted > 0 ? `As of ${label}:${left}` : `As of ${label}: everything on this page had been reported by then.`;
    summary.hidden = false;
  }
}

const region = document.querySelector<HTMLElement>("[data-as-of]");
const bar = document.querySelector<HTMLElement>("[data-as-of-bar]");
const note = document.querySelector<HTMLElement>("[data-as-of-note]");

/** The landmark around bar and notes is shown only while one of them is. */
function syncRegion(): void {
  if (region) region.hidden = [...region.querySelectorAll<HTMLElement>("[data-as-of-bar], [data-as-of-note], [data-as-of-summary]")].every((el) => el.hidden);
}
let current: string | null = null;

/** Links this script gave a date; a later date replaces it and clearing removes it. */
const CARRIED = "data-as-of-carried";

// HTML and SVG links alike (timeline marks are SVG <a>), so the attribute, not .href.
function carry(a: Element): void {
  const href = a.getAttribute("href");
  if (!href || href.startsWith("#") || a.hasAttribute("data-as-of-keep") || a.hasAttribute("download")) return;
  const base = a.hasAttribute(CARRIED) ? withDate(href, null, location.href) ?? href : href;
  const next = current === null ? base : withDate(base, current, location.href);
  if (next === null) return;
  a.setAttribute("href", next);
  a.toggleAttribute(CARRIED, current !== null);
}

/**
 * Show `date` in the bar and on every link (null: hide the bar, links back to "now"). Called at
 * load for the address's date, and by views that change the date in place (the network's slider).
 * `links: "on-use"` leaves the links to take the date when used (the listeners below carry it on
 * pointerdown, focus and click): rewriting thousands of links on every step of a slider kept a
 * slow phone busy for half a second each time.
 */
export function showPageDate(date: string | null, { links = "now" }: { links?: "now" | "on-use" } = {}): void {
  if (!bar) return;
  current = date;
  if (date === null) {
    delete bar.dataset.date;
    bar.hidden = true;
    delete document.documentElement.dataset.asOf;
  } else {
    bar.dataset.date = date;
    bar.querySelector("[data-as-of-text]")!.textContent = `Showing the record as of ${dayLabel(date)}`;
    const clear = bar.querySelector<HTMLAnchorElement>("[data-as-of-clear]");
    if (clear) clear.href = withDate(location.href, null, location.href) ?? location.pathname;
    bar.hidden = false;
    document.documentElement.dataset.asOf = date;
  }
  if (links === "now") for (const a of document.querySelectorAll(date === null ? `[${CARRIED}]` : "a[href]")) carry(a);
  carryOnUse();
  syncRegion();
}

// Links that scripts add later (the timeline's detail panel, search results) get the date when used.
let listening = false;
function carryOnUse(): void {
  if (listening) return;
  listening = true;
  const onUse = (event: Event) => {
    const a = (event.target as Element | null)?.closest?.("a[href]");
    if (a && current !== null) carry(a);
  };
  document.addEventListener("click", onUse, true);
  document.addEventListener("focusin", onUse, true);
  document.addEventListener("pointerdown", onUse, true);
}

/**
 * The page at the address's date: the bar, the note for a date that cannot be used, the versions
 * and the dimmed rows. as-of-start.ts calls it at load when the address names a date.
 */
export function showAddressDate(): void {
  if (!bar) return;
  const request = readAsOf(location.search, bar.dataset.min ?? "0000-01-01", bar.dataset.max ?? "9999-12-31");
  if (request.rejected !== null && note) {
    note.textContent = `The date “${request.rejected}” in this address was ignored: ${request.reason}. Showing the record as it stands now.`;
    note.hidden = false;
  }
  if (request.date !== null) {
    showVersions(request.date);
    showPageDate(request.date);
    markRows(request.date);
  }
  syncRegion();
}
