// The Node binary the project runs on is an npm package resolved through the lockfile, pinned to
// one version and checked against a sha512 hash at install; nothing downloads anything at install
// time outside the lockfile (the old `node` package's install script fetched the binary unpinned).
import { describe, expect, it } from "vitest";
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/data-copy.ts";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8"));
const nodePackages = Object.keys(pkg.optionalDependencies ?? {}).filter((name) => /^node-(bin-)?[a-z]+-[a-z0-9]+$/.test(name));

describe("the toolchain", () => {
  it("pins the Node binary to one exact version for every platform package, each with a sha512 in the lockfile", () => {
    expect(nodePackages.length).toBeGreaterThan(0);
    const versions = new Set(nodePackages.map((name) => pkg.optionalDependencies[name]));
    expect([...versions]).toHaveLength(1);
    expect([...versions][0]).toMatch(/^\d+\.\d+\.\d+$/);
    for (const name of nodePackages) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect(entry.version, name).toBe(pkg.optionalDependencies[name]);
      expect(entry.integrity, name).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    }
  });

  it("records exactly what package.json asks for, so `npm ci` can install the lockfile as it is", () => {
    const root = lock.packages[""];
    for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) expect(root[field] ?? {}, field).toEqual(pkg[field] ?? {});
    expect(lock.lockfileVersion).toBe(3);
  });

  it("runs no install script except esbuild's, which only checks its own lockfile-pinned binary", () => {
    const scripted = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path);
    expect(scripted).toEqual(["node_modules/esbuild"]);
  });

  it("runs the tests on the pinned Node, from its package in node_modules", () => {
    const platform = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}`;
    if (!nodePackages.includes(platform)) return; // documented in the README: this platform uses the system Node
    expect(process.version).toBe(`v${pkg.optionalDependencies[platform]}`);
    expect(realpathSync(process.execPath)).toBe(realpathSync(join(ROOT, "node_modules", platform, "bin", process.platform === "win32" ? "node.exe" : "node")));
  });
});
