// The pull-request workflow, its templates and forms: the YAML parses strictly, the workflow runs
// only the project's own npm scripts (which exist), reads nothing from the pull request into a
// shell, and the forms carry the fields the "Report an error" links fill in. Then the workflow's
// data steps are run here, on a git repository made for the test, the way a maintainer's pull
// request goes: a broken row is annotated on its line, the change log is asked for, drafted by
// `npm run changes`, completed, and `npm run diff` shows the change.
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { formatAnnotation } from "../../src/data/annotations.ts";
import { CORRECTION_FORM } from "../../src/site/report-error.ts";
import { makeProject, ROOT } from "../support/data-copy.ts";

const GITHUB = join(ROOT, ".github");
const yamlFiles = [
  ...readdirSync(join(GITHUB, "workflows")).map((f) => join(GITHUB, "workflows", f)),
  ...readdirSync(join(GITHUB, "ISSUE_TEMPLATE")).map((f) => join(GITHUB, "ISSUE_TEMPLATE", f)),
];
/** Parse strictly: a duplicate key, a tab or any YAML error or warning fails the test. */
function load(path: string): Record<string, unknown> {
  const doc = parseDocument(readFileSync(path, "utf8"), { uniqueKeys: true, strict: true, prettyErrors: true });
  expect([...doc.errors, ...doc.warnings].map((e) => `${path}: ${e.message}`)).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}

const workflow = load(join(GITHUB, "workflows/pull-request.yml")) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; env?: Record<string, string> }>;
};
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;

