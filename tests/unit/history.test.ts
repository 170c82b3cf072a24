// The /about/ change log: rows added, changed and removed per table and commit, read from a real
// git history of a data folder; and nothing (null) outside a git checkout.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataHistory, diffTable } from "../../src/data/history.ts";
import { parseDescriptor } from "../../src/data/descriptor.ts";
import { makeProject } from "../support/data-copy.ts";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });

describe("diffTable", () => {
  it("matches rows by primary key", () => {
    const before = "id,name\na,Alpha\nb,Beta\nc,Gamma\n";
    const after = "id,name\na,Alpha\nb,Beta changed\nd,Delta\n";
    expect(diffTable("t", before, after, ["id"])).toEqual({ table: "t", added: 1, removed: 1, changed: 1 });
  });

  it("handles a composite key and a table that did not exist before", () => {
    const after = "event,actor,role\ne1,a1,host\ne1,a2,host\n";
    expect(diffTable("event_actors", "", after, ["event", "actor"])).toEqual({ table: "event_actors", added: 2, removed: 0, changed: 0 });
  });
});

describe("dataHistory", () => {
  it("reports each commit touching the data folder, newest first", () => {
    const project = makeProject();
    const data = join(project, "data");
    const descriptor = parseDescriptor(readFileSync(join(data, "datapackage.json"), "utf8"));
    git(project, "init", "-q");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "First data");
    const events = readFileSync(join(data, "events.csv"), "utf8").trimEnd().split("\n");
    // Drop the last event, change the first one's headline through its notes column by appending.
    const [header, first, ...rest] = events;
    writeFileSync(join(data, "events.csv"), [header, first!.replace(/,([^,]*)$/, ",changed note"), ...rest.slice(0, -1)].join("\n") + "\n");
    writeFileSync(join(project, "README.md"), "not data");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "Correct an event & drop one");

    const history = dataHistory(data, descriptor)!;
    expect(history.map((c) => c.subject)).toEqual(["Correct an event & drop one", "First data"]);
    expect(history[0]!.tables).toEqual([{ table: "events", added: 0, removed: 1, changed: 1 }]);
    expect(history[0]!.schema).toBe(false);
    expect(history[1]!.schema).toBe(true);
    const firstEvents = history[1]!.tables.find((t) => t.table === "events")!;
    expect(firstEvents).toEqual({ table: "events", added: events.length - 1, removed: 0, changed: 0 });
    expect(history[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("is null outside a git checkout", () => {
    const dir = mkdtempSync(join(tmpdir(), "smt-nogit-"));
    cpSync(join(makeProject(), "data"), dir, { recursive: true });
    const descriptor = parseDescriptor(readFileSync(join(dir, "datapackage.json"), "utf8"));
    expect(dataHistory(dir, descriptor)).toBeNull();
  });
});
