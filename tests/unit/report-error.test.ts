// "Report an error" opens a correction form naming the row and the page: the repository's issue
// form with REPO_URL, an e-mail with CORRECTIONS_EMAIL, else the corrections section of /about/.
import { describe, expect, it } from "vitest";
import { reportErrorHref } from "../../src/site/report-error.ts";
import { isPlainEmail, readSettings, SettingsError } from "../../src/build/settings.ts";

const subject = { id: "evt-2025-02-12-trump-putin-call", label: "Trump & Putin speak", page: "https://example.org/events/evt-2025-02-12-trump-putin-call/" };

describe("reportErrorHref", () => {
  it("fills in the repository's Correct a fact form", () => {
    const href = new URL(reportErrorHref(subject, { repo: "https://github.com/org/tracker/", aboutCorrections: "/about/#corrections" }));
    expect(`${href.origin}${href.pathname}`).toBe("https://github.com/org/tracker/issues/new");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      template: "correct-a-fact.yml",
      title: "Correction: Trump & Putin speak",
      row: "evt-2025-02-12-trump-putin-call",
      page: "https://example.org/events/evt-2025-02-12-trump-putin-call/",
    });
  });

  it("writes an e-mail when there is no repository, and falls back to /about/ with neither", () => {
    const mail = reportErrorHref(subject, { email: "corrections@example.org", aboutCorrections: "/about/#corrections" });
    expect(mail.startsWith("mailto:corrections@example.org?subject=Correction%3A%20Trump%20%26%20Putin%20speak&body=")).toBe(true);
    expect(decodeURIComponent(mail.split("&body=")[1]!)).toContain("Row: evt-2025-02-12-trump-putin-call\nPage: https://example.org/events/");
    expect(reportErrorHref(subject, { aboutCorrections: "/about/#corrections" })).toBe("/about/#corrections");
    // A repository address that is not http(s) is not used.
    expect(reportErrorHref(subject, { repo: "javascript:alert(1)", aboutCorrections: "/about/#corrections" })).toBe("/about/#corrections");
  });

  it("takes only a plain address from CORRECTIONS_EMAIL, and the build refuses anything else", () => {
    expect(isPlainEmail("corrections@example.org")).toBe(true);
    for (const bad of ["a@b", "Name <a@example.org>", "a@example.org?cc=x@evil.example", "a b@example.org"]) {
      expect(isPlainEmail(bad), bad).toBe(false);
      expect(() => readSettings({ CORRECTIONS_EMAIL: bad })).toThrow(SettingsError);
    }
    expect(() => readSettings({ CORRECTIONS_EMAIL: "a b@example.org" })).toThrow('CORRECTIONS_EMAIL="a b@example.org" is not a plain e-mail address (expected an address such as corrections@example.org, with no name, spaces or ?query)');
  });
});
