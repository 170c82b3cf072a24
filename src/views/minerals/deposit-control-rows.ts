// Which deposits the control history on /minerals/ lists. Today every deposit's states fit on the
// page. Past a few hundred states (a hundred times today's data has 1,500) the table alone made the
// page 1.6 MB and kept a phone busy for seconds, so it lists the deposits whose control changed,
// which are what "since when" is about; a deposit with a single state says no more than its row in
// the list of deposits (who holds it, as of when, by which sources), which the page links to.

/** States listed in full below this many. */
export const CONTROL_STATES_IN_FULL = 300;

export interface ControlListing<T> {
  /** The deposits whose every state the table lists, in the order given. */
  listed: T[];
  /** How many deposits are left out, 0 when every deposit is listed. */
  leftOut: number;
}

/**
 * `deposits` in their order, each with its `history` of states; `max` is the number of states a
 * full table may hold. Past it, only deposits with more than one state; and if even those pass
 * it, as many whole histories as fit (a deposit's states are never split across the cut).
 */
export function controlListing<T extends { history: readonly unknown[] }>(deposits: readonly T[], max = CONTROL_STATES_IN_FULL): ControlListing<T> {
  const states = deposits.reduce((n, d) => n + d.history.length, 0);
  if (states <= max) return { listed: [...deposits], leftOut: 0 };
  const listed: T[] = [];
  let shown = 0;
  for (const d of deposits) {
    if (d.history.length < 2) continue;
    if (shown + d.history.length > max && listed.length > 0) break;
    listed.push(d);
    shown += d.history.length;
  }
  return { listed, leftOut: deposits.length - listed.length };
}
