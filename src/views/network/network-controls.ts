// The network's controls above the drawing: the filters' checkboxes, the date field and slider, Play,
// "Find an actor", and the date stamp and filter summary they show. This module turns their input
// into requests to the island and shows the island's state back in them; it holds none of the view's state.

import { addDays, daysBetween, type NetworkState } from "./network-state.ts";
import { dayLabel, isCalendarDay } from "../../client/as-of-date.ts";
import { filterSummary as describeFilters } from "./network-summary.ts";
import { PLAY_END } from "./network-playback.ts";
import { FILTERS, FILTER_KEY, type NetworkMarkup } from "./network-markup.ts";

export interface ControlRequests {
  /** Filters changed by a checkbox or an All / None button. */
  filters: (next: Partial<NetworkState>) => void;
  /** A day chosen with the slider or the field (clamped to the record), or null: all dates. */
  date: (day: string | null) => void;
  play: () => void;
  /** An actor chosen in "Find an actor" ("" for none). */
  find: (id: string) => void;
}

export interface NetworkControls {
  /** Show `state` in the controls. */
  show: (state: NetworkState) => void;
  /** Play's label and pressed state. */
  showPlaying: (playing: boolean) => void;
  /** Show the actor in "Find an actor" ("" for none). */
  showFound: (id: string) => void;
}

export function networkControls(root: HTMLElement, markup: Pick<NetworkMarkup, "checkboxes" | "universe" | "nodes">, ask: ControlRequests): NetworkControls {
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const dateInput = q<HTMLInputElement>("[data-net-date]")!;
  const range = q<HTMLInputElement>("[data-net-range]")!;
  const playButton = q<HTMLButtonElement>("[data-net-play]")!;
  const find = q<HTMLSelectElement>("[data-net-find]")!;
  const filterSummary = q<HTMLElement>("[data-net-filter-summary]");
  const stamp = q<HTMLElement>("[data-net-stamp]");
  const minDate = root.dataset.minDate ?? "2014-01-01";
  const maxDate = root.dataset.maxDate ?? PLAY_END;
  const sliderMin = root.dataset.sliderMin ?? minDate;
  range.max = String(daysBetween(sliderMin, maxDate));
  const { checkboxes, universe } = markup;

  for (const f of FILTERS) {
    const set = q<HTMLElement>(`[data-net-filter="${f}"]`);
    if (!set) continue;
    const read = () => {
      const checked = checkboxes(f).filter((c) => c.checked).map((c) => c.value);
      return checked.length === universe[FILTER_KEY[f]].length ? null : checked;
    };
    set.addEventListener("change", () => ask.filters({ [FILTER_KEY[f]]: read() }));
    set.querySelector("[data-net-all]")?.addEventListener("click", () => ask.filters({ [FILTER_KEY[f]]: null }));
    set.querySelector("[data-net-none]")?.addEventListener("click", () => ask.filters({ [FILTER_KEY[f]]: [] }));
  }

  // Slider steps arriving within one frame coalesce into one.
  let rangeFrame = 0;
  range.addEventListener("input", () => {
    cancelAnimationFrame(rangeFrame);
    rangeFrame = requestAnimationFrame(() => ask.date(addDays(sliderMin, Number(range.value))));
  });
  dateInput.addEventListener("change", () => {
    const v = dateInput.value;
    if (v === "") ask.date(null);
    else if (isCalendarDay(v)) ask.date(v < minDate ? minDate : v > maxDate ? maxDate : v);
  });
  q("[data-net-all-dates]")?.addEventListener("click", () => ask.date(null));
  playButton.addEventListener("click", () => ask.play());
  // "Find an actor" lists the drawn actors by name, made here from the drawing's marks (their
  // tooltips start with the name) rather than sent as 2.5 KB of options: without scripting the
  // tools are not shown at all. The list is made when the reader first reaches for it. Made at
  // start-up, or when the page was idle, it was a long task of 54-88 ms on the slow-phone profile
  // (where there had been none); until then the actor the view shows has an option of its own.
  const nameOf = (id: string) => markup.nodes.get(id)?.name ?? id;
  let listed = false;
  const list = () => {
    if (listed) return;
    listed = true;
    const chosen = find.value;
    const byName = new Intl.Collator("en");
    const actors = [...markup.nodes.keys()].map((id) => ({ id, name: nameOf(id) })).sort((a, b) => byName.compare(a.name, b.name));
    find.replaceChildren(find.options[0]!, ...actors.map((a) => new Option(a.name, a.id)));
    find.value = chosen;
  };
  find.addEventListener("focus", list);
  find.addEventListener("pointerdown", list);
  find.addEventListener("change", () => ask.find(find.value));

  return {
    show(state) {
      for (const f of FILTERS) {
        const chosen = state[FILTER_KEY[f]];
        for (const c of checkboxes(f)) c.checked = chosen === null || chosen.includes(c.value);
      }
      dateInput.value = state.date ?? "";
      range.value = String(state.date ? Math.max(0, daysBetween(sliderMin, state.date)) : Number(range.max));
      range.setAttribute("aria-valuetext", state.date ? dayLabel(state.date) : "All dates");
      if (stamp) {
        stamp.hidden = state.date === null;
        stamp.textContent = state.date ? dayLabel(state.date) : "";
      }
      if (filterSummary) filterSummary.textContent = describeFilters(state, universe);
    },
    showPlaying(playing) {
      playButton.setAttribute("aria-pressed", String(playing));
      playButton.textContent = playing ? "Pause" : "Play 2025";
    },
    showFound(id) {
      if (!listed && id && ![...find.options].some((o) => o.value === id)) find.append(new Option(nameOf(id), id));
      find.value = id;
    },
  };
}
