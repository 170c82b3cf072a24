// Search puts people, organisations and places first when the reader types their name: an actor's
// or a deposit's own page outranks the events that mention it (a search for "Witkoff" should open
// on Steve Witkoff, not on the seventh meeting he attended). Pagefind ranks by words on a page,
// and an event page about a person can hold the name as often as the person's page does, so the
// order is settled here, from each result's type and title.

/** Result types that name one thing a reader may look up by name. */
export const ENTITY_TYPES = ["Actor", "Deposit"] as const;

const normalise = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** Edit distance, stopping early once it exceeds `max` (names are short). */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * Does the query name this title? Every word of the query must start a word of the title, or be
 * one slip of the keyboard from a word of it (two for long words): "witkoff", "steve witk",
 * "witkof" all name "Steve Witkoff"; "sanctions" names no one.
 */
export function namesTitle(query: string, title: string): boolean {
  const q = normalise(query).split(" ").filter(Boolean);
  const words = normalise(title).split(" ").filter(Boolean);
  if (q.length === 0 || words.length === 0) return false;
  // Short stray words ("of", "the") in the query must not make everything match.
  if (q.every((w) => w.length < 3)) return normalise(query) === normalise(title);
  return q.every((w) =>
    words.some((t) => t.startsWith(w) || (w.length >= 5 && within(w, t.slice(0, w.length + 2), w.length >= 8 ? 2 : 1))),
  );
}

/** `ids` reordered so that the `first` ones (in their own order) lead; nothing added or lost. */
export function leadWith<T extends { id: string }>(results: T[], first: string[]): T[] {
  const lead = new Set(first.filter((id) => results.some((r) => r.id === id)));
  const byId = new Map(results.map((r) => [r.id, r]));
  return [...[...lead].map((id) => byId.get(id)!), ...results.filter((r) => !lead.has(r.id))];
}
