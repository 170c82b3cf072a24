// What each kind of publisher (publishers.csv `kind`) may carry. One place for the policy, so the
// validator, the data tests and the pages that explain it to readers cannot disagree.

import { LABELS, type PublisherRow } from "./tables.generated.ts";

export type PublisherKind = PublisherRow["kind"];

/** Kinds whose page, read directly, can carry a fact on its own. */
export const PRIMARY_KINDS: ReadonlySet<string> = new Set(["official", "international-organisation", "wire", "established-outlet"]);

/** Kinds that must never be the only basis of a row: they repost or slant what others report. */
export const WEAK_KINDS: ReadonlySet<string> = new Set(["aggregator", "partisan"]);

/** Kinds that carry only their own side's statements (state media, and an actor's own pages). */
export const OWN_SIDE_KINDS: ReadonlySet<string> = new Set(["state-media", "official"]);

/** Kinds whose pages reproduce others' reports, so they must name the original (reprint_of). */
export const REPRINT_KINDS: ReadonlySet<string> = new Set(["aggregator"]);

/** What each kind is called on a page. */
export const KIND_LABELS: Record<string, string> = LABELS.publishers.kind;

/** Plural phrases for readers ("12 wire services"). */
export const KIND_PLURALS: Record<PublisherKind, string> = {
  official: "official bodies",
  "international-organisation": "international organisations",
  wire: "wire services",
  "established-outlet": "established news outlets",
  specialist: "specialist and trade publications",
  "law-firm": "law firms",
  "think-tank": "think tanks and research institutes",
  encyclopedia: "encyclopedias",
  company: "companies",
  "other-outlet": "other news outlets",
  aggregator: "aggregators and reprint sites",
  partisan: "partisan sites",
  "state-media": "state media",
};

/**
 * The tables whose rows state a fact, and the column holding the sources for it. A fact needs a
 * primary source, or must be a claim its own side's publisher reports (see source-quality.ts).
 */
export const FACT_COLUMNS: Readonly<Record<string, string>> = {
  events: "sources",
  measures: "sources",
  figures: "sources",
  mineral_stats: "sources",
  deal_terms: "sources",
  relations: "sources",
  deposit_control: "sources",
};

/** Tables with a claimant column: their rows may rest on the claimant's own side's publisher. */
export const CLAIMANT_COLUMNS: Readonly<Record<string, string>> = {
  figures: "claimant",
  mineral_stats: "claimant",
};
