// The one place pages get data from: loads, validates and models the data folder once per build.
// Invalid data throws here with every problem listed, so a page can never render a partial table.

import { loadData, type LoadedData } from "./load.ts";
import { displayPath, readTableFile } from "./read.ts";
import { buildModel, type Model } from "./model.ts";
import { lastDataUpdate } from "./updated.ts";
import { buildHistory } from "./change-history.ts";

// What a build keeps of the data folder is the typed rows and, of each file, a digest of its bytes
// (load.ts): the texts take about two bytes a character (190 MB at a hundred times today's data)
// and this module runs twice in a build. Only the CSV downloads need them, one file each, which
// read it again and check it is the file that was validated (getDataFileText).
let loaded: LoadedData | undefined;
let model: Model | undefined;

function load(): LoadedData {
  return (loaded ??= loadData());
}

// Astro bundles the pages apart from the integrations, so this module runs twice in one build (the
// search indexer asks for the model after the pages are written). Both copies get the same rows
// from the validation memo, and the model is kept beside them, so it is built once per build.
const MODELS = Symbol.for("sanctions-minerals-tracker.models");
function sharedModels(): WeakMap<object, Model> {
  const store = globalThis as unknown as Record<symbol, WeakMap<object, Model> | undefined>;
  return (store[MODELS] ??= new WeakMap());
}

export function getModel(): Model {
  if (!model) {
    const { tables, folder: { descriptor, dir } } = load();
    const models = sharedModels();
    model = models.get(tables) ?? buildModel(tables, descriptor, lastDataUpdate(dir, buildHistory(tables).lastChange));
    models.set(tables, model);
  }
  return model;
}

/** The tables' files, for downloads that must match the repository. */
export function getDataFiles(): { name: string; path: string }[] {
  return load().folder.files.map((f) => ({ name: f.resource.name, path: f.resource.path }));
}

/**
 * One table's text as maintained, read again from the data folder; throws if the file is no longer
 * the one validated (edited while the site was building), so a download never holds unchecked rows.
 */
export function getDataFileText(name: string): string {
  const { dir, files } = load().folder;
  const file = files.find((f) => f.resource.name === name);
  if (!file) throw new Error(`no table named ${name} in ${displayPath(dir)}`);
  const read = readTableFile(dir, file.resource);
  if (read.text === null || read.digest !== file.digest) {
    throw new Error(`${read.file} changed while the site was being built (after it was validated); build again`);
  }
  return read.text;
}

export function getDescriptorText(): string {
  return load().folder.descriptorText;
}
