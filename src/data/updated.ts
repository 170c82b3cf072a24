// "Last data update" for the footer: the date of the last commit that touched the data folder,
// or, outside a git checkout (a tarball, a fixture folder), the newest file's modification date.

import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function lastDataUpdate(dir: string): string {
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cs", "--", dir], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // not a git checkout, or git is not installed: fall through to file dates
  }
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
