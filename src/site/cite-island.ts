// Completes the "Cite this page" line with what only the reader's browser knows: the address as
// visited (with its view state) and today's date as the access date. Adds a copy button.

import { formatPartialDate } from "../data/dates.ts";

for (const root of document.querySelectorAll<HTMLElement>("[data-cite]")) {
  const url = root.querySelector<HTMLElement>("[data-cite-url]");
  const accessed = root.querySelector<HTMLElement>("[data-cite-accessed]");
  const text = root.querySelector<HTMLElement>("[data-cite-text]");
  const copy = root.querySelector<HTMLButtonElement>("[data-cite-copy]");
  const status = root.querySelector<HTMLElement>("[data-cite-status]");
  if (url) {
    const canonical = url.dataset.canonical ?? "";
    url.textContent = (/^https?:/.test(canonical) ? canonical : location.origin + location.pathname) + location.search;
  }
  if (accessed) {
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    // "2 December 2026", the site's own date format. Not toLocaleDateString: its first call loads
    // the browser's date formatting (about 70 ms on a slowed phone, on every page's start-up).
    accessed.textContent = formatPartialDate(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
  }
  if (copy && text && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(text.textContent!.replace(/\s+/g, " ").trim());
        if (status) status.textContent = "Copied.";
      } catch {
        if (status) status.textContent = "Could not copy; select the text instead.";
      }
    });
  }
}
