// The deal's terms as text set in SVG: topic by topic, what each version of the agreement said, each
// term with its date and sources. Two questions, two charts: the first US draft against the signed
// agreement, and what the texts in between (the revised drafts, the February framework) said.
// SVG does not wrap text, so lines are broken at build time (text.ts), never cut.

import type { Drawing } from "../../charts/chart.ts";
import type { Model } from "../../data/model.ts";
import type { DealTermRow } from "../../data/tables.generated.ts";
import type { Chart } from "../../charts/chart.ts";
import { h, type SvgNode } from "../../charts/dom.ts";
import { LABELS } from "../../data/tables.generated.ts";
import { inSentence } from "../../data/words.ts";
import { mineralKey } from "./key.ts";
import { dateLabel, markAttrs, publishers, shortDate, SOURCE_COLUMNS, sourceFields, sourceShort } from "./markup.ts";
import { drawing, INK, SIZE, widthOf, type Variant } from "./style.ts";
import { blockHeight, textBlock, wrap, wrapRuns, type Run } from "./text.ts";

// Drawn in this order (what the deal gives away first); the words are the schema's categories.
const TOPICS: { id: DealTermRow["topic"]; label: string }[] = (
  ["ownership", "revenue-share", "debt", "us-contribution", "capital", "governance", "scope", "security-guarantees", "other"] as const
).map((id) => ({ id, label: LABELS.deal_terms.topic[id] }));
const VERSIONS: { id: DealTermRow["version"]; label: string; ink: string }[] = [
  { id: "first-draft", label: "First US draft", ink: INK.other },
  { id: "revised-draft", label: "Revised US drafts", ink: INK.other },
  { id: "framework-agreement", label: "Framework text", ink: INK.contested },
  { id: "signed-agreement", label: "Signed agreement", ink: INK.ukraine },
];
const versionOf = (v: string) => VERSIONS.find((x) => x.id === v)!;
const topicLabel = (t: string) => TOPICS.find((x) => x.id === t)?.label ?? t;

/** Terms in the order drawn: topic by topic, each version in order, all rows of the table. */
function termRows(model: Model): DealTermRow[] {
  const topicRank = (t: DealTermRow) => TOPICS.findIndex((x) => x.id === t.topic);
  const versionRank = (t: DealTermRow) => VERSIONS.findIndex((x) => x.id === t.version);
  return [...model.tables.deal_terms].sort((a, b) => topicRank(a) - topicRank(b) || versionRank(a) - versionRank(b) || a.version_date.localeCompare(b.version_date) || a.id.localeCompare(b.id));
}

interface TermsSpec {
  versions: DealTermRow["version"][];
  /** Versions that should say something on every topic: a topic they miss says so. */
  expected: DealTermRow["version"][];
}

function draw(model: Model, terms: DealTermRow[], spec: TermsSpec, variant: Variant, ariaLabel: string): Drawing {
  const width = widthOf(variant);
  const wide = variant === "wide";
  const textX = wide ? 100 : 0;
  const textW = width - textX - 10;
  const dates = (v: string) => [...new Set(terms.filter((t) => t.version === v).map((t) => shortDate(t.version_date)))].join(", ");
  // A version's date is in the key; a term repeats it only where the version has several dates.
  const manyDates = (v: string) => new Set(terms.filter((t) => t.version === v).map((t) => t.version_date)).size > 1;
  // A version expected on every topic says where it is silent: in the key, once, not in every row.
  const key = mineralKey(
    spec.versions
      .filter((v) => terms.some((t) => t.version === v))
      .map((v) => {
        const silent = spec.expected.includes(v) && TOPICS.some((tp) => terms.some((t) => t.topic === tp.id) && !terms.some((t) => t.topic === tp.id && t.version === v));
        return { shape: "bar" as const, ink: versionOf(v).ink, text: `${versionOf(v).label} (${dates(v)})${silent ? `; a topic without its bar: nothing reported` : ""}` };
      }),
    width,
  );
  const parts: SvgNode[] = [key.node];
  let y = key.height + 4;
  for (const topic of TOPICS) {
    const own = terms.filter((t) => t.topic === topic.id);
    if (own.length === 0) continue;
    parts.push(h("line", { x1: 0, x2: width, y1: y + 4.5, y2: y + 4.5, stroke: INK.rule }));
    y += 9;
    const head = wrap(topic.label, wide ? textX - 10 : width, SIZE.small, "bold");
    parts.push(textBlock(head, 0, y + 12, { size: SIZE.small, weight: "bold" }));
    let ty = wide ? y : y + head.length * 15 + 6;
    for (const version of spec.versions) {
      const list = own.filter((t) => t.version === version);
      for (const t of list) {
        const runs: Run[] = [{ text: `${t.text} ` }, { text: `${manyDates(t.version) ? `${shortDate(t.version_date)} · ` : ""}${sourceShort(model, t.sources)}`, fill: INK.muted }];
        const lines = wrapRuns(runs, textW, SIZE.small);
        const height = blockHeight(lines.length, SIZE.small);
        const attrs = markAttrs({
          rowId: t.id,
          label: `${topic.label}: ${inSentence(LABELS.deal_terms.version[t.version])}`,
          display: t.text,
          value: null,
          unit: "",
          date: dateLabel(t.version_date),
          source: publishers(model, t.sources),
          note: t.notes,
        });
        parts.push(h("g", attrs, h("rect", { x: textX, y: ty + 1, width: 4, height: height - 1, rx: 1, fill: versionOf(t.version).ink }), textBlock(lines, textX + 10, ty + 11, { size: SIZE.small })));
        ty += height + 5;
      }
    }
    y = Math.max(wide ? y + head.length * 15 + 4 : y, ty);
  }
  return drawing(variant, y + 2, ariaLabel, parts);
}

