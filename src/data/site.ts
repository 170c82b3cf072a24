// The one place pages get data from: loads, validates and models the data folder once per build.
// Invalid data throws here with every problem listed, so a page can never render a partial table.

import { loadData, type LoadedData } from "./load.ts";
import { buildModel, type Model } from "./model.ts";
import { lastDataUpdate } from "./updated.ts";
import { buildHistory } from "./change-history.ts";

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
    const { tables, folder } = load();
    const models = sharedModels();
    model = models.get(tables) ?? buildModel(tables, folder.descriptor, lastDataUpdate(folder.dir, buildHistory(tables).lastChange));
    models.set(tables, model);
  }
  return model;
}

/** The files as maintained (validated), for downloads that must match the repository byte for byte. */
export function getDataFiles(): { name: string; path: string; text: string }[] {
  return load().folder.files.map((f) => ({ name: f.resource.name, path: f.resource.path, text: f.text ?? "" }));
}

export function getDescriptorText(): string {
  return load().folder.descriptorText;
}
