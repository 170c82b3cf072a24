// npm run changes: draft the change-log entry for what this branch changed in the data, and keep
// the data version and the list of published ids in step. It compares with the same base as the
// validator (the merge base with main, or --base <ref>) and writes nothing unless asked:
//
//   npm run changes                      print the entries it would add, the version and new ids
//   npm run changes -- --write           append them to data/changes.csv (with an empty description
//                                        for you to write), set the version in datapackage.json and
//                                        CITATION.cff, and add new ids to data/published_ids.csv
//
// The description is the one thing it cannot write: a line for readers, in your own words.

import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalRow } from "../src/data/canonical-csv.ts";
import { idsByKind, kindsOf, latestVersion, nextVersion, readChanges, type ChangeKind } from "../src/data/changes-log.ts";
import { diffData } from "../src/data/data-diff.ts";
import { readBase } from "../src/data/git-base.ts";
import { currentIds } from "../src/data/ids-history.ts";
import { displayPath, readDataFolderOrReport } from "../src/data/read.ts";
import { validateTables } from "../src/data/validate.ts";

function main(args: string[]): number {
  const write = args.includes("--write");
  const baseIndex = args.indexOf("--base");
  const ref = baseIndex >= 0 ? args[baseIndex + 1] : args.find((a) => a.startsWith("--base="))?.slice(7);
  const folder = readDataFolderOrReport();
  if (!folder) return 1;
  const { tables } = validateTables(folder.descriptor, folder.files, folder.extraFiles);
  const changesFile = join(folder.dir, "changes.csv");
  const entries = readChanges(tables.get("changes"));
  const today = new Date().toISOString().slice(0, 10);

  // The entries this branch still needs, by comparing with the base.
  const result = readBase(folder.dir, folder.descriptor.resources.map((r) => r.path), ref);
  const drafts: string[][] = [];
  let version = latestVersion(entries);
  if ("unavailable" in result) {
    console.log(`No base to compare with (${result.unavailable}); only the version and the published ids are brought in step.`);
  } else {
    const { base } = result;
    const diff = diffData(base.version, { descriptor: folder.descriptor, descriptorText: folder.descriptorText, files: new Map(folder.files.map((f) => [f.resource.path, f.text ?? ""])) });
    const baseEntries = base.version.files.has("changes.csv") ? readChanges(validateTables(folder.descriptor, folder.files.map((f) => (f.resource.name === "changes" ? { ...f, text: base.version.files.get("changes.csv")! } : f))).tables.get("changes")) : [];
    const seen = new Set(baseEntries.map((e) => `${e.version}\u0000${e.kind}\u0000${e.description}`));
    const fresh = entries.filter((e) => !seen.has(`${e.version}\u0000${e.kind}\u0000${e.description}`));
    const kinds = kindsOf(diff);
    if (kinds.size === 0) console.log(`The data is as on ${base.ref}: no entry needed.`);
    else if (fresh.length > 0) console.log(`${displayPath(changesFile)} already has ${fresh.length} new entr${fresh.length === 1 ? "y" : "ies"} for this change (the validator checks them).`);
    else {
      version = nextVersion(latestVersion(baseEntries), kinds);
      const { added, removed, changed } = idsByKind(diff);
      const add = (kind: ChangeKind, ids: Set<string>) => drafts.push([version!, today, kind, [...ids].join(";"), ""]);
      if (added.size > 0) add("addition", added);
      if (changed.size > 0) add("correction", changed);
      if (removed.size > 0) add("removal", removed);
      if (kinds.has("schema")) add("schema", new Set());
      console.log(`Changes since ${base.ref} (${base.commit.slice(0, 7)}): version ${latestVersion(baseEntries) ?? "none"} -> ${version}`);
      for (const d of drafts) console.log(`  ${canonicalRow(d)}<description>`);
      if (removed.size > 0) console.log(`  and a line in ${displayPath(join(folder.dir, "redirects.csv"))} for each removed or renamed id (the validator drafts them)`);
      if (changed.size > 0) console.log("  (a correction puts a wrong value right; if a row was brought up to date with later facts, make its kind update)");
    }
  }

  // New ids to list as published.
  const listed = new Set(tables.get("published_ids")?.rows.map((r) => r.cells.get("id")?.value ?? "") ?? []);
  const newIds = [...currentIds(tables)].flatMap(([table, ids]) => [...ids].filter((id) => !listed.has(id)).map((id) => [id, table]));
  if (newIds.length > 0) console.log(`${newIds.length} new id${newIds.length === 1 ? "" : "s"} to list in published_ids.csv`);

  if (!write) {
    if (drafts.length > 0 || newIds.length > 0) console.log("Run npm run changes -- --write to add them.");
    return 0;
  }
  const text = readFileSync(changesFile, "utf8");
  if (drafts.length > 0) {
    appendFileSync(changesFile, (text.endsWith("\n") ? "" : "\n") + drafts.map((d) => canonicalRow(d) + "\n").join(""));
    const first = text.split("\n").filter(Boolean).length + 1;
    console.log(`Added ${drafts.length} entr${drafts.length === 1 ? "y" : "ies"} to ${displayPath(changesFile)} (line ${first}${drafts.length > 1 ? `-${first + drafts.length - 1}` : ""}): write what changed, for readers, in the description column.`);
  }
  if (newIds.length > 0) {
    const ids = join(folder.dir, "published_ids.csv");
    const current = readFileSync(ids, "utf8");
    appendFileSync(ids, (current.endsWith("\n") ? "" : "\n") + newIds.map((r) => canonicalRow(r) + "\n").join(""));
    console.log(`Listed ${newIds.length} new id${newIds.length === 1 ? "" : "s"} in ${displayPath(ids)}.`);
  }
  if (version) setVersion(folder.dir, version);
  return 0;
}

/** The data version in datapackage.json and, for the project's own data, CITATION.cff. */
function setVersion(dir: string, version: string): void {
  const descriptor = join(dir, "datapackage.json");
  const text = readFileSync(descriptor, "utf8");
  const next = text.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${version}"`);
  if (next !== text) {
    writeFileSync(descriptor, next);
    console.log(`Set the version in ${displayPath(descriptor)} to ${version}.`);
  }
  const cff = join(dir, "..", "CITATION.cff");
  try {
    const citation = readFileSync(cff, "utf8");
    const updated = citation.replace(/^version:.*$/m, `version: ${version}`);
    if (updated !== citation) {
      writeFileSync(cff, updated);
      console.log(`Set the version in ${displayPath(cff)} to ${version}.`);
    }
  } catch {
    // a data folder outside the project has no citation file
  }
}

process.exitCode = main(process.argv.slice(2));
