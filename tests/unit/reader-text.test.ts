// Research notes never reach a page: the words the fact-check found in reader text are caught, and
// ordinary journalism is not.
import { describe, expect, it } from "vitest";
import { isReaderColumn, researchTalk } from "../../src/data/reader-text.ts";

describe("researchTalk", () => {
  it.each([
    ["Named in the seed article.", "seed article"],
    ["Replaces the Indian Defence News (ANI) lead.", "Replaces the Indian Defence News (ANI) lead"],
    ["Per the research dossier (T4, F13).", "dossier"],
    ["Headline not shown in the stored copy.", "stored copy"],
    ["Read through http://158.69.42.207:8011/https/www.dw.com", "158.69.42.207"],
    ["The instrument is not named in the excerpt read.", "in the excerpt"],
    ["Final adoption is UNVERIFIED.", "UNVERIFIED"],
    ["See dsp-eo-13661-date.", "dsp-eo-13661-date"],
    ["Original Reuters URL not found.", "Original Reuters URL"],
    ["The OFAC page itself was not found in the store.", "in the store"],
    ["No Senate action found in stored reporting.", "stored reporting"],
    ["The id keeps the seed's 26 Feb.", "the seed's"],
    ["Attested by ProudFiler (weak).", "(weak)"],
  ])("finds research talk in %j", (text, found) => {
    expect(researchTalk(text)?.found).toBe(found);
  });

  it.each([
    "Witkoff, the lead US negotiator, flew to Moscow.",
    "The talks could lead to a ceasefire.",
    "Reuters reported the request on 3 March 2025.",
    "Date derived from the weekday given in a 20 February report.",
    "The long-term deal covers 57 minerals.",
    "The DFC committed $75m of seed capital to the fund.",
    "Russia's position in talks looked weak.",
  ])("leaves reader text alone: %j", (text) => {
    expect(researchTalk(text)).toBeNull();
  });

  it("can leave row ids alone, for pages that show their own addresses", () => {
    expect(researchTalk("/events/evt-2025-03-03-relief-list/", { rowIds: false })).toBeNull();
    expect(researchTalk("/events/evt-2025-03-03-relief-list/ from the stored copy", { rowIds: false })?.found).toBe("stored copy");
  });

  it("reports the earliest match and where it starts", () => {
    expect(researchTalk("See the dossier; named in the seed article.")).toEqual({ what: "the research dossier", found: "dossier", index: 8 });
  });
});

describe("isReaderColumn", () => {
  it("covers text that pages print, not ids", () => {
    expect(isReaderColumn("events", "notes")).toBe(true);
    expect(isReaderColumn("events", "maintainer_notes")).toBe(false);
    expect(isReaderColumn("claims", "claimant")).toBe(true);
    expect(isReaderColumn("figures", "claimant")).toBe(false);
  });
});
