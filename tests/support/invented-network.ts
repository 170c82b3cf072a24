// A small invented network laid over the fixture tables in memory, for tests of the network's rules
// that the fixture's four unconnected pairs cannot show (a neighbour's neighbour, two relations
// between one pair, a relation that has ended). Every actor and relation here is made up: the
// names say "Fixture", and the source ids are the fixture's own, only so that lookups find a row.
import type { ActorRow, RelationRow } from "../../src/data/tables.generated.ts";

interface Tables {
  actors: ActorRow[];
  relations: RelationRow[];
}

/** A at the centre; B and C its neighbours (named so that A-to-Z order is the reverse of first contact); D only C's. */
export const INVENTED_ACTORS = {
  a: "act-fixture-a",
  b: "act-fixture-b",
  c: "act-fixture-c",
  d: "act-fixture-d",
} as const;

export function addInventedNetwork<T extends Tables>(tables: T): T {
  const actor = tables.actors[0]!;
  const { a, b, c, d } = INVENTED_ACTORS;
  const names: [string, string, string][] = [[a, "Fixture Office A", "US"], [b, "Zeta Fixture Office", "US"], [c, "Alpha Fixture Office", "GB"], [d, "Fixture Office D", "US"]];
  for (const [id, name, country] of names) tables.actors.push({ ...actor, id, name, kind: "agency", country, role: "Invented for tests", parent: null, notes: null });
  const relation = tables.relations[0]!;
  const rows: [string, string, string, RelationRow["type"], boolean, string, string | null][] = [
    ["rel-fixture-a-b-2022", a, b, "negotiated-with", true, "2022-06", "2023-06"],
    ["rel-fixture-c-a-2023", c, a, "sanctioned", true, "2023-01-15", null],
    ["rel-fixture-a-b-2024", a, b, "met", false, "2024-05-01", null],
    ["rel-fixture-b-c-2024", b, c, "called", false, "2024-02", null],
    ["rel-fixture-c-d-2024", c, d, "heads", true, "2024-09-09", null],
  ];
  for (const [id, from, to, type, directed, start, end] of rows) {
    tables.relations.push({ ...relation, id, from, to, type, directed, start, end, summary: `Invented relation ${id}`, event: null });
  }
  return tables;
}

/**
 * An invented network of about today's size and shape (140 actors in the same country groups, 190
 * relations, a few hubs), for the layout's checks, which mean something only on a crowded picture.
 * Made by a seeded generator, so every run draws the same web; nothing in it is a fact.
 */
export function inventedWeb(template: { actor: ActorRow; relation: RelationRow }): { actors: ActorRow[]; relations: RelationRow[] } {
  let seed = 20250212;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const countries: [string, number][] = [["US", 45], ["RU", 32], ["UA", 28], ["INT", 9], ["EU", 6], ["GB", 4], ["IN", 3], ["TR", 2], ["DE", 2]];
  const kinds: ActorRow["kind"][] = ["person", "person", "person", "company", "government", "agency"];
  const actors: ActorRow[] = [];
  for (const [country, n] of countries) {
    for (let i = 1; i <= n; i++) {
      const kind = kinds[Math.floor(random() * kinds.length)]!;
      actors.push({ ...template.actor, id: `act-web-${country.toLowerCase()}-${i}`, name: `Fixture ${country} ${i}`, kind, country, parent: null, role: null, notes: null });
    }
  }
  // Each relation joins a random actor to one chosen in proportion to the square of its relations so
  // far (so a few hubs form, as in the real record), from the same country seven times in ten.
  const degree = new Map(actors.map((a) => [a.id, 1]));
  const relations: RelationRow[] = [];
  const types: RelationRow["type"][] = ["met", "called", "negotiated-with", "sanctioned", "heads"];
  while (relations.length < 190) {
    const from = actors[Math.floor(random() * actors.length)]!;
    const pool = random() < 0.7 ? actors.filter((a) => a.country === from.country && a !== from) : actors.filter((a) => a !== from);
    const weight = (id: string) => degree.get(id)! ** 2;
    const total = pool.reduce((n, a) => n + weight(a.id), 0);
    let pick = random() * total;
    const to = pool.find((a) => (pick -= weight(a.id)) < 0) ?? pool.at(-1);
    if (!to) continue;
    degree.set(from.id, degree.get(from.id)! + 1);
    degree.set(to.id, degree.get(to.id)! + 1);
    const n = relations.length + 1;
    const type = types[n % types.length]!;
    relations.push({ ...template.relation, id: `rel-web-${n}`, from: from.id, to: to.id, type, directed: n % 2 === 0, start: `20${14 + (n % 12)}-0${1 + (n % 9)}`, end: null, summary: `Invented relation ${n}`, event: null });
  }
  return { actors, relations };
}
