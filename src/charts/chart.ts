// What every chart builder returns: the SVG plus everything the chart frame needs around it.
// Builders are pure functions of the model, shared by the chart's page, its embed and its CSV.

/**
 * One SVG drawing with the box it is drawn in, so nothing downstream (embed heights, downloads,
 * share cards) has to read sizes back out of markup.
 */
export interface Drawing {
  /** One <svg> element whose viewBox is 0 0 width height. */
  svg: string;
  width: number;
  height: number;
  /** Its island redraws it at the frame's width in CSS pixels, keeping this height (the timeline). */
  fixedHeight?: boolean;
  /** Shown at most this wide in CSS pixels (the stylesheet's cap, which keeps its text at most ~18 px). */
  maxWidth?: number;
}

/**
 * How wide chart.css lets a `.chart-svg` drawing of a wide/narrow pair grow (`.chart-variant--wide
 * .chart-svg`, `--narrow`): builders that draw such a pair give their drawings this maxWidth.
 */
export const PAIR_MAX_WIDTH = { wide: 760, narrow: 460 } as const;

export interface ChartColumn {
  key: string;
  label: string;
}

export interface Chart {
  id: string;
  title: string;
  /** One line a reader should take away. */
  takeaway: string;
  /** Text description for screen readers: what the chart shows, in sentences. */
  description: string;
  /**
   * The drawing. Every colour or line style that means something is explained by a key inside it
   * (src/charts/chart-key.ts). Elements marked data-preview="omit" (heavy context) are left out of
   * previews. Downloads and share cards use this one.
   */
  drawing: Drawing;
  /**
   * Optional second drawing for narrow containers (phones, 300-px embeds), shown instead of
   * `drawing` below about 34rem of width so text keeps a readable size.
   */
  narrow?: Drawing;
  /**
   * Optional, in place of `narrow` for a chart whose narrow form differs only in its key (the
   * network): below about 34rem the drawing is shown cut to its top `cut` units, and this larger key
   * under it, so a page or an embed carries the drawing once rather than twice. The cut is made by
   * the stylesheet (global.css, `.chart-variant--keyed`), which knows one shape: `cut` must be
   * seven tenths of the drawing's width (tests/unit/embed-size.test.ts holds the two together).
   */
  narrowKey?: Drawing & { cut: number };
  /**
   * Optional small drawing for previews (the home page's cards), where the full drawing would be
   * too tall to read at card size.
   */
  preview?: Drawing;
  /**
   * Optional: the chart drawn again to fill a box of another shape, for a chart whose width is free
   * (the timeline's axis stretches). The share card asks for its chart area's shape, so a wide, short
   * card is not left with its right third empty.
   */
  drawFor?: (box: { width: number; height: number }) => Drawing;
  /** Exactly the data drawn, for the table alternative and the CSV download. */
  columns: ChartColumn[];
  rows: Record<string, string | number | null>[];
  /**
   * Optional keys of the columns the table alternative shows, when the CSV carries more (ids and
   * URLs beside the names, for spreadsheets) than a reader needs on the page. Default: all.
   */
  tableColumns?: string[];
  /** Optional link for each row (its row's page), so the table alternative leads where marks do. */
  rowLinks?: (string | null)[];
  /** Ids of the sources behind the chart, for its "Sources:" line. */
  sources: string[];
  notes?: string;
  /** The page the chart belongs to, for the credit line in embeds. */
  page: string;
}

/** The same drawing with its markup rewritten (ids scoped, links retargeted): the box is unchanged. */
export function mapSvg<D extends Drawing>(drawing: D, rewrite: (svg: string) => string): D;
export function mapSvg<D extends Drawing>(drawing: D | undefined, rewrite: (svg: string) => string): D | undefined;
export function mapSvg<D extends Drawing>(drawing: D | undefined, rewrite: (svg: string) => string): D | undefined {
  return drawing && { ...drawing, svg: rewrite(drawing.svg) };
}
