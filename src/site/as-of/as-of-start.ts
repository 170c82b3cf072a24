// Starts the page-wide "as of" handling only when the address asks for a date. Most visits carry no
// ?date=, and then there is nothing to show, dim or recolour, so as-of-bar.ts and the deposits'
// recolouring are not downloaded at all. (A view that changes the date in place, the network's
// slider, imports as-of-bar.ts itself.)

import { asksForDate } from "./date-keys.ts";

// For tests and for views that start later: data-as-of-ready says the page's date is settled.
const root = document.documentElement;
if (document.querySelector("[data-as-of-bar]")) {
  // A date that cannot be used still loads the bar, which says why it was ignored.
  if (asksForDate(location.search)) {
    // Both fetched at once, applied in order: the bar, then the deposits' colours.
    void Promise.all([import("./as-of-bar.ts"), import("../../views/minerals/deposits-as-of.ts")]).then(([bar, deposits]) => {
      bar.showAddressDate();
      deposits.showDepositsAsOf();
      root.dataset.asOfReady = "";
    });
  } else root.dataset.asOfReady = "";
}
