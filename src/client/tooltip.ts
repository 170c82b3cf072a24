// Hover and keyboard focus on a chart mark show its exact figure, unit, date and source. The marks
// are SVG elements rendered at build time carrying data-* attributes (src/views/minerals/markup.ts);
// this island only reads them. Inside each drawing the marks form one tab stop with arrow keys to
// move (a roving tabindex), so a keyboard user does not tab through a hundred bars. A chart holds a
// wide and a narrow drawing of which only one is shown: each drawing has its own tab stop, and the
// arrows move within the drawing the reader sees.

import { keyStep } from "./roving.ts";

const MARK = "[data-mark]";
let tip: HTMLDivElement | null = null;
let shownFor: Element | null = null;

function tipElement(): HTMLDivElement {
  if (tip) return tip;
  tip = document.createElement("div");
  tip.className = "mx-tip";
  // Screen readers already hear the mark's aria-label; the box is for eyes only.
  tip.setAttribute("aria-hidden", "true");
  tip.hidden = true;
  document.body.append(tip);
  return tip;
}

function line(className: string, text: string | null | undefined): HTMLElement | null {
  if (!text) return null;
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

/** The mark's tooltip text: its own, or its wide twin's (narrow drawings carry only ids and values). */
function tipData(mark: Element): DOMStringMap {
  const own = (mark as HTMLElement | SVGElement).dataset;
  if (own.display !== undefined) return own;
  const twin = mark.closest("[data-chart-id]")?.querySelector(`[data-mark][data-row-id="${CSS.escape(own.rowId ?? "")}"][data-display]`);
  return twin ? (twin as HTMLElement | SVGElement).dataset : own;
}

function show(mark: Element): void {
  const box = tipElement();
  // A tap shows the box on pointerover and focuses the mark a moment later: the box is already right.
  if (mark === shownFor && !box.hidden) return;
  // Where the mark is, read before the box changes, while the page's layout is still clean: read
  // after, it would make the browser lay the page out once more.
  const r = mark.getBoundingClientRect();
  const d = tipData(mark);
  box.replaceChildren(
    ...[
      line("mx-tip__label", d.label),
      line("mx-tip__value", d.display),
      line("mx-tip__date", d.date),
      line("mx-tip__note", d.note),
      line("mx-tip__source", d.source ? `Source: ${d.source}` : null),
    ].filter((el): el is HTMLElement => el !== null),
  );
  box.hidden = false;
  shownFor = mark;
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  const left = Math.min(Math.max(8, r.left + r.width / 2 - w / 2), document.documentElement.clientWidth - w - 8);
  const above = r.top - h - 8;
  const top = above >= 8 ? above : r.bottom + 8;
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${top + window.scrollY}px`;
}

function hide(): void {
  if (tip) tip.hidden = true;
  shownFor = null;
}

const markOf = (target: EventTarget | null): Element | null => (target instanceof Element ? target.closest(MARK) : null);

document.addEventListener("pointerover", (e) => {
  // A finger's tap focuses the mark it chose (mineral-marks.ts), which shows the box: showing it
  // on the touch's pointerover as well laid the page out and painted it once more before the tap
  // was answered.
  if (e.pointerType === "touch") return;
  const mark = markOf(e.target);
  if (mark && mark !== shownFor) show(mark);
});
document.addEventListener("pointerout", (e) => {
  const from = markOf(e.target);
  if (from && !from.contains(e.relatedTarget as Node | null) && document.activeElement !== from) hide();
});
document.addEventListener("focusin", (e) => {
  const mark = markOf(e.target);
  if (mark) show(mark);
});
document.addEventListener("focusout", (e) => {
  if (markOf(e.target)) hide();
});

// Roving tabindex per drawing: one tab stop (set at build time on the first mark), arrows move,
// Home/End jump, Escape hides the box. Marks are looked up when a key is pressed, not on load.
document.addEventListener("keydown", (e) => {
  const current = markOf(e.target);
  const drawing = current?.closest("svg[role='group']");
  if (!current || !drawing) return;
  if (e.key === "Escape") return hide();
  const marks = [...drawing.querySelectorAll<HTMLElement | SVGElement>(MARK)];
  const i = marks.indexOf(current as HTMLElement | SVGElement);
  const next = keyStep(e.key, i, marks.length);
  if (next === null) return;
  e.preventDefault();
  current.setAttribute("tabindex", "-1");
  marks[next]!.setAttribute("tabindex", "0");
  marks[next]!.focus();
});
