// "Report an error": a link on every event, actor, figure and chart that opens a correction form
// already naming the row and the page. With REPO_URL it is the repository's "Correct a fact" issue
// form (.github/ISSUE_TEMPLATE/correct-a-fact.yml), whose fields a URL can fill in; with
// CORRECTIONS_EMAIL instead, an e-mail to that address with the same details; with neither, the
// corrections section of /about/. A plain link: no script, nothing loaded from anywhere.

import { isPlainEmail } from "../build/settings.ts";
import { safeExternalUrl } from "./safe-url.ts";

export interface ReportSubject {
  /** The row's id, e.g. evt-2025-02-12-trump-putin-call, or a chart's id. */
  id: string;
  /** What the reader saw it as: a headline, a name, a chart's title. */
  label: string;
  /** The page's address: absolute when the site's address is known. */
  page: string;
}

export interface ReportSettings {
  repo?: string | undefined;
  email?: string | undefined;
  /** Where the site explains corrections, for the fallback. */
  aboutCorrections: string;
}

/** The issue form's file name and the ids of the fields a URL fills in. */
export const CORRECTION_FORM = { template: "correct-a-fact.yml", row: "row", page: "page" } as const;

export function reportErrorHref(subject: ReportSubject, settings: ReportSettings): string {
  const repo = safeExternalUrl(settings.repo)?.replace(/\/$/, "");
  const title = `Correction: ${subject.label}`.slice(0, 200);
  if (repo) {
    const query = new URLSearchParams({ template: CORRECTION_FORM.template, title, [CORRECTION_FORM.row]: subject.id, [CORRECTION_FORM.page]: subject.page });
    return `${repo}/issues/new?${query.toString()}`;
  }
  if (settings.email && isPlainEmail(settings.email)) {
    const body = `Row: ${subject.id}\nPage: ${subject.page}\n\nWhat is wrong:\n\nWhat it should say, and a source that shows it (a link):\n`;
    return `mailto:${settings.email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  return settings.aboutCorrections;
}
