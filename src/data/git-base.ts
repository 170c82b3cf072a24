// The version of the data a change is compared with: by default where this branch left main (the
// merge base), read with `git show`, so the validator can see which ids a pull request removed and
// whether its change log covers it, and `npm run diff` can show the change. Read-only. When git,
// the repository or the base is not at hand (a download, a fixture folder, a shallow clone that
// lacks the merge base) it says why instead, and the callers fall back to the committed lists.

import { execFileSync } from "node:child_process";
import { relative } from "node:path";
import type { DataVersion } from "./data-diff.ts";
import type { DataPackage } from "./descriptor.ts";

export interface Base {
  /** The ref as given or found ("main", "origin/main"), for messages. */
  ref: string;
  /** The commit compared with. */
  commit: string;
  version: DataVersion;
}

export type BaseResult = { base: Base } | { unavailable: string };

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 });
}

/** The refs tried, in order, when none is given: a pull request's base branch on CI, then main. */
function candidates(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  if (env.GITHUB_BASE_REF) out.push(`origin/${env.GITHUB_BASE_REF}`, env.GITHUB_BASE_REF);
  out.push("main", "origin/main");
  return out;
}

/**
 * Read the data folder `dir` as it was at `ref` (default: the merge base of HEAD and main). `paths`
 * are the table files to read (the current descriptor's; the base's own are added).
 */
export function readBase(dir: string, paths: readonly string[], ref: string | undefined, env: NodeJS.ProcessEnv = process.env): BaseResult {
  let top: string;
  try {
    top = git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return { unavailable: "the data folder is not in a git checkout" };
  }
  const folder = relative(top, dir).split("\\").join("/");
  let commit: string | null = null;
  let name = ref ?? "";
  for (const candidate of ref ? [ref] : candidates(env)) {
    try {
      const target = git(top, ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]).trim();
      // Given a ref, compare with it; finding one ourselves, compare with where this branch left it.
      commit = ref ? target : git(top, ["merge-base", "HEAD", target]).trim();
      name = candidate;
      break;
    } catch {
      continue;
    }
  }
  if (!commit) {
    return { unavailable: ref ? `git knows no commit ${JSON.stringify(ref)}` : "neither main nor origin/main has a common commit with HEAD here (a shallow clone?)" };
  }
  const show = (file: string): string | null => {
    try {
      return git(top, ["show", `${commit}:${folder ? `${folder}/` : ""}${file}`]);
    } catch {
      return null;
    }
  };
  const descriptorText = show("datapackage.json");
  let descriptor: DataPackage | null = null;
  try {
    descriptor = descriptorText ? (JSON.parse(descriptorText) as DataPackage) : null;
  } catch {
    descriptor = null;
  }
  const files = new Map<string, string>();
  for (const path of new Set([...paths, ...(descriptor?.resources ?? []).map((r) => r.path)])) {
    const text = show(path);
    if (text !== null) files.set(path, text);
  }
  return { base: { ref: name, commit, version: { descriptor, descriptorText, files } } };
}
