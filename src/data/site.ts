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

export function getModel(): Model {
  if (!model) {
    const { tables, folder } = load();
    model = buildModel(tables, folder.descriptor, lastDataUpdate(folder.dir, buildHistory(tables).lastChange));
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
