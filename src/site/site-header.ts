// The phone header's search button. Without JavaScript it is a link to /search/; with it, it opens
// the header's search box in place and puts the cursor in it, so searching stays one tap away. On
// wider screens the box is always shown and the button is not displayed at all.

for (const header of document.querySelectorAll<HTMLElement>("[data-site-header]")) {
  const toggle = header.querySelector<HTMLAnchorElement>("[data-search-toggle]");
  const input = header.querySelector<HTMLInputElement>("[data-site-search] input[type=search]");
  if (!toggle || !input) continue;
  toggle.setAttribute("role", "button");
  toggle.setAttribute("aria-expanded", "false");

  const setOpen = (open: boolean) => {
    header.toggleAttribute("data-search-open", open);
    toggle.setAttribute("aria-expanded", String(open));
  };

  toggle.addEventListener("click", (event) => {
    event.preventDefault();
    const open = !header.hasAttribute("data-search-open");
    setOpen(open);
    if (open) input.focus();
  });
  // A role=button link must answer the Space key as a button does.
  toggle.addEventListener("keydown", (event) => {
    if (event.key === " ") {
      event.preventDefault();
      toggle.click();
    }
  });
  header.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && header.hasAttribute("data-search-open") && !input.value) {
      setOpen(false);
      toggle.focus();
    }
  });
}
