// Ukraine's named deposits as the charts draw them: who holds the ground, in which colour, and what
// a reader learns on hover. Shared by the map and the side-by-side chart's deposit squares.

import type { DepositView as DepositRow, Model } from "../../data/model.ts";
import { historyAttr } from "../../data/deposit-control.ts";
import { LABELS, type PlaceRow } from "../../data/tables.generated.ts";
import type { Attrs } from "../../charts/dom.ts";
import { dateLabel, markAttrs, mineralName, publishers } from "./markup.ts";
import { INK } from "./style.ts";

export const CONTROL: Record<DepositRow["control"], { label: string; ink: string; short: string }> = {
  russia: { label: LABELS.deposit_control.control.russia, ink: INK.russia, short: "Russian-held" },
  ukraine: { label: LABELS.deposit_control.control.ukraine, ink: INK.ukraine, short: "Ukrainian-held" },
  contested: { label: LABELS.deposit_control.control.contested, ink: INK.contested, short: "contested" },
  unknown: { label: LABELS.deposit_control.control.unknown, ink: INK.other, short: "control unknown" },
};
export const CONTROL_ORDER: DepositRow["control"][] = ["russia", "contested", "unknown", "ukraine"];

export const PRECISION: Record<DepositRow["location_precision"], string> = {
  point: "coordinates from a source",
  settlement: "placed at a named settlement next to it",
  region: "known only to its oblast",
  unknown: "location unknown: not drawn",
};

/** How each state is painted, on the drawing's root, for the browser's ?date= recolouring (src/views/minerals/deposits-as-of.ts). */
export const controlPaint = (): Record<string, string> => ({
  "data-control-paint": Object.entries(CONTROL).map(([k, c]) => `${k}:${c.ink}:${c.label}`).join(";"),
});

/** Ukraine's deposits holding a mineral, Russian-held first. */
export function depositsOf(model: Model, mineral: string): DepositRow[] {
  return model.deposits
    .filter((d) => d.country === "UA" && d.minerals.includes(mineral))
    .sort((a, b) => CONTROL_ORDER.indexOf(a.control) - CONTROL_ORDER.indexOf(b.control) || a.name.localeCompare(b.name));
}

/** The focusable mark of a deposit: who holds it, since when, per whom, and how it is placed. */
export function depositAttrs(model: Model, d: DepositRow, place: PlaceRow | null = null): Attrs {
  return markAttrs(
    {
      rowId: d.id,
      label: d.name,
      display: `${CONTROL[d.control].label} as of ${dateLabel(d.control_as_of)}`,
      value: null,
      unit: "",
      date: dateLabel(d.control_as_of),
      source: publishers(model, d.control_sources),
      note: `${d.region}; ${d.minerals.map((m) => mineralName(model, m)).join(", ")}; ${PRECISION[d.location_precision]}${place ? ` (${place.name})` : ""}`,
    },
    { "data-deposit-id": d.id, "data-control": d.control, "data-control-history": historyAttr(d.history), "data-precision": d.location_precision },
  );
}

/** "1 of 4 Russian-held, 1 contested": the count a reader needs, in words. */
export function controlSummary(deposits: readonly DepositRow[]): string {
  if (deposits.length === 0) return "none named";
  const count = (c: DepositRow["control"]) => deposits.filter((d) => d.control === c).length;
  const parts = [`${count("russia")} of ${deposits.length} Russian-held`];
  if (count("contested")) parts.push(`${count("contested")} contested`);
  return parts.join(", ");
}
