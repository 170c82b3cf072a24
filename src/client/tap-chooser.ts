// The short list tap-targets.ts opens where a tap lands within reach of several marks: a button per
// mark, in reading order, next to the finger. A module of its own, fetched when a finger first
// touches a chart or marks first crowd under a click, so most mouse and keyboard readers never
// download it. One list is open at a time on a page.

import { h as el } from "./dom.ts";

export interface ChooserOptions {
  /** The mark's name on its button. */
  name: (mark: SVGElement) => string;
  /** What the marks are called: "events", "actors". */
  noun: string;
  /** What choosing a mark does (tap-targets.ts passes the chart's own way of acting on a mark). */
  choose: (mark: SVGElement, at: { x: number; y: number }) => void;
}

let chooser: HTMLElement | null = null;
let focusBefore: HTMLElement | SVGElement | null = null;

function closeChooser(returnFocus = true): void {
  if (!chooser) return;
  const from = chooser;
  chooser = null;
  from.remove();
  if (returnFocus && focusBefore?.isConnected) focusBefore.focus();
}

export function openChooser(marks: SVGElement[], at: { x: number; y: number }, o: ChooserOptions): void {
  closeChooser(false);
  focusBefore = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
  const list = el("ul");
  for (const mark of [...marks].sort(readingOrder)) {
    const button = el("button", { type: "button", text: o.name(mark) });
    button.addEventListener("click", () => {
      closeChooser(false);
      o.choose(mark, at);
    });
    list.append(el("li", {}, button));
  }
  const close = el("button", { type: "button", class: "tap-chooser__close", "aria-label": "Close the list", text: "×" });
  close.addEventListener("click", () => closeChooser());
  const box = el("div", { class: "tap-chooser", role: "dialog", "aria-label": `${marks.length} ${o.noun} here` },
    close,
    el("p", { class: "tap-chooser__title", text: `${marks.length} ${o.noun} here. Choose one:` }),
    list);
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      closeChooser();
    }
  });
  document.body.append(box);
  // Next to the tap, inside the window.
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  const left = Math.min(Math.max(8, at.x - w / 2), document.documentElement.clientWidth - w - 8);
  const top = at.y + 16 + h <= innerHeight ? at.y + 16 : Math.max(8, at.y - 16 - h);
  box.style.left = `${Math.round(left + scrollX)}px`;
  box.style.top = `${Math.round(top + scrollY)}px`;
  chooser = box;
  box.querySelector<HTMLButtonElement>("ul button")?.focus();
}

// A tap elsewhere closes the list.
document.addEventListener("pointerdown", (e) => {
  if (chooser && !chooser.contains(e.target as Node)) closeChooser(false);
});

/**
 * Time order where marks carry a date (timeline events: the document holds them by track, so a
 * crowded spot across lanes would read out of order), else the chart's own order; never by distance
 * from the finger.
 */
function readingOrder(a: SVGElement, b: SVGElement): number {
  const da = a.dataset.date;
  const db = b.dataset.date;
  if (da && db && da !== db) return da < db ? -1 : 1;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
