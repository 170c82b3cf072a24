// ?date= across the site in Chromium: every page type shows the "as of" bar and carries the date on
// its internal links, Clear returns to now, refused dates leave a note and a working page, and the
// views read the record at the date (timeline marker and dimming, deposit control before and after a
// change of hands, figures known by then, the network's own date control).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { browserAndSite, watch } from "../support/browser.ts";
import { ROOT } from "../support/data-copy.ts";
import { loadData } from "../../src/data/load.ts";
import { buildModel } from "../../src/data/model.ts";

const { tables, folder } = loadData(join(ROOT, "data"));
const model = buildModel(tables, folder.descriptor, "2026-01-01");
const DAY = "2025-03-03";

const web = browserAndSite();

async function open(path: string, width = 1280): Promise<Page> {
  const page = await web.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(web.site.root + path);
  await page.waitForSelector("html[data-as-of-ready]", { state: "attached" });
  return page;
}

const firstActor = model.tables.actors[0]!.id;
const PAGES = ["", "timeline/", "network/", "minerals/", `actors/${firstActor}/`, `events/${model.events[0]!.id}/`, "story/", "sources/", "embed/minerals-deposits-map/"];

describe("the date parameter on every page type", () => {
  it.each(PAGES)("/%s shows the bar and carries the date on its internal page links", async (path) => {
    const page = await open(`${path}?date=${DAY}`);
    const bar = page.locator("[data-as-of-bar]");
    await expect(bar.isVisible()).resolves.toBe(true);
    await expect(bar.innerText()).resolves.toContain("Showing the record as of 3 March 2025");
    const links = await page.locator("a[href]").evaluateAll((els) =>
      els.map((a) => ({ href: a.getAttribute("href")!, keep: a.hasAttribute("data-as-of-keep") || a.hasAttribute("download") })),
    );
    const internalPages = links.filter((l) => !l.keep && l.href.startsWith("/") && !/\.[a-z]+(?:[?#]|$)/.test(l.href.split("?")[0]!.split("#")[0]!));
    expect(internalPages.length, path).toBeGreaterThan(0);
    for (const l of internalPages) expect(l.href, `${path}: ${l.href}`).toContain(`date=${DAY}`);
    // Downloads are files, not views of a moment.
    for (const l of links.filter((x) => /\.(csv|svg|png|json|xml)$/.test(x.href.split(/[?#]/)[0]!))) expect(l.href).not.toContain("date=");
    await page.close();
  });

  it("lets a reader walk the site at one moment and Clear returns every view to now", async () => {
    const page = await open(`timeline/?date=${DAY}`);
    await page.locator(".site-nav a", { hasText: "Network" }).click();
    await page.waitForSelector("[data-network][data-ready]");
    expect(new URL(page.url()).searchParams.get("date")).toBe(DAY);
    await expect(page.locator("[data-net-date]").inputValue()).resolves.toBe(DAY);
    await page.locator("[data-as-of-clear]").click();
    await page.waitForSelector("html[data-as-of-ready]", { state: "attached" });
    expect(new URL(page.url()).searchParams.has("date")).toBe(false);
    await expect(page.locator("[data-as-of-bar]").isVisible()).resolves.toBe(false);
    await expect(page.locator(".site-nav a", { hasText: "Minerals" }).getAttribute("href")).resolves.not.toContain("date=");
    await page.close();
  });

  it("keeps an older alias working: ?as_of= reads as ?date=", async () => {
    const page = await open(`timeline/?as_of=${DAY}`);
    await expect(page.locator("[data-as-of-bar]").innerText()).resolves.toContain("3 March 2025");
    await page.close();
  });
});

describe("dates that cannot be used", () => {
  it.each(["2025-02-30", "yesterday", "1999-05-01", "2099-01-01"])("?date=%s leaves a note and the record as it stands now", async (value) => {
    const page = await web.browser.newPage();
    const report = watch(page, new URL(web.site.root).origin);
    await page.goto(web.site.root + `timeline/?date=${value}`);
    await page.waitForSelector("[data-timeline][data-ready]");
    const note = page.locator("[data-as-of-note]");
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.innerText()).resolves.toContain(value);
    await expect(page.locator("[data-as-of-bar]").isVisible()).resolves.toBe(false);
    await expect(page.locator("svg.timeline-svg .is-after-date").count()).resolves.toBe(0);
    await expect(page.locator("svg.timeline-svg a.tl-event").count()).resolves.toBe(model.events.length);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("the timeline as of a date", () => {
  it("draws a marker at the day, dims what came later and says how much had happened", async () => {
    const page = await open(`timeline/?date=${DAY}`);
    await page.waitForSelector("[data-timeline][data-ready]");
    const later = model.events.filter((e) => e.date.slice(0, 10) > DAY && !(e.date.length < 10 && `${e.date}-01`.slice(0, 10) <= DAY));
    await expect(page.locator("svg.timeline-svg a.tl-event.is-after-date").count()).resolves.toBe(later.length);
    await expect(page.locator("[data-as-of-marker]").getAttribute("display")).resolves.toBeNull();
    await expect(page.locator("[data-as-of-marker] text").textContent()).resolves.toBe("3 March 2025");
    await expect(page.locator("[data-as-of-count]").innerText()).resolves.toContain(`${model.events.length - later.length} of ${model.events.length} events`);
    await page.close();
  });
});

describe("deposit control at dates before and after a change of hands", () => {
  const mark = (page: Page) => page.locator('[data-chart-id="minerals-deposits-map"] [data-deposit-id="dep-shevchenkivske"][data-control-history]').first();
  it.each([
    ["", "russia"],
    ["?date=2025-03-03", "ukraine"],
    ["?date=2025-07-01", "russia"],
  ])("/minerals/%s colours Shevchenkivske as %s, and the history table marks that state", async (query, control) => {
    const page = await open(`minerals/${query}`);
    if (query) await page.waitForSelector("html[data-deposits-as-of]", { state: "attached" });
    await expect(mark(page).getAttribute("data-control")).resolves.toBe(control);
    // The drawn colour follows: the mark wears the paint the chart's key gives that state.
    const paint = await page.locator("[data-control-paint]").first().getAttribute("data-control-paint");
    const token = paint!.split(";").map((p) => p.split(":")).find(([c]) => c === control)![1]!;
    await expect(mark(page).evaluate((el, t) => [el, ...el.querySelectorAll("*")].some((e) => e.classList.contains(t) || e.getAttribute("fill") === t), token)).resolves.toBe(true);
    if (query) {
      const inForce = page.locator('[data-deposit-state][data-deposit-id="dep-shevchenkivske"].is-in-force');
      await expect(inForce.count()).resolves.toBe(1);
      await expect(inForce.innerText()).resolves.toContain(control === "russia" ? "Held by Russia" : "Held by Ukraine");
    }
    await page.close();
  });

  it("dims figures not yet reported on the date and counts them", async () => {
    // Every figure behind the charts, one table row each, on the figures page.
    const page = await open("minerals/figures/?date=2025-02-01");
    const later = model.tables.figures.filter((f) => f.as_of.slice(0, 10) > "2025-02-01" && !(f.as_of.length < 10 && `${f.as_of}-01-01`.slice(0, 10) <= "2025-02-01")).length;
    expect(later).toBeGreaterThan(0);
    const summary = await page.locator("[data-as-of-summary]").innerText();
    expect(summary).toMatch(/As of 1 February 2025: \d+ items? dated after/);
    // The count a reader is told is the number of rows dimmed, and covers every later figure.
    const counted = Number(/: (\d+) items?/.exec(summary)![1]);
    await expect(page.locator(".as-of-later, .is-after-date").count()).resolves.toBe(counted);
    expect(counted).toBeGreaterThanOrEqual(later);
    await page.close();
  });

  it("dims the chart marks of figures not yet reported, on a topic page of charts", async () => {
    const day = "2025-02-01";
    const page = await open(`minerals/money/?date=${day}`);
    // The marks a reader sees, by the figure they draw (the wide drawing at 1280 px).
    const marks = await page.locator(".chart-variant--wide [data-mark][data-row-id]").evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute("data-row-id")!, dimmed: e.classList.contains("is-after-date") })));
    const asOf = new Map(model.tables.figures.map((f) => [f.id, f.as_of]));
    const figureMarks = marks.filter((m) => asOf.has(m.id));
    expect(figureMarks.length).toBeGreaterThan(0);
    // A partial date is known from its first day: "2025-03" from 1 March.
    const firstDay = (d: string) => `${d}-01-01`.slice(0, 10);
    for (const m of figureMarks) expect(m.dimmed, m.id).toBe(firstDay(asOf.get(m.id)!) > day);
    expect(figureMarks.some((m) => m.dimmed)).toBe(true);
    await page.close();
  });
});

describe("event pages: what was known when", () => {
  it("the Oval Office page links to the record as of its day and to the events either side on its threads", async () => {
    const page = await open("events/evt-2025-02-28-oval-office-clash/");
    const section = page.locator(".event-threads");
    await expect(section.getByRole("link", { name: "timeline", exact: true }).getAttribute("href")).resolves.toContain("date=2025-02-28");
    await expect(section.locator("[data-thread]").count()).resolves.toBeGreaterThan(0);
    await section.getByRole("link", { name: "minerals", exact: true }).click();
    await page.waitForSelector("html[data-deposits-as-of]", { state: "attached" });
    await expect(page.locator("[data-as-of-bar]").innerText()).resolves.toContain("28 February 2025");
    await page.close();
  });
});

describe("the minerals overview's words as of a date", () => {
  // A deposit's state in force on a day (none before its first), straight from deposit_control.csv's rows.
  const stateOn = (id: string, day: string) =>
    tables.deposit_control.filter((s) => s.deposit_id === id && `${s.as_of}-01-01`.slice(0, 10) <= day).sort((a, b) => a.as_of.localeCompare(b.as_of)).at(-1);
  // Who held each named deposit in Ukraine on a day.
  const heldBy = (day: string, control: string) => model.deposits.filter((d) => d.country === "UA" && stateOn(d.id, day)?.control === control).length;

  it("the note above the control history counts deposits, each once, however many drawings show it", async () => {
    const day = "2025-07-01";
    const controlOn = (id: string, on: string) => stateOn(id, on)?.control ?? "unknown";
    const none = model.deposits.filter((d) => stateOn(d.id, day) === undefined).length;
    const changed = model.deposits.filter((d) => controlOn(d.id, day) !== controlOn(d.id, "9999-12-31")).length;
    expect(none).toBeGreaterThan(0);
    expect(changed).toBeLessThanOrEqual(model.deposits.length);
    const page = await open(`minerals/?date=${day}`);
    await page.waitForSelector("html[data-deposits-as-of]", { state: "attached" });
    const note = await page.locator("[data-deposit-as-of]").innerText();
    expect(note).toContain(`${changed} ${changed === 1 ? "differs" : "differ"} from the latest state.`);
    expect(note).toContain(`${none} had no reported state yet`);
    await page.close();
  });

  it.each(["2025-03-03", "2025-07-01"])("on %s the map's and side-by-side's takeaways count the deposits Russia held then", async (day) => {
    const page = await open(`minerals/?date=${day}`);
    const russia = heldBy(day, "russia");
    const map = page.locator("#minerals-deposits-map .chart-frame__takeaway");
    await expect(map.innerText()).resolves.toContain(`${russia} ${russia === 1 ? "is" : "are"} held by Russia`);
    const lead = page.locator("#minerals-side-by-side .chart-frame__takeaway");
    await expect(lead.innerText()).resolves.toContain(`${russia} of the`);
    // The description a screen reader hears says Shevchenkivske's state on that day, not today's.
    const description = await page.locator("#minerals-deposits-map-desc [data-as-of-version]:not([hidden])").textContent();
    expect(description).toContain(day < "2025-06-27" ? "Shevchenkivske lithium deposit, Donetsk Oblast: held by Ukraine as of 8 January 2025" : "Shevchenkivske lithium deposit, Donetsk Oblast: held by Russia as of 27 June 2025");
    // Every takeaway in "More on each question" shows exactly one version: the one in force.
    const items = page.locator(".mx-topic__charts li");
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      await expect(items.nth(i).locator("[data-as-of-version]:not([hidden])").count().then((n) => n <= 1)).resolves.toBe(true);
    }
    await page.close();
  });

  it.each(["2025-03-03", "2025-07-01"])("on %s the side-by-side chart's own counts ('N of M Russian-held') are that day's", async (day) => {
    const page = await open(`minerals/?date=${day}`);
    const said = await page.locator("#minerals-side-by-side .chart-variant--wide text").evaluateAll((els) =>
      els.filter((e) => !e.closest('[display="none"]')).map((e) => e.textContent ?? "").filter((t) => /Russian-held/.test(t)));
    const minerals = ["min-rare-earths", "min-lithium", "min-graphite", "min-titanium", "min-manganese", "min-nickel", "min-iron-ore", "min-uranium"];
    const expected = minerals.map((m) => model.deposits.filter((d) => d.country === "UA" && d.minerals.includes(m)))
      .filter((list) => list.length > 0)
      .map((list) => `${list.filter((d) => {
        const states = d.history.filter((st) => `${st.as_of}-01-01`.slice(0, 10) <= day);
        return states.at(-1)?.control === "russia";
      }).length} of ${list.length} Russian-held`);
    // Words wrapped over lines (tspans) come back without the space between them.
    const squash = (t: string) => t.replace(/,.*/, "").replace(/\s+/g, "");
    expect(said.map(squash)).toEqual(expected.map(squash));
    await page.close();
  });

  it("recolours the map's list with its marks: Shevchenkivske's swatch before and after it changed hands", async () => {
    for (const [day, control] of [["2025-03-03", "ukraine"], ["2025-07-01", "russia"]] as const) {
      const page = await open(`minerals/?date=${day}`);
      await page.waitForSelector("html[data-deposits-as-of]", { state: "attached" });
      const swatch = page.locator('#minerals-deposits-map [data-control-swatch][data-control-history^="2025-01-08"]').first();
      await expect(swatch.getAttribute("data-control")).resolves.toBe(control);
      await page.close();
    }
  });
});

describe("the deal's terms: the text in force at the date", () => {
  const visibleTerms = (page: Page, chart: string) =>
    page.locator(`#${chart} [data-row-id^="term-"]`).evaluateAll((els) => [...new Set(els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => e.getAttribute("data-row-id")))]);
  const note = (page: Page, chart: string) => page.locator(`#${chart} [data-as-of-version]:not([hidden]) .as-of-chart-note`);

  it("before the first draft says so plainly and draws no terms", async () => {
    const page = await open("minerals/deal/?date=2025-01-15");
    await expect(note(page, "minerals-deal-terms").innerText()).resolves.toBe("No draft of the minerals agreement existed yet: the first US draft is dated 12 February 2025.");
    await expect(visibleTerms(page, "minerals-deal-terms")).resolves.toEqual([]);
    await expect(visibleTerms(page, "minerals-deal-drafts")).resolves.toEqual([]);
    await page.close();
  });

  it("between drafts shows only the texts dated by then, and names the latest", async () => {
    const page = await open("minerals/deal/?date=2025-02-22");
    const drafts = await visibleTerms(page, "minerals-deal-drafts");
    const known = tables.deal_terms.filter((t) => (t.version === "revised-draft" || t.version === "framework-agreement") && t.version_date.length === 10 && t.version_date <= "2025-02-22").map((t) => t.id);
    expect(drafts.sort()).toEqual(known.sort());
    expect(drafts.some((id) => id!.startsWith("term-framework"))).toBe(false);
    await expect(note(page, "minerals-deal-drafts").innerText()).resolves.toContain("the revised US draft of 21 February 2025");
    const first = await visibleTerms(page, "minerals-deal-terms");
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((id) => id!.startsWith("term-first-draft"))).toBe(true);
    await page.close();
  });

  it("after signing shows the signed text as today, with no note", async () => {
    const today = await open("minerals/deal/");
    const all = await visibleTerms(today, "minerals-deal-terms");
    await today.close();
    const page = await open("minerals/deal/?date=2025-05-01");
    await expect(visibleTerms(page, "minerals-deal-terms")).resolves.toEqual(all);
    expect(all.some((id) => id!.startsWith("term-signed"))).toBe(true);
    await expect(note(page, "minerals-deal-terms").count()).resolves.toBe(0);
    await page.close();
  });
});

describe("an actor's neighbourhood at an early date", () => {
  const ACTOR = "act-donald-trump";
  const DAY0 = "2025-01-25";
  it("dims the neighbours not yet linked and counts those that were", async () => {
    const own = tables.relations.filter((r) => r.from === ACTOR || r.to === ACTOR);
    const others = new Map<string, typeof own>();
    for (const r of own) {
      const other = r.from === ACTOR ? r.to : r.from;
      if (other !== ACTOR) others.set(other, [...(others.get(other) ?? []), r]);
    }
    const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    const last = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
    const linked = [...others.values()].filter((rs) => rs.some((r) => first(r.start) <= DAY0) && rs.some((r) => !r.end || last(r.end) >= DAY0)).length;
    expect(linked).toBeLessThan(others.size);
    const page = await open(`actors/${ACTOR}/?date=${DAY0}`);
    const tally = page.locator(".hood [data-as-of-tally]");
    await expect(tally.innerText()).resolves.toBe(`On 25 January 2025, ${linked} of ${others.size} linked actors had a relation in force; the other ${others.size - linked} ${others.size - linked === 1 ? "is" : "are"} dimmed.`);
    await expect(page.locator(".hood-svg a[data-actor-id].is-after-date").count()).resolves.toBe(others.size - linked);
    // Arcs of relations that had not begun are dimmed too.
    const laterArcs = await page.locator(".hood-svg path[data-relation-id].is-after-date").count();
    expect(laterArcs).toBeGreaterThan(0);
    const opacity = await page.locator(".hood-svg path[data-relation-id].is-after-date").first().evaluate((el) => getComputedStyle(el).opacity);
    expect(Number(opacity)).toBeLessThan(0.5);
    await page.close();
  });

  it("without a date draws every neighbour at full strength and says nothing", async () => {
    const page = await open(`actors/${ACTOR}/`);
    await expect(page.locator(".hood .is-after-date").count()).resolves.toBe(0);
    await expect(page.locator(".hood [data-as-of-tally]").isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe("the network refuses what the bar refuses", () => {
  it.each(["1990-01-01", "2025-02-30"])("?date=%s shows the note and today's network, the slider at all dates", async (value) => {
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const report = watch(page, new URL(web.site.root).origin);
    await page.goto(web.site.root + `network/?date=${value}`);
    await page.waitForSelector("[data-network][data-ready]");
    const note = page.locator("[data-as-of-note]");
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.innerText()).resolves.toContain(value);
    await expect(page.locator("[data-as-of-bar]").isVisible()).resolves.toBe(false);
    await expect(page.locator("[data-net-date]").inputValue()).resolves.toBe("");
    await expect(page.locator("[data-net-range]").getAttribute("aria-valuetext")).resolves.toBe("All dates");
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });
});
