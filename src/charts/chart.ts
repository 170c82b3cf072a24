// What every chart builder returns: the SVG plus everything the chart frame needs around it.
// Builders are pure functions of the model, shared by the chart's page, its embed and its CSV.

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
   * The drawing: one <svg> whose viewBox gives its proportions (embed heights are computed from it;
   * `data-fixed-height` on the root means an island redraws it at that height in CSS pixels). Every
   * colour or line style that means something is explained by a key inside it (src/charts/chart-key.ts).
   * Elements marked data-preview="omit" (heavy context) are left out of previews.
   */
  svg: string;
  /**
   * Optional second drawing for narrow containers (phones, 300-px embeds), shown instead of `svg`
   * below about 34rem of width so text keeps a readable size. Downloads use `svg`.
   */
  narrowSvg?: string;
  /**
   * Optional small drawing for previews (the home page's cards), where the full drawing would be
   * too tall to read at card size. Pages, embeds, downloads and share cards use `svg`.
   */
  previewSvg?: string;
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
