// The deal's terms: the first US draft next to the signed agreement, term by term, each citing its
// sources, with the texts in between (the revised drafts, the February framework) one click away.
// Text does not wrap inside SVG, so the comparison is an HTML grid; a small SVG strip above it puts
// the four texts on a time line.

import { scaleTime } from "d3";
import type { Model } from "../../data/model.ts";
import type { DealTermRow } from "../../data/tables.generated.ts";
import { parsePartialDate, firstDay } from "../../data/dates.ts";
import type { Chart } from "../chart.ts";
import { dateLabel, esc, markAttrs, publishers, sourceShort } from "./markup.ts";

const TOPICS: { id: DealTermRow["topic"]; label: string }[] = [
  { id: "ownership", label: "Who owns what" },
  { id: "revenue-share", label: "Revenue share" },
  { id: "debt", label: "Debt for past aid" },
  { id: "us-contribution", label: "US contribution" },
  { id: "capital", label: "Size of the fund" },
  { id: "governance", label: "Governance" },
  { id: "scope", label: "Scope" },
  { id: "security-guarantees", label: "Security guarantees" },
  { id: "other", label: "Other terms" },
];
const VERSIONS: { id: DealTermRow["version"]; label: string }[] = [
  { id: "first-draft", label: "First US draft" },
  { id: "revised-draft", label: "Revised drafts" },
  { id: "framework-agreement", label: "Framework text" },
  { id: "signed-agreement", label: "Signed agreement" },
];
const versionLabel = (v: string) => VERSIONS.find((x) => x.id === v)?.label ?? v;
const topicLabel = (t: string) => TOPICS.find((x) => x.id === t)?.label ?? t;

/** Terms in the order drawn: topic by topic, each version in order, all rows of the table. */
export function termRows(model: Model): DealTermRow[] {
  const topicRank = (t: DealTermRow) => TOPICS.findIndex((x) => x.id === t.topic);
  const versionRank = (t: DealTermRow) => VERSIONS.findIndex((x) => x.id === t.version);
  return [...model.tables.deal_terms].sort((a, b) => topicRank(a) - topicRank(b) || versionRank(a) - versionRank(b) || a.version_date.localeCompare(b.version_date) || a.id.localeCompare(b.id));
}

function term(model: Model, t: DealTermRow): string {
  const attrs = markAttrs({
    rowId: t.id,
    label: `${topicLabel(t.topic)}: ${versionLabel(t.version).toLowerCase()}`,
    display: t.text,
    value: null,
    unit: "",
    date: dateLabel(t.version_date),
    source: publishers(model, t.sources),
    note: t.notes,
  });
  return `<span class="mx-term mx-term--${esc(t.version)}" ${attrs}>${esc(t.text)}<span class="mx-term__src">${esc(dateLabel(t.version_date))} · ${esc(sourceShort(model, t.sources))}</span></span>`;
}

function timeline(terms: DealTermRow[]): string {
  const dates = VERSIONS.map((v) => {
    const own = terms.filter((t) => t.version === v.id).map((t) => t.version_date).sort();
    return { ...v, date: own[0] ?? null };
  }).filter((v) => v.date);
  if (dates.length === 0) return "";
  const toDate = (s: string) => new Date(firstDay(parsePartialDate(s)!));
  const all = dates.map((d) => toDate(d.date!));
  const x = scaleTime().domain([new Date(Math.min(...all.map(Number)) - 4 * 864e5), new Date(Math.max(...all.map(Number)) + 4 * 864e5)]).range([10, 330]);
  // One row per text, its date as a dot on a shared time axis: labels never collide however close the dates.
  x.range([224, 334]);
  const marks = dates
    .map((d, i) => {
      const y = 12 + i * 20;
      const cls = d.id === "first-draft" ? "mx-ru" : d.id === "signed-agreement" ? "mx-ua" : "mx-other";
      return `<text x="0" y="${y + 4}"><tspan class="mx-strong">${esc(d.label)}</tspan><tspan class="mx-muted"> ${esc(dateLabel(d.date))}</tspan></text><line class="mx-rule" x1="218" x2="338" y1="${y}" y2="${y}"/><circle class="${cls}" cx="${x(toDate(d.date!)).toFixed(1)}" cy="${y}" r="5.5"/>`;
    })
    .join("");
  const axisY = 12 + dates.length * 20;
  const months = x.ticks(4).map((t) => `<text class="mx-muted mx-small" x="${x(t).toFixed(1)}" y="${axisY}" text-anchor="middle">${t.toLocaleString("en-GB", { month: "short", timeZone: "UTC" })}</text>`).join("");
  const label = `Time line of the texts: ${dates.map((d) => `${d.label}, ${dateLabel(d.date)}`).join("; ")}.`;
  return `<svg class="mx-svg mx-deal__timeline" viewBox="0 0 340 ${axisY + 4}" width="340" height="${axisY + 4}" role="img" aria-label="${esc(label)}">${marks}${months}</svg>`;
}

