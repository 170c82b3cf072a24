// Everything `npm run validate` checks in a data folder, in one function for both the validate
// script and the build guard, so `npm run build` validates the data once, in the astro process
// whose pages then reuse the typed rows (validate-once.ts). It was twice, the script and then the
// guard: half a minute each at a hundred times today's data.

import { realpathSync } from "node:fs";
import { join } from "node:path";
import type { Base } from "./git-base.ts";
import { checkHomeReferences, checkPublishedListComplete, checkVersions } from "./project-checks.ts";
import { displayPath, type DataFolder } from "./read.ts";
import { typesProblem } from "./typegen.ts";
import { validateTables, type ValidationResult } from "./validate.ts";

export interface FolderCheckOptions {
  /** The version to compare with (git-base.ts): ids that left need a redirect, the change log must cover the change. */
  base?: Base | null;
  /**
   * The repository's root. When the folder is the repository's own data/, the committed row types,
   * the data version in datapackage.json and CITATION.cff, the published ids and the home page's
   * citations are checked against it too. Null for a validation that only needs the rows.
   */
  root?: string | null;
}

export function checkFolder(folder: DataFolder, { base = null, root = null }: FolderCheckOptions = {}): ValidationResult {
  const { tables, problems } = validateTables(folder.descriptor, folder.files, folder.extraFiles, { base, headDescriptorText: folder.descriptorText });
  if (root && realpathSync(folder.dir) === realpathSync(join(root, "data"))) {
    const stale = typesProblem(folder.descriptor, join(root, "src/data/tables.generated.ts"));
    if (stale) problems.push(stale);
    checkVersions(root, displayPath(join(folder.dir, "datapackage.json")), folder.descriptorText, tables, problems);
    checkPublishedListComplete(tables, problems);
    checkHomeReferences(root, tables, problems);
  }
  return { tables, problems };
}
