// /embed/story/?step=<id>: show the named step alone (the first when the id is missing or unknown)
// and point the credit link at that step on /story/. The host sizes the iframe from the new height.

const root = document.querySelector<HTMLElement>("[data-story-embed]");
if (root) {
  const steps = [...root.querySelectorAll<HTMLElement>("[data-story-step]")];
  const wanted = new URLSearchParams(location.search).get("step");
  const chosen = steps.find((s) => s.id === wanted) ?? steps[0];
  for (const s of steps) s.hidden = s !== chosen;
  const link = root.querySelector<HTMLAnchorElement>("[data-story-embed-link]");
  if (chosen && link) link.hash = chosen.id;
  root.dataset.activeStep = chosen?.id ?? "";
  // As every island marks it ("true"): tests, embeds and the bench wait for this.
  root.dataset.ready = "true";
}
export {};