describe("the workflow file", () => {
  it("is valid YAML, as are the issue forms", () => {
    expect(yamlFiles.length).toBeGreaterThanOrEqual(4);
    for (const file of yamlFiles) load(file);
  });

  it("runs on pull requests, may only read the repository, and checks out the whole history", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(workflow.permissions).toEqual({ contents: "read" });
    const checkout = steps.find((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
  });

  it("uses only actions pinned to a major version, and runs only npm scripts that exist", () => {
    for (const s of steps) {
      expect(Boolean(s.run) !== Boolean(s.uses), s.name).toBe(true);
      if (s.uses) expect(s.uses).toMatch(/^actions\/(checkout|setup-node|upload-artifact)@v\d+$/);
    }
    const used = runs.flatMap((r) => [...r.matchAll(/npm run (?:--silent )?([a-z-]+)/g)].map((m) => m[1]!));
    expect(new Set(used)).toEqual(new Set(["validate", "diff"]));
    for (const name of used) expect(scripts[name], name).toBeDefined();
    expect(runs).toContain("npm ci");
    expect(runs).toContain("npm test");
  });

  it("annotates the validator's problems, posts the diff as the job summary and uploads the built site", () => {
    expect(runs.find((r) => r.includes("npm run --silent validate"))).toMatch(/--format=github/);
    expect(runs.find((r) => r.includes("npm run --silent diff"))).toMatch(/>> "\$GITHUB_STEP_SUMMARY"$/);
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.with?.path).toBe("dist/");
  });

  it("puts nothing from the pull request into a shell command (expressions go through env)", () => {
    for (const r of runs) expect(r).not.toMatch(/\$\{\{/);
  });
});

describe("the issue forms and the pull request template", () => {
  const forms = readdirSync(join(GITHUB, "ISSUE_TEMPLATE")).filter((f) => f !== "config.yml");

  it("are forms GitHub accepts: a name, a description and a body of known field types with unique ids", () => {
    const TYPES = ["markdown", "input", "textarea", "dropdown", "checkboxes"];
    for (const f of forms) {
      const form = load(join(GITHUB, "ISSUE_TEMPLATE", f)) as { name: string; description: string; body: { type: string; id?: string; attributes: Record<string, unknown> }[] };
      expect(form.name, f).toBeTruthy();
      expect(form.description, f).toBeTruthy();
      const ids = form.body.flatMap((b) => (b.id ? [b.id] : []));
      expect(new Set(ids).size, f).toBe(ids.length);
      for (const b of form.body) {
        expect(TYPES, f).toContain(b.type);
        if (b.type !== "markdown") expect(b.attributes.label, `${f} ${b.id}`).toBeTruthy();
      }
    }
    expect(forms.sort()).toEqual(["correct-a-fact.yml", "suggest-a-source.yml"]);
  });

  it("Correct a fact has the fields a Report an error link fills in", () => {
    expect(forms).toContain(CORRECTION_FORM.template);
    const form = load(join(GITHUB, "ISSUE_TEMPLATE", CORRECTION_FORM.template)) as { body: { id?: string }[] };
    const ids = form.body.map((b) => b.id);
    expect(ids).toContain(CORRECTION_FORM.row);
    expect(ids).toContain(CORRECTION_FORM.page);
  });

  it("the pull request template asks for what CONTRIBUTING asks, with the same commands", () => {
    const template = readFileSync(join(GITHUB, "pull_request_template.md"), "utf8");
    for (const command of ["npm run validate", "npm run changes -- --write", "npm run --silent diff"]) expect(template).toContain(command);
  });
});

describe("annotations", () => {
  it("put the problem on its file, line and column, with the workflow command's characters escaped", () => {
    expect(formatAnnotation({ file: "data/events.csv", line: 14, column: 41, message: '"50%, then\n" is wrong', expected: "a: b" })).toBe(
      '::error file=data/events.csv,line=14,col=41,title=Data problem::"50%25, then%0A" is wrong (expected a: b)',
    );
    expect(formatAnnotation({ file: "data/a,b.csv", line: 1, column: 1, message: "m", expected: "e", severity: "note" })).toBe("::notice file=data/a%2Cb.csv,line=1,col=1,title=Data note::m (expected e)");
  });
});

describe("the workflow's data steps, run on a pull request made for the test", { timeout: 120_000 }, () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
  const run = (cwd: string, script: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], { cwd, encoding: "utf8", env: { ...process.env, DATA_DIR: "", GITHUB_BASE_REF: "" } });

  it("annotates the broken line, asks for the log entry, drafts it, and diffs the change", () => {
    const project = makeProject();
    git(project, "init", "-q", "-b", "main");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "Data");
    git(project, "checkout", "-q", "-b", "correction");
    const file = join(project, "data/events.csv");
    const original = readFileSync(file, "utf8");
    const lines = original.split("\n");
    const line = lines.findIndex((l) => l.startsWith("evt-2025-02-12-trump-putin-call,")) + 1;

    // 1. A typo in the corrected date is annotated on its line and column.
    writeFileSync(file, original.replace("evt-2025-02-12-trump-putin-call,2025-02-12,", "evt-2025-02-12-trump-putin-call,2025-02-31,"));
    let result = run(project, "validate.ts", "--format=github", "--base", "main");
    const column = lines[line - 1]!.indexOf(",2025-02-12,") + 2;
    expect(result.stdout).toContain(`::error file=data/events.csv,line=${line},col=${column},title=Data problem::"2025-02-31" in column date is not a real date`);
    expect(result.status).toBe(1);

    // 2. The date corrected, the change needs its entry in the log, and the message drafts it.
    writeFileSync(file, original.replace("evt-2025-02-12-trump-putin-call,2025-02-12,", "evt-2025-02-12-trump-putin-call,2025-02-13,"));
    result = run(project, "validate.ts", "--base", "main");
    expect(result.stderr).toMatch(/^data\/changes\.csv:3:1: the data changes 1 \(evt-2025-02-12-trump-putin-call\) since main, and data\/changes\.csv has no entry for it \(expected a line per kind of change at the end of data\/changes\.csv \(npm run changes -- --write drafts them\): 1\.0\.1,\d{4}-\d{2}-\d{2},correction,evt-2025-02-12-trump-putin-call,<what was wrong and what it says now>\)$/m);

    // 3. npm run changes -- --write drafts it; the validator then points at the empty description.
    result = run(project, "changes.ts", "--write", "--base", "main");
    expect(result.stdout).toMatch(/Added 1 entry to data\/changes\.csv \(line 3\): write what changed, for readers, in the description column\./);
    result = run(project, "validate.ts", "--base", "main");
    expect(result.stderr).toMatch(/^data\/changes\.csv:3:\d+: empty cell in required column description/m);

    // 4. With the description written, the pull request validates.
    const changes = join(project, "data/changes.csv");
    writeFileSync(changes, readFileSync(changes, "utf8").replace(/,\n$/, ",The call was on the 13th.\n"));
    result = run(project, "validate.ts", "--base", "main");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);

    // 5. The diff shows the one changed field, the new log entry and what they touch.
    result = run(project, "diff.ts", "main");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## Data changes since main \([0-9a-f]{7}\)\n\nData version 1\.0\.0 → 1\.0\.1\./);
    expect(result.stdout).toContain("| `date` | 2025-02-12 | 2025-02-13 |");
    expect(result.stdout).toContain("### changes.csv: 1 added");
    expect(result.stdout).toContain("`/events/evt-2025-02-12-trump-putin-call/`");
  });

  it("asks for a redirect when a published id goes, drafted with what the row was called", () => {
    const project = makeProject();
    git(project, "init", "-q", "-b", "main");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "Data");
    const file = join(project, "data/relations.csv");
    const [header, first, ...rest] = readFileSync(file, "utf8").split("\n");
    writeFileSync(file, [header, ...rest].join("\n"));
    const id = first!.split(",")[0]!;
    // Drop it from the committed list too: the base alone still knows it was published.
    const listed = join(project, "data/published_ids.csv");
    writeFileSync(listed, readFileSync(listed, "utf8").replace(`${id},relations\n`, ""));
    const result = run(project, "validate.ts");
    expect(result.stderr).toContain(`"${id}" was published (on main) and is no longer in data/relations.csv`);
    expect(result.stderr).toMatch(new RegExp(`such as ${id},relations,[^,]+,,\\d{4}-\\d{2}-\\d{2},2\\.0\\.0,<why, in a line for readers>`));
  });
});
