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
