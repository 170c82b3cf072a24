// npm run diff [base]: what changed in the data since `base` (a git ref; default: where this branch
// left main), as Markdown: per table the rows added, removed and changed, field by field, then the
// pages, charts and embeds the change touches. Reads files and git; writes only to stdout.
//
//   npm run --silent diff                  since the merge base with main
//   npm run --silent diff -- origin/main   since another ref
//   npm run --silent diff -- HEAD          uncommitted changes only
//
// Pull-request CI appends it to the job summary ($GITHUB_STEP_SUMMARY).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { latestVersion, readChanges } from "../src/data/changes-log.ts";
import { diffData } from "../src/data/data-diff.ts";
import { readBase } from "../src/data/git-base.ts";
import { DataValidationError, loadData } from "../src/data/load.ts";
import { buildModel, type Model } from "../src/data/model.ts";
import { readDataFolderOrReport } from "../src/data/read.ts";
import { validateTables } from "../src/data/validate.ts";
import { diffMarkdown } from "../src/review/diff-markdown.ts";
import { touchedBy } from "../src/review/touches.ts";

function modelOf(dir: string): Model | string {
  try {
    const { tables, folder } = loadData(dir);
    return buildModel(tables, folder.descriptor, "2000-01-01");
  } catch (error) {
    if (error instanceof DataValidationError) return `${error.problems.length} validation problem${error.problems.length === 1 ? "" : "s"}`;
    throw error;
  }
}

function main(args: string[]): number {
  const ref = args.find((a) => !a.startsWith("--"));
  const folder = readDataFolderOrReport();
  if (!folder) return 1;
  const result = readBase(folder.dir, folder.descriptor.resources.map((r) => r.path), ref);
  if ("unavailable" in result) {
    console.error(`npm run diff: nothing to compare with: ${result.unavailable}${ref ? "" : " (name a ref: npm run diff -- <ref>)"}`);
    return 2;
  }
  const { base } = result;
  const head = { descriptor: folder.descriptor, descriptorText: folder.descriptorText, files: new Map(folder.files.flatMap((f) => (f.text === null ? [] : [[f.resource.path, f.text] as const]))) };
  const diff = diffData(base.version, head);

  // The base's data as a folder of its own, to build its model and charts the way the site would.
  const baseDir = mkdtempSync(join(tmpdir(), "smt-diff-base-"));
  let touches = null;
  try {
    writeFileSync(join(baseDir, "datapackage.json"), base.version.descriptorText ?? folder.descriptorText);
    for (const [path, text] of base.version.files) writeFileSync(join(baseDir, path), text);
    const headModel = modelOf(folder.dir);
    let baseModel = modelOf(baseDir);
    if (typeof baseModel === "string") {
      // A base written for an older schema: read its tables with today's descriptor, and take
      // today's copy of any table it did not have yet (the change log: no chart reads it).
      writeFileSync(join(baseDir, "datapackage.json"), folder.descriptorText);
      for (const [path, text] of head.files) if (!base.version.files.has(path)) writeFileSync(join(baseDir, path), text);
      const retry = modelOf(baseDir);
      if (typeof retry !== "string") baseModel = retry;
    }
    if (typeof headModel !== "string") {
      touches = touchedBy(diff, headModel, typeof baseModel === "string" ? null : baseModel, typeof baseModel === "string" ? `the data on ${base.ref} does not load with this project's code: ${baseModel}` : undefined);
    }
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }

  const version = (files: Map<string, string>) => {
    const text = files.get("changes.csv");
    if (text === undefined) return null;
    const changes = folder.descriptor.resources.find((r) => r.name === "changes");
    if (!changes) return null;
    return latestVersion(readChanges(validateTables(folder.descriptor, [{ resource: changes, file: "changes.csv", text }]).tables.get("changes")));
  };
  let markdown = diffMarkdown(diff, { base: `${base.ref} (${base.commit.slice(0, 7)})`, versionBefore: version(base.version.files), versionAfter: version(head.files) }, touches);
  if (!touches) markdown += "\nPages and charts: not worked out, because the data does not validate (see npm run validate).\n";
  process.stdout.write(markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
