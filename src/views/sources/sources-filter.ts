// Filter-as-you-type over the 480-odd sources: hides entries, then publishers and letters left
// empty, and says how many remain. The filter is kept in the URL (?q=) so a filtered list can be
// shared. Without JavaScript the box stays hidden and the A–Z index does the work.

import { readState, writeState } from "../../client/url-state.ts";

const tools = document.querySelector<HTMLElement>("[data-sources-filter]");
if (tools) {
  const input = tools.querySelector<HTMLInputElement>("input")!;
  const status = tools.querySelector<HTMLElement>("[data-sources-status]")!;
  const items = [...document.querySelectorAll<HTMLElement>("li[data-filter-text]")];
  const publishers = [...document.querySelectorAll<HTMLElement>("[data-publisher]")];
  const letters = [...document.querySelectorAll<HTMLElement>("[data-letter-group]")];
  tools.hidden = false;

  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.dataset.filterText ?? "";
      const match = words.every((w) => text.includes(w));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of [...publishers, ...letters]) {
      group.hidden = !group.querySelector("li[data-filter-text]:not([hidden])");
    }
    status.textContent = words.length === 0 ? "" : shown === 0 ? "No source matches." : `Showing ${shown} of ${items.length} sources.`;
    writeState({ q: input.value.trim() });
  };

  input.value = readState().get("q") ?? "";
  if (input.value) apply();
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 80);
  });
  // Following a link to one source (#src-…) must show it even if a filter hides it.
  const reveal = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.closest("[hidden]")) {
      input.value = "";
      apply();
      target.scrollIntoView();
    }
  };
  window.addEventListener("hashchange", reveal);
  reveal();
}
