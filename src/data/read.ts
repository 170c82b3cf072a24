// Reads the data folder: the descriptor and each declared table's text. Read-only by design:
// nothing in src/data or scripts/validate.ts opens a data file for writing.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseDescriptor, type DataPackage } from "./descriptor.ts";
import type { TableFile } from "./validate.ts";

/** The data folder: DATA_DIR when set (fixture builds, synthetic benchmarks), else ./data. */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR || "data");
}

/** A path as maintainers see it in messages: relative to where they ran the command. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel.split("\\").join("/");
}

export interface DataFolder {
  dir: string;
  descriptor: DataPackage;
  descriptorText: string;
  files: TableFile[];
  /** CSV files present in the folder that the descriptor does not declare. */
  extraFiles: string[];
}

export function readDataFolder(dir = dataDir()): DataFolder {
  const descriptorPath = join(dir, "datapackage.json");
  if (!existsSync(descriptorPath)) {
    throw new Error(`${displayPath(descriptorPath)}: file is missing (expected the data package descriptor)`);
  }
  const descriptorText = readFileSync(descriptorPath, "utf8");
  const descriptor = parseDescriptor(descriptorText, displayPath(descriptorPath));
  const files: TableFile[] = descriptor.resources.map((resource) => {
    const path = join(dir, resource.path);
    return {
      resource,
      file: displayPath(path),
      text: existsSync(path) ? readFileSync(path, "utf8") : null,
    };
  });
  const declared = new Set(descriptor.resources.map((r) => r.path));
  const extraFiles = readdirSync(dir)
    .filter((name) => name.endsWith(".csv") && !declared.has(name))
    .sort()
    .map((name) => displayPath(join(dir, name)));
  return { dir, descriptor, descriptorText, files, extraFiles };
}
