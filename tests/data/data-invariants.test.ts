// Rules about the real data that the schema cannot express: the seed article's facts are all there
// and dated right, figures carry what a reader needs to read them, disputes have two sides, and no
// fact rests on a propaganda aggregator or spam mirror.
import { describe, expect, it } from "vitest";
import { loadData } from "../../src/data/load.ts";
import { join } from "node:path";
import { ROOT } from "../support/data-copy.ts";

const { tables } = loadData(join(ROOT, "data"));
const SEED = "src-caliber-az-2025-03-washington-weighs-sanctions-rollback";

/** The seed article's dated facts, with the date it or a better source gives. */
const SEED_FACTS: { fact: string; event: string; date: string }[] = [
  { fact: "Emergency declared over Ukraine in March 2014 (EO 13660)", event: "evt-2014-03-06-eo-13660-national-emergency", date: "2014-03-06" },
  { fact: "Russia's 2022 invasion", event: "evt-2022-02-24-russia-full-scale-invasion", date: "2022-02-24" },
  { fact: "$60-per-barrel price cap on Russian oil", event: "evt-2022-12-02-price-cap-60-agreed", date: "2022-12-02" },
  { fact: "Kremlin: relations 'below zero' under Biden", event: "evt-2023-11-05-peskov-relations-below-zero", date: "2023-11-05" },
  { fact: "Biden's toughest sanctions, 10 January", event: "evt-2025-01-10-biden-energy-sanctions", date: "2025-01-10" },
  { fact: "Trump takes office", event: "evt-2025-01-20-trump-inauguration", date: "2025-01-20" },
  { fact: "Trump warns in January he could escalate sanctions", event: "evt-2025-01-22-trump-threatens-russia-sanctions", date: "2025-01-22" },
  { fact: "Trump–Putin phone call, 12 February", event: "evt-2025-02-12-trump-putin-call", date: "2025-02-12" },
  { fact: "US–Russia meeting in Saudi Arabia", event: "evt-2025-02-18-riyadh-us-russia-talks", date: "2025-02-18" },
  { fact: "Bessent on Bloomberg Television, 20 February", event: "evt-2025-02-20-bessent-bloomberg-sanctions-either-way", date: "2025-02-20" },
  { fact: "Kremlin highlights its rare-earth deposits", event: "evt-2025-02-24-putin-rare-earth-offer", date: "2025-02-24" },
  { fact: "Trump: sanctions could be lifted 'at some point', 26 February", event: "evt-2025-02-26-trump-sanctions-at-some-point", date: "2025-02-26" },
  { fact: "US–Russia meeting in Türkiye", event: "evt-2025-02-27-istanbul-embassy-talks", date: "2025-02-27" },
  { fact: "Trump extends the Ukraine state of emergency", event: "evt-2025-02-27-ukraine-emergency-renewed", date: "2025-02-27" },
  { fact: "Oval Office meeting, 28 February; minerals deal unsigned", event: "evt-2025-02-28-oval-office-clash", date: "2025-02-28" },
  { fact: "White House asks State and Treasury for a list of sanctions to lift", event: "evt-2025-03-03-reuters-sanctions-relief-list", date: "2025-03-03" },
];

describe("the seed article", () => {
  it("is a source", () => {
    expect(tables.sources.find((s) => s.id === SEED)?.url).toBe("https://caliber.az/en/post/washington-weighs-sanctions-rollback-on-russia-insiders-say");
  });

  it.each(SEED_FACTS)("$fact: present and dated $date (or the date is recorded as disputed)", ({ event, date }) => {
    const row = tables.events.find((e) => e.id === event);
    expect(row, event).toBeDefined();
    if (row!.date === date) return;
    // Where sources disagree on the day, the row may follow another source, but the dispute must be
    // on record with the seed's date as one side and the row's date as another.
    const disputes = tables.disputes.filter((d) => d.subject_table === "events" && d.subject_id === event);
    const claimed = tables.claims.filter((c) => disputes.some((d) => d.id === c.dispute)).map((c) => c.value);
    expect(claimed).toEqual(expect.arrayContaining([date, row!.date]));
  });
});

// A unit and a year on every figure, percentages from 0 to 100, and a date and a source on every
// control state are the schema's (required, x-format, the "percentage" rule, minItems), with
// messages at the cell: not repeated here.
describe("figures", () => {
  it("never use zero for a missing figure: a zero must be explained as a reported zero", () => {
    const zeros = tables.mineral_stats.filter((s) => s.value === 0);
    for (const z of zeros) expect(z.notes ?? "", z.id).toMatch(/reported zero/i);
  });
});

describe("deposits", () => {
  it("each have a control history (the map would show a deposit without saying who holds it)", () => {
    const dated = new Set(tables.deposit_control.map((s) => s.deposit_id));
    expect(tables.deposits.filter((d) => !dated.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  it("are drawn as points only where coordinates were sourced", () => {
    for (const d of tables.deposits) {
      expect(d.location_precision === "point", d.id).toBe(d.lat !== null && d.lon !== null);
    }
  });
});

// Two claims per dispute, one source row per URL and one spelling per publisher are validator
// rules now, with messages at the row to fix (tests/unit/ids-history.test.ts, invalid/duplicate-url).

describe("sources", () => {
  const BLOCKED = ["news-pravda.com", "binance.com", "gate.com", "gatexx.net", "tsgdht.cn", "sherdog.com"];

  it("never include a propaganda aggregator or a spam mirror", () => {
    for (const s of tables.sources) {
      const host = new URL(s.url).hostname;
      expect(BLOCKED.some((b) => host === b || host.endsWith(`.${b}`)), `${s.id} ${host}`).toBe(false);
    }
  });

  it("name each publisher once in the register, and cite each through it", () => {
    const names = tables.publishers.map((p) => p.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const domains = tables.publishers.flatMap((p) => p.domains);
    expect(domains.filter((d, i) => domains.indexOf(d) !== i)).toEqual([]);
  });
});

describe("coverage of the first release", () => {
  const count = (name: keyof typeof tables) => tables[name].length;
  it("meets the minimum row counts", () => {
    expect(count("sources")).toBeGreaterThanOrEqual(90);
    expect(count("events")).toBeGreaterThanOrEqual(100);
    expect(count("actors")).toBeGreaterThanOrEqual(80);
    expect(count("relations")).toBeGreaterThanOrEqual(100);
    expect(count("measures")).toBeGreaterThanOrEqual(30);
    expect(count("mineral_stats")).toBeGreaterThanOrEqual(80);
    expect(new Set(tables.mineral_stats.map((s) => s.mineral)).size).toBeGreaterThanOrEqual(10);
    expect(count("deposits")).toBeGreaterThanOrEqual(12);
    expect(count("figures")).toBeGreaterThanOrEqual(30);
  });

  it("spans 2014 to 2026 with Russia, Ukraine, China, the US and the world in the mineral figures", () => {
    const years = tables.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(2014);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2026);
    expect(new Set(tables.mineral_stats.map((s) => s.country))).toEqual(new Set(["RU", "UA", "CN", "US", "WORLD"]));
  });
});
