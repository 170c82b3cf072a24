// Checks that tie the project's own data folder to the rest of the repository, run by
// `npm run validate` on data/ only (a fixture or synthetic folder has no home page or CITATION.cff):
// - the rows the home page cites (its story, src/views/home/StoryText.astro, and its key
//   figures, src/views/home/home.ts) exist, so a renamed id cannot silently drop the story;
// - the data version is the same in changes.csv, datapackage.json and CITATION.cff;
// - published_ids.csv lists every id in the data, so a copy without git history still knows them.
// Each problem points at the line to change, in whichever file that is.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { latestVersion, readChanges } from "./changes-log.ts";
import { currentIds, missingIdHint, readRedirects } from "./ids-history.ts";
import { showValue } from "./show.ts";
import type { ParsedTable, Problem } from "./validate.ts";

/** Where each id is quoted in a source file: `"evt-…"`, with its line and column. */
export function quotedIds(text: string, pattern: RegExp): { id: string; line: number; column: number }[] {
  const out: { id: string; line: number; column: number }[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    for (const m of line.matchAll(pattern)) out.push({ id: m[1]!, line: i + 1, column: m.index! + 2 });
  });
  return out;
}

const TABLE_BY_PREFIX: Record<string, string> = { evt: "events", fig: "figures", msr: "measures", ms: "mineral_stats" };

/** The home page's citations: each must be a row, in the table its prefix names. */
export function checkHomeReferences(root: string, tables: Map<string, ParsedTable>, problems: Problem[]): void {
  const ids = currentIds(tables);
  const redirects = readRedirects(tables);
  const redirectsFile = tables.get("redirects")?.file ?? "data/redirects.csv";
  const sources: [string, RegExp][] = [
    ["src/views/home/StoryText.astro", /"((?:evt|fig|msr)-[a-z0-9]+(?:-[a-z0-9]+)*)"/g],
    ["src/views/home/home.ts", /id: "((?:fig|ms|evt|msr)-[a-z0-9]+(?:-[a-z0-9]+)*)"/g],
  ];
  for (const [file, pattern] of sources) {
    let text: string;
    try {
      text = readFileSync(join(root, file), "utf8");
    } catch {
      continue; // a project without a home story
    }
    for (const { id, line, column } of quotedIds(text, pattern)) {
      const table = TABLE_BY_PREFIX[id.split("-")[0]!]!;
      const live = ids.get(table);
      if (!live || tables.get(table)?.malformed || live.has(id)) continue;
      problems.push({
        file,
        line,
        column,
        message: `the home page cites ${showValue(id)}, which is not a row in ${tables.get(table)?.file ?? table}${missingIdHint(id, redirects, live, redirectsFile)}; without it the page would leave out ${file.endsWith(".astro") ? "its whole story" : "this key figure"}`,
        expected: `an id from ${tables.get(table)?.file ?? table}`,
      });
    }
  }
}

/** Where `key` is written in a JSON or YAML text, for a message about its value. */
function keyPosition(text: string, pattern: RegExp): { line: number; column: number } {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => pattern.test(l));
  return i === -1 ? { line: 1, column: 1 } : { line: i + 1, column: lines[i]!.search(pattern) + 1 };
}

/** changes.csv's latest version is the version in datapackage.json and CITATION.cff. */
export function checkVersions(root: string, descriptorFile: string, descriptorText: string, tables: Map<string, ParsedTable>, problems: Problem[]): void {
  const changes = tables.get("changes");
  if (!changes || changes.malformed) return;
  const latest = latestVersion(readChanges(changes));
  if (!latest) return;
  const version = /"version"\s*:\s*"([^"]*)"/.exec(descriptorText)?.[1];
  if (version !== latest) {
    problems.push({
      file: descriptorFile,
      ...keyPosition(descriptorText, /"version"\s*:/),
      message: version === undefined ? "the data package has no version" : `the data package's version is ${version}, and the latest in ${changes.file} is ${latest}`,
      expected: `"version": "${latest}", the latest version in ${changes.file} (npm run changes -- --write sets it)`,
    });
  }
  let cff: string;
  try {
    cff = readFileSync(join(root, "CITATION.cff"), "utf8");
  } catch {
    return;
  }
  const cffVersion = /^version:\s*"?([^"\s]+)"?\s*$/m.exec(cff)?.[1];
  if (cffVersion !== latest) {
    problems.push({
      file: "CITATION.cff",
      ...keyPosition(cff, /^version:/),
      message: `the citation's version is ${cffVersion ?? "missing"}, and the latest in ${changes.file} is ${latest}`,
      expected: `version: ${latest} (npm run changes -- --write sets it)`,
    });
  }
}

/** published_ids.csv lists every id the data holds (new ones are added by npm run changes -- --write). */
export function checkPublishedListComplete(tables: Map<string, ParsedTable>, problems: Problem[]): void {
  const listTable = tables.get("published_ids");
  if (!listTable || listTable.malformed || [...tables.values()].some((t) => t.malformed)) return;
  const listed = new Set(listTable.rows.map((r) => r.cells.get("id")?.value ?? ""));
  const missing = [...currentIds(tables)].flatMap(([table, ids]) => [...ids].filter((id) => !listed.has(id)).map((id) => `${id},${table}`));
  if (missing.length === 0) return;
  problems.push({
    file: listTable.file,
    line: (listTable.rows.at(-1)?.line ?? 1) + 1,
    column: 1,
    message: `${missing.length} id${missing.length === 1 ? " is" : "s are"} in the data but not listed yet: ${missing.slice(0, 4).map((m) => m.split(",")[0]).join(", ")}${missing.length > 4 ? ` and ${missing.length - 4} more` : ""}`,
    expected: `every id listed, so that it keeps resolving in a copy without git history: npm run changes -- --write adds ${missing.length === 1 ? "it" : "them"} (${missing[0]}${missing.length > 1 ? ", …" : ""})`,
  });
}
