// Synthetic data for benchmarks: a complete, valid data folder about `factor` times the real one.
// Usage: node scripts/synthetic-data.ts <out-dir> <factor>
//   then: DATA_DIR=<out-dir> npm run build
//
// Every table but the story (an editor's account, copied once) is copied `factor` times. Copy 1 keeps the real ids; copy n appends "-xn" to every
// id and to every reference to one, so ids stay unique and every foreign key (and the disputes'
// row references) still resolves, and every row still cites its (copied) sources. Which columns
// hold ids is read from data/datapackage.json, not listed here. So the copies do not form separate
// islands in the network, about one relation in five of each later copy points at the previous
// copy's actor instead; which ones is decided by a hash, so the output is the same on every run.

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatCsv, parseCsv } from "../src/data/csv.ts";
import { asArray, type Resource } from "../src/data/descriptor.ts";
import { dataDir, readDataFolder } from "../src/data/read.ts";

export interface SyntheticOptions {
  /** Real data folder to multiply. */
  from?: string;
  /** Share of relations in copies 2.. that point into the previous copy. */
  crossLinks?: number;
}

/** FNV-1a, for deterministic choices without a random source. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}

/** Tables written by an editor rather than gathered from the record: copied once, not `factor` times. */
const EDITORIAL = new Set(["story_steps"]);

const suffix = (id: string, copy: number) => (copy === 0 || id === "" ? id : `${id}-x${copy + 1}`);

/** The columns of a table that hold ids of rows (its own key, foreign keys, row references). */
function idColumns(resource: Resource): Set<string> {
  const cols = new Set<string>();
  const pk = asArray(resource.schema.primaryKey);
  if (pk.length === 1) cols.add(pk[0]!);
  for (const fk of resource.schema.foreignKeys ?? []) for (const f of asArray(fk.fields)) cols.add(f);
  for (const rule of resource.schema["x-rules"] ?? []) if (rule.rule === "row-reference") cols.add(rule.fields[1]);
  return cols;
}

/** Write the synthetic folder; returns the number of rows per table. */
export function writeSyntheticData(outDir: string, factor: number, { from = dataDir(), crossLinks = 0.2 }: SyntheticOptions = {}): Record<string, number> {
  const copies = Math.max(1, Math.round(factor));
  const folder = readDataFolder(resolve(from));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "datapackage.json"), folder.descriptorText);
  const counts: Record<string, number> = {};
  for (const file of folder.files) {
    const { resource } = file;
    const records = parseCsv(file.text ?? "").records.map((r) => r.cells.map((c) => c.value));
    const [header = [], ...rows] = records;
    const ids = idColumns(resource);
    const fields = new Map(resource.schema.fields.map((f) => [f.name, f]));
    const out: string[][] = [header];
    // A table whose key holds no id (the change log) is copied once: a copy could not be told apart.
    // So is the story: an editor's account in a dozen steps, which does not grow with the record
    // (a hundred copies of it made one page of a gigabyte); its steps still draw the larger data.
    const keyed = asArray(resource.schema.primaryKey).some((f) => ids.has(f)) && !EDITORIAL.has(resource.name);
    const tableColumn = header.indexOf("table");
    for (let copy = 0; copy < (keyed ? copies : 1); copy++) {
      for (const row of rows) {
        // The list of published ids names a story step once, as the story is copied once.
        if (copy > 0 && resource.name === "published_ids" && EDITORIAL.has(row[tableColumn] ?? "")) continue;
        const next = row.map((value, i) => {
          const name = header[i]!;
          const field = fields.get(name);
          if (!field || value === "") return value;
          if (ids.has(name)) {
            if (field.type === "list") return value.split(field.delimiter ?? ";").map((v) => suffix(v, copy)).join(field.delimiter ?? ";");
            return suffix(value, copy);
          }
          // A source is one row per page (the validator checks it), so each copy cites its own address.
          if (copy > 0 && resource.name === "sources" && name === "url") return `${value}${value.includes("#") ? "-" : "#"}copy-${copy + 1}`;
          // Names and headlines say which copy they are, within any length limit.
          if (copy > 0 && (name === "name" || name === "headline" || name === "label")) {
            const tag = ` #${copy + 1}`;
            const max = field.constraints?.maxLength ?? Infinity;
            return (value.length + tag.length > max ? value.slice(0, max - tag.length) : value) + tag;
          }
          return value;
        });
        if (resource.name === "relations" && copy > 0) {
          const to = header.indexOf("to");
          const id = header.indexOf("id");
          if (hash(next[id]!) < crossLinks) next[to] = suffix(row[to]!, copy - 1);
        }
        out.push(next);
      }
    }
    writeFileSync(join(outDir, resource.path), formatCsv(out));
    counts[resource.name] = out.length - 1;
  }
  return counts;
}

if (import.meta.main) {
  const [outDir, factorText] = process.argv.slice(2);
  const factor = Number(factorText);
  if (!outDir || !Number.isFinite(factor) || factor < 1) {
    console.error("usage: node scripts/synthetic-data.ts <out-dir> <factor>   (factor: a whole number, 1 or more)");
    process.exit(2);
  }
  const counts = writeSyntheticData(outDir, factor);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${outDir}: ${Math.round(factor)}x the data, ${total} rows (${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(", ")})`);
}
