// "Last data update" for the footer and the feed: the date of the latest entry in the change log
// (changes.csv). The log is committed data, so a shallow clone, a download or a fixture folder all
// give the same date; git history is never read. A folder without a log falls back to its newest
// file's modification date.

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function lastDataUpdate(dir: string, lastChange: string | null): string {
  if (lastChange) return lastChange;
  // A dangling link or an unreadable entry (the validator reports any that is a table) has no date.
  const times = readdirSync(dir).flatMap((name) => {
    try {
      return [statSync(join(dir, name)).mtimeMs];
    } catch {
      return [];
    }
  });
  return new Date(Math.max(0, ...times)).toISOString().slice(0, 10);
}
