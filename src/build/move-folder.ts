// Moving a folder the build made into its output: a rename where both sit on one disk, a copy
// where they do not.

import { cpSync, existsSync, renameSync } from "node:fs";

/**
 * Moves `from` to `to`. A rename when both are on one disk: at a hundred times today's data the
 * search index's records part is 70,000 files, and copying them and then deleting the temporary
 * folder took seconds after the pages were done. Across disks (EXDEV), or onto a folder that
 * already exists, it copies instead, and `from` is left for its maker to remove.
 */
export function moveFolder(from: string, to: string): "renamed" | "copied" {
  try {
    if (!existsSync(to)) {
      renameSync(from, to);
      return "renamed";
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
  }
  cpSync(from, to, { recursive: true });
  return "copied";
}
