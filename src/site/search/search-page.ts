// /search/: runs the query from the URL, shows results twenty at a time with a filter by type, and
// keeps ?q= and ?type= in step with what is on screen.

import { readState, writeState } from "../../client/url-state.ts";
import { search, type PagefindResult } from "./pagefind.ts";
import { plural, resultItem } from "./render.ts";

const PAGE = 20;
const form = document.querySelector<HTMLFormElement>("[data-search-page]");

if (form) {
  const input = form.querySelector<HTMLInputElement>("input[type=search]")!;
  const types = form.querySelector<HTMLFieldSetElement>("[data-page-types]")!;
  const status = document.querySelector<HTMLElement>("[data-page-status]")!;
  const list = document.querySelector<HTMLOListElement>("[data-page-results]")!;
  const more = document.querySelector<HTMLButtonElement>("[data-page-more]")!;
  const browse = document.querySelector<HTMLElement>("[data-page-browse]")!;
  document.querySelector<HTMLElement>("[data-page-nojs]")?.remove();
  let pending: PagefindResult[] = [];
  let latest = 0;

  const selectedType = () => form.querySelector<HTMLInputElement>("input[name=type]:checked")?.value || null;

  // data-state on the list says when what is shown is complete ("ready"), for scripts and tests.
  const showMore = async (ticket: number) => {
    list.dataset.state = "loading";
    const batch = pending.splice(0, PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (ticket !== latest) return;
    list.append(...data.map((d) => resultItem(d)));
    more.hidden = pending.length === 0;
    list.dataset.state = "ready";
  };

  const run = async () => {
    const term = input.value.trim();
    const type = selectedType();
    const ticket = ++latest;
    writeState({ q: term, type });
    list.replaceChildren();
    list.dataset.state = "loading";
    more.hidden = true;
    if (term.length === 0) {
      list.dataset.state = "ready";
      status.textContent = "Type a word or a name: Bessent, price cap, lithium, Reuters…";
      types.hidden = true;
      browse.hidden = false;
      return;
    }
    status.textContent = "Searching…";
    try {
      const found = await search(term, type, { counts: true });
      if (!found || ticket !== latest) return;
      types.hidden = false;
      let all = 0;
      for (const label of types.querySelectorAll<HTMLElement>("[data-count]")) {
        const key = label.dataset.count!;
        const n = key ? (found.types[key] ?? 0) : 0;
        all += n;
        if (key) {
          label.textContent = `(${n})`;
          label.closest("label")!.querySelector("input")!.disabled = n === 0 && type !== key;
        }
      }
      const allLabel = types.querySelector<HTMLElement>('[data-count=""]');
      if (allLabel) allLabel.textContent = `(${all})`;
      browse.hidden = found.total > 0;
      pending = [...found.results];
      await showMore(ticket);
      if (ticket !== latest) return;
      // The status is a live region: it says how many once the first of them are listed, so a
      // screen reader that moves on from the count finds the results, not an empty list.
      status.textContent =
        found.total === 0 ? `No results for “${term}”${type ? ` among ${type.toLowerCase()}s` : ""}.` : `${plural(found.total, "result")} for “${term}”${type ? ` (${type.toLowerCase()}s only)` : ""}.`;
    } catch {
      if (ticket !== latest) return;
      status.textContent = "Search could not be loaded. The lists below cover every row.";
      browse.hidden = false;
      list.dataset.state = "ready";
    }
  };

  const params = readState();
  input.value = params.get("q") ?? "";
  const wanted = params.get("type");
  const radio = [...form.querySelectorAll<HTMLInputElement>("input[name=type]")].find((r) => r.value === (wanted ?? ""));
  if (radio) radio.checked = true;

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  types.addEventListener("change", () => void run());
  more.addEventListener("click", () => void showMore(latest));
  void run();
}
