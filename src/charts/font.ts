// The font of every chart drawing on the page. Readers get their system font; DejaVu Sans is named
// because it is the font downloads and share cards are rasterized in (resvg on Debian), so a
// drawing looks the same in the browser of a reader who has no other.
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
