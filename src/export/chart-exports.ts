// What the build needs to turn a registered chart into files: the site's light colours, the
// source line and the credit with an absolute link back (when SITE_URL is known) and the data version.

import globalCss from "../site/global.css?raw";
import timelineCss from "../views/timeline/timeline.css?raw";
import type { Chart } from "../charts/chart.ts";
import type { Model } from "../data/model.ts";
import { sourceLine, type ExportStyle, type ExportText } from "./export.ts";
import { CHART_CREDIT, DATA_LICENCE } from "../site/identity.ts";
import { paletteVars } from "../charts/palette.ts";
import { rootCustomProperties } from "./css-vars.ts";
import { absoluteUrl, paths } from "../site/paths.ts";

// Downloads draw in the light theme: the site's variables from global.css, the timeline's era bands
// from its own stylesheet, the palette's from palette.ts.
export const exportStyle: ExportStyle = { vars: { ...rootCustomProperties(globalCss), ...rootCustomProperties(timelineCss), ...paletteVars("light") } };

export function exportText(chart: Chart, model: Pick<Model, "sourceById" | "version">, site: string | undefined = import.meta.env.SITE): ExportText {
  // The chart where it lives: its page, at its own anchor.
  const page = site ? ` · ${absoluteUrl(paths.chartOnPage(chart.page, chart.id), site)}` : "";
  // The data version travels with the file, so a published image says which data it shows.
  return { sources: sourceLine(chart, model), credit: `${CHART_CREDIT}${page} · Data version ${model.version}, ${DATA_LICENCE.name}` };
}
