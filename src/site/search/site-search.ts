// The header search box. Without JavaScript it is a plain form that opens /search/ (which lists
// ways to browse). With it, results appear under the box as the reader types. Pagefind and the code
// that lists results (header-results.ts) load on the first focus, so pages that are only read never
// download them.

import type * as HeaderResults from "./header-results.ts";

const SHOWN = 6;

let loading: Promise<typeof HeaderResults> | undefined;
function results(): Promise<typeof HeaderResults> {
  const load = (loading ??= import("./header-results.ts"));
  // A failed load (offline) may be retried on the next keystroke.
  load.catch(() => (loading = undefined));
  return load;
}

for (const root of document.querySelectorAll<HTMLElement>("[data-site-search]")) {
  const form = root.querySelector("form")!;
  const input = root.querySelector<HTMLInputElement>("input[type=search]")!;
  const panel = root.querySelector<HTMLElement>("[data-search-panel]")!;
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const all = root.querySelector<HTMLAnchorElement>("[data-search-all]")!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a"), all].filter((a) => !a.hidden);
  const open = (show: boolean) => {
    panel.hidden = !show;
  };

  const run = async () => {
    const term = input.value.trim();
    const ticket = ++latest;
    if (term.length < 2) {
      list.replaceChildren();
      open(false);
      return;
    }
    open(true);
    status.textContent = "Searching…";
    try {
      const { plural, resultItem, search } = await results();
      const found = await search(term);
      if (!found || ticket !== latest) return;
      const shown = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...shown.map((d) => resultItem(d, { excerpt: false })));
      status.textContent = found.total === 0 ? `No results for “${term}”.` : `${plural(found.total, "result")} for “${term}”.`;
      all.href = `${form.action}?q=${encodeURIComponent(term)}`;
      all.hidden = found.total <= SHOWN;
      all.textContent = `See all ${plural(found.total, "result")}`;
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      status.textContent = "Search is not available right now. Press Enter to open the search page.";
    }
  };

  input.addEventListener("focus", () => void results().then((r) => r.loadPagefind()).catch(() => {}), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && !panel.hidden) {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === "Escape") {
      open(false);
    }
  });
  panel.addEventListener("keydown", (e) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const next = at + (e.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else items[Math.min(next, items.length - 1)]?.focus();
    } else if (e.key === "Escape") {
      open(false);
      input.focus();
    }
  });
  // Close when focus or a click leaves the search box and its results.
  root.addEventListener("focusout", (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener("click", () => {
    if (input.value.trim().length >= 2 && list.children.length > 0) open(true);
  });
}
