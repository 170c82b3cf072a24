// Starts the live embed code (chart-embed.ts). On a chart's page the code sits in a closed "Embed
// this chart" panel that most readers never open, and the code is already there as text, so the
// script that rewrites it for the chosen options is fetched when a pointer or the keyboard reaches
// the panel, and set up when it opens: by then it has usually arrived, and the options show with
// the code. The embed gallery, where the codes are the page, starts it at once.

import type * as ChartEmbed from "./chart-embed.ts";

let loading: Promise<typeof ChartEmbed> | undefined;
const fetchScript = () => {
  const load = (loading ??= import("./chart-embed.ts"));
  load.catch(() => (loading = undefined));
  return load;
};
/** Make the scope's code live; false when the script could not be loaded (offline). */
const start = (scope: HTMLElement): Promise<boolean> =>
  fetchScript().then(
    (live) => (live.setUpScope(scope), true),
    () => false,
  );

for (const scope of document.querySelectorAll<HTMLElement>("[data-embed-scope]")) {
  if (!(scope instanceof HTMLDetailsElement) || scope.open) void start(scope);
  else {
    // Until then the panel keeps its code as selectable text; a failed load is tried again at the next opening.
    const opened = () => {
      if (!scope.open) return;
      scope.removeEventListener("toggle", opened);
      void start(scope).then((ok) => ok || scope.addEventListener("toggle", opened));
    };
    scope.addEventListener("toggle", opened);
    for (const intent of ["pointerover", "focusin"]) scope.addEventListener(intent, () => void fetchScript().catch(() => {}), { once: true });
  }
}
