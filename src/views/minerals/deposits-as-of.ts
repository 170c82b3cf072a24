// ?date= on the deposits: each mark on the map (and wherever a chart draws a deposit with its
// data-control-history) takes the colour of the state in force that day, its tooltip says so, and
// the control history table marks that state. The build drew every colour already; this only swaps
// which one a mark wears, using the chart's own data-control-paint list.

import { controlAt, parseHistoryAttr } from "../../data/deposit-control.ts";
import { currentAsOf, dayLabel } from "../../client/as-of-date.ts";

function paintOf(svg: Element | null): Map<string, { token: string; label: string }> {
  const out = new Map<string, { token: string; label: string }>();
  for (const part of (svg?.getAttribute("data-control-paint") ?? "").split(";")) {
    const [control, token, label] = part.split(":");
    if (control && token) out.set(control, { token, label: label ?? control });
  }
  return out;
}

/** Swap one paint token (a class or a colour) for another on the mark and what it holds. */
function repaint(mark: Element, from: string, to: string): void {
  for (const el of [mark, ...mark.querySelectorAll("*")]) {
    if (el.classList.contains(from)) el.classList.replace(from, to);
    for (const attr of ["fill", "stroke"]) if (el.getAttribute(attr) === from) el.setAttribute(attr, to);
  }
}

/** Recolour the page's deposits as of the address's date; as-of-start.ts calls it after the bar is shown. */
export function showDepositsAsOf(): void {
  const date = currentAsOf();
  if (date === null) return;
  const label = dayLabel(date);
  // Counted by deposit, not by mark: a deposit is drawn in both sizes of a drawing, and on more than
  // one chart (the count said "20 differ" of 14 deposits).
  const changed = new Set<string>();
  const none = new Set<string>();
  // A story figure is drawn as of its own step's day, whatever date the page is shown at.
  for (const mark of document.querySelectorAll<SVGElement>("[data-control-history]")) {
    if (mark.closest("[data-story-figure]")) continue;
    const paint = paintOf(mark.closest("[data-control-paint]"));
    const state = controlAt(parseHistoryAttr(mark.getAttribute("data-control-history")), date);
    const now = mark.getAttribute("data-control") ?? "unknown";
    const then = state?.control ?? "unknown";
    if (then !== now) {
      const a = paint.get(now);
      const b = paint.get(then);
      if (a && b) repaint(mark, a.token, b.token);
      mark.setAttribute("data-control", then);
    }
    // A list's swatch only changes colour: its words are the list's, and the mark is counted once.
    if (mark.hasAttribute("data-control-swatch")) continue;
    const deposit = mark.getAttribute("data-row-id") ?? mark.getAttribute("data-label") ?? "";
    if (!state) none.add(deposit);
    if (then !== now) changed.add(deposit);
    const text = state ? `${paint.get(then)?.label ?? then} on ${label}` : `No report of who held it by ${label}`;
    mark.setAttribute("data-display", text);
    mark.setAttribute("data-date", state ? dayLabel(state.as_of) : "");
    const name = mark.getAttribute("data-label") ?? "";
    mark.setAttribute("aria-label", `${name}: ${text}.`);
  }
  for (const row of document.querySelectorAll<HTMLElement>("[data-deposit-state]")) {
    const from = row.dataset.stateFrom ?? "";
    const until = row.dataset.stateUntil ?? "";
    const inForce = from <= date && (until === "" || date < until);
    row.classList.toggle("as-of-later", from > date);
    if (inForce) {
      row.classList.add("is-in-force");
      const tag = document.createElement("span");
      tag.className = "tag";
      tag.textContent = `in force on ${label}`;
      row.querySelector("[data-state-label]")?.after(" ", tag);
    }
  }
  // Each drawing that was recoloured says so just above itself (the key inside it names the colours).
  for (const svg of document.querySelectorAll<SVGSVGElement>("svg[data-control-paint]")) {
    if (svg.closest("[data-story-figure]") || svg.previousElementSibling?.classList.contains("as-of-chart-note")) continue;
    const p = document.createElement("p");
    p.className = "as-of-chart-note";
    p.textContent = `Deposits coloured by who held them on ${label}.`;
    svg.before(p);
  }
  const note = document.querySelector<HTMLElement>("[data-deposit-as-of]");
  if (note) {
    note.textContent =
      `Deposits are coloured by who held them on ${label}. ` +
      (changed.size > 0 ? `${changed.size} ${changed.size === 1 ? "differs" : "differ"} from the latest state. ` : "No deposit had changed hands since then. ") +
      (none.size > 0 ? `${none.size} had no reported state yet and ${none.size === 1 ? "is" : "are"} shown as unknown.` : "");
    note.hidden = false;
  }
  document.documentElement.dataset.depositsAsOf = date;
}
