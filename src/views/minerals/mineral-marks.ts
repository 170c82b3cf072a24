// The mineral charts' marks (bars, dots, deposit squares) answer focus with their tooltip
// (tooltip.ts). Here they also get the touch and keyboard treatment every chart mark gets: a focus
// ring and name in front of their neighbours, and a 24-px tap target, with a list to choose from
// where marks crowd (on the deposits map, say). Choosing a mark focuses it, which shows its tooltip.

import { chartMarks } from "../../client/chart-marks.ts";

for (const svg of document.querySelectorAll<SVGSVGElement>("[data-chart-id] svg")) {
  if (!svg.querySelector("[data-mark]")) continue;
  chartMarks(svg, {
    selector: "[data-mark]",
    hidden: (mark) => mark.getClientRects().length === 0,
    // The tapped mark is under the finger: focusing it need not scroll the page to it.
    activate: (mark) => mark.focus({ preventScroll: true }),
  });
}