export function dealTerms(model: Model): Chart {
  const terms = termRows(model);
  const cells = (topic: string, version: string) => terms.filter((t) => t.topic === topic && t.version === version);
  const none = () => `<span class="mx-term mx-term--none">Not in this text as our sources describe it.</span>`;
  const rowsHtml = TOPICS.filter((tp) => terms.some((t) => t.topic === tp.id))
    .map((tp) => {
      const first = cells(tp.id, "first-draft");
      const signed = cells(tp.id, "signed-agreement");
      const between = [...cells(tp.id, "revised-draft"), ...cells(tp.id, "framework-agreement")];
      const col = (version: string, list: DealTermRow[]) => `<div><span class="mx-terms__version-label">${esc(versionLabel(version))}</span>${list.length ? list.map((t) => term(model, t)).join("") : none()}</div>`;
      const details = between.length
        ? `<details><summary>In between: ${between.length} term${between.length === 1 ? "" : "s"} from the ${[...new Set(between.map((t) => versionLabel(t.version).toLowerCase()))].join(" and ")}</summary>${between.map((t) => term(model, t)).join("")}</details>`
        : "";
      return `<div class="mx-terms__row" role="group" aria-label="${esc(tp.label)}"><div class="mx-terms__topic">${esc(tp.label)}</div>${col("first-draft", first)}${col("signed-agreement", signed)}${details}</div>`;
    })
    .join("");
  const firstDate = terms.find((t) => t.version === "first-draft")?.version_date;
  const signedDate = terms.find((t) => t.version === "signed-agreement")?.version_date;
  const head = `<div class="mx-terms__row mx-terms__head" aria-hidden="true"><div>Term</div><div>First US draft${firstDate ? `, ${esc(dateLabel(firstDate))}` : ""}</div><div>Signed agreement${signedDate ? `, ${esc(dateLabel(signedDate))}` : ""}</div></div>`;

  const debtFirst = cells("debt", "first-draft").length > 0;
  const debtSigned = cells("debt", "signed-agreement")[0];
  const takeaway =
    debtFirst && debtSigned && cells("security-guarantees", "signed-agreement").length > 0
      ? "The first US draft treated a stake in Ukraine's minerals as repayment for past aid; the signed agreement sets up a jointly run fund, counts no past aid as debt and still gives no security guarantee."
      : `${terms.length} terms of the minerals agreement across ${new Set(terms.map((t) => t.version)).size} texts.`;

  return {
    id: "minerals-deal-terms",
    title: "The deal's terms, from first draft to signature",
    takeaway,
    description:
      "A comparison table of the agreement's terms by topic, first draft beside the signed text, with the intermediate drafts under each topic. " +
      terms.map((t) => `${topicLabel(t.topic)}, ${versionLabel(t.version)} (${t.version_date}): ${t.text}`).join(" "),
    svg: `<div class="mx mx-deal">${timeline(terms)}<div class="mx-terms">${head}${rowsHtml}</div></div>`,
    columns: [
      { key: "id", label: "Row id" },
      { key: "topic", label: "Topic" },
      { key: "version", label: "Version" },
      { key: "version_date", label: "Date" },
      { key: "text", label: "Term" },
      { key: "sources", label: "Sources" },
    ],
    rows: terms.map((t) => ({ id: t.id, topic: t.topic, version: t.version, version_date: t.version_date, text: t.text, sources: t.sources.join(";") })),
    sources: [...new Set(terms.flatMap((t) => t.sources))],
    notes: "Terms are in our own words, from reporting on each text and the published framework; drafts were not all published in full. The late-March US proposal is grouped with the revised drafts.",
    page: "/minerals/",
  };
}
