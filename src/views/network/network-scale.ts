// Which labels the network shows and how big, for the width it is shown at and the zoom: pure, so
// the rule (a level's labels once the drawing is as wide as that level was placed for; names 11 or
// 12 px on screen whatever the zoom) is tested without a browser. network-chart.css computes the
// same at the default view, so the island writes nothing there.

export interface LabelScale {
  /** The deepest label level that fits. */
  level: number;
  /** The labels' font size in chart units. */
  fontSize: number;
}

/**
 * `screenWidth`: CSS pixels the drawing takes at zoom 1; `chartWidth`: its width in chart units;
 * `levels` and `fonts`: each level's display width and font size in CSS pixels (the SVG's
 * data-levels and data-fonts).
 */
export function labelScale(screenWidth: number, chartWidth: number, k: number, levels: readonly number[], fonts: readonly number[]): LabelScale {
  const pxPerUnit = (screenWidth / chartWidth) * k;
  // A hair of slack, so a drawing exactly as wide as a level (after rounding) reaches it.
  const level = labelLevel(levels, screenWidth * k * 1.001);
  return { level, fontSize: (fonts[level] ?? fonts[fonts.length - 1] ?? 12) / pxPerUnit };
}

/**
 * The level a drawing shown `displayWidth` px wide uses: the widest whose width it reaches (at
 * least the first). The island's rule at any zoom, and the export's for the width a file is drawn at.
 */
export function labelLevel(levels: readonly number[], displayWidth: number): number {
  let level = 0;
  levels.forEach((w, i) => {
    if (w <= displayWidth) level = i;
  });
  return level;
}

/** Zoomed in enough that the view differs from the default one (zoom never goes below 1). */
export const isZoomed = (k: number): boolean => k > 1.001;
