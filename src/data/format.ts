// Numbers as a reader should see them: the source's qualifier in words, grouping, unit and scale.

const QUALIFIER: Record<string, string> = {
  about: "about ",
  "more-than": "more than ",
  "less-than": "less than ",
  "at-least": "at least ",
  "up-to": "up to ",
};

export function formatNumber(value: number): string {
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 }).format(value);
}

export interface Quantity {
  value: number | null;
  value_high?: number | null;
  qualifier?: string | null;
  unit: string;
  scale?: string | null;
}

/** "about 3,800,000 t", "USD 500 billion", "50%". Missing values read "no figure". */
export function formatQuantity(q: Quantity): string {
  if (q.value === null) return "no figure";
  const prefix = q.qualifier ? (QUALIFIER[q.qualifier] ?? "") : "";
  const amount = formatNumber(q.value) + (q.value_high != null ? `–${formatNumber(q.value_high)}` : "");
  if (q.unit === "%") return `${prefix}${amount}%`;
  if (/^[A-Z]{3}$/.test(q.unit)) return `${prefix}${q.unit} ${amount}${q.scale ? ` ${q.scale}` : ""}`;
  return `${prefix}${amount}${q.scale ? ` ${q.scale}` : ""} ${q.unit}`;
}