const COLUMNS = [
  { key: "id", label: "Row id" },
  { key: "topic", label: "Topic id" },
  { key: "topic_label", label: "Topic" },
  { key: "version", label: "Version id" },
  { key: "version_label", label: "Version" },
  { key: "version_date", label: "Date" },
  { key: "text", label: "Term" },
  ...SOURCE_COLUMNS,
];

/**
 * Terms drawn per topic and version at most (today's data has one or two). At a hundred times
 * today's the drawing listed every copy and grew to megabytes; past it the first ones are drawn
 * and the drawing says how many it leaves to the table and CSV, which keep every term.
 */
export const TERMS_MAX_PER_CELL = 2;

function drawnTerms(terms: readonly DealTermRow[]): DealTermRow[] {
  const seen = new Map<string, number>();
  return terms.filter((t) => {
    const key = `${t.topic}|${t.version}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < TERMS_MAX_PER_CELL;
  });
}

function termsChart(model: Model, id: string, title: string, takeaway: string, spec: TermsSpec, notes: string, page: string): Chart {
  const terms = termRows(model).filter((t) => spec.versions.includes(t.version));
  const shown = drawnTerms(terms);
  const ariaLabel = shown.length < terms.length ? `${title}: the terms topic by topic (${shown.length} of ${terms.length.toLocaleString("en")} drawn; the table lists every term)` : `${title}: the terms topic by topic`;
  return {
    id,
    title,
    takeaway: terms.length ? takeaway : "No terms in the data yet.",
    description: `The agreement's terms by topic, each version's text in turn. ` + terms.map((t) => `${topicLabel(t.topic)}, ${versionOf(t.version).label} (${t.version_date}): ${t.text}`).join(" "),
    drawing: draw(model, shown, spec, "wide", ariaLabel),
    narrow: draw(model, shown, spec, "narrow", ariaLabel),
    columns: COLUMNS,
    rows: terms.map((t) => ({ id: t.id, topic: t.topic, topic_label: topicLabel(t.topic), version: t.version, version_label: versionOf(t.version).label, version_date: t.version_date, text: t.text, ...sourceFields(model, t.sources) })),
    sources: [...new Set(terms.flatMap((t) => t.sources))],
    notes,
    page,
  };
}

export function dealTerms(model: Model): Chart {
  const terms = model.tables.deal_terms;
  const has = (topic: string, version: string) => terms.some((t) => t.topic === topic && t.version === version);
  const takeaway =
    has("debt", "first-draft") && has("debt", "signed-agreement") && has("security-guarantees", "signed-agreement")
      ? "The first US draft treated a stake in Ukraine's minerals as repayment for past aid; the signed agreement sets up a jointly run fund, counts no past aid as debt and still gives no security guarantee."
      : `${terms.length} terms of the minerals agreement, first draft beside the signed text.`;
  return termsChart(model, "minerals-deal-terms", "The deal's terms, from first draft to signature", takeaway, { versions: ["first-draft", "signed-agreement"], expected: ["first-draft"] }, "Terms are in our own words, from reporting on each text and the published agreement; the first draft was not published in full.", "/minerals/deal/");
}

export function dealDrafts(model: Model): Chart {
  const drafts = model.tables.deal_terms.filter((t) => t.version === "revised-draft" || t.version === "framework-agreement");
  const takeaway = drafts.some((t) => t.topic === "capital" && t.version === "framework-agreement")
    ? "Between the first draft and the signature, a revised US draft sought a fund wholly owned by the US and fed until it reached $500bn; the February framework dropped the sum and made the fund joint."
    : `${drafts.length} terms from the texts between the first draft and the signed agreement.`;
  return termsChart(model, "minerals-deal-drafts", "How the terms moved between the drafts", takeaway, { versions: ["revised-draft", "framework-agreement"], expected: [] }, "The late-March US proposal is grouped with the revised drafts. Drafts were reported on, not all published in full.", "/minerals/deal/");
}

/**
 * What a reader looking at an earlier day should be told about the texts (the record `model` as of
 * that day): that no draft existed yet, or which text was the latest then. `firstDraft` is the first
 * draft's date in words, from the whole record.
 */
export function dealTextOn(model: Model, firstDraft: string | null): string {
  const terms = model.tables.deal_terms;
  if (terms.length === 0) return `No draft of the minerals agreement existed yet${firstDraft ? `: the first US draft is dated ${firstDraft}` : ""}.`;
  const latest = [...terms].sort((a, b) => a.version_date.localeCompare(b.version_date)).at(-1)!;
  return latest.version === "signed-agreement"
    ? `The text in force: the signed agreement of ${dateLabel(latest.version_date)}.`
    : `The latest text by then: the ${inSentence(LABELS.deal_terms.version[latest.version])} of ${dateLabel(latest.version_date)}. Texts dated later are not shown.`;
}
