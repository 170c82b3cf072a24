// One validation per build process. The build guard validates the data before Astro starts (for
// clear file:line:column errors), then the pages load it again through a separately bundled copy
// of src/data; at a hundred times today's data each pass costs half a minute. The result is kept
// process-wide (a global symbol, shared by both copies) and reused only for byte-identical files.

import type { DataFolder } from "./read.ts";
import { validateTables } from "./validate.ts";

type Result = ReturnType<typeof validateTables>;
const KEY = Symbol.for("sanctions-minerals-tracker.validated");
interface Memo {
  texts: (string | null)[];
  descriptor: string;
  result: Result;
}

export function validateFolder(folder: DataFolder): Result {
  const store = globalThis as unknown as Record<symbol, Memo | undefined>;
  const texts = folder.files.map((f) => f.text);
  const memo = store[KEY];
  if (memo && memo.descriptor === folder.descriptorText && memo.texts.length === texts.length && memo.texts.every((t, i) => t === texts[i]) && folder.extraFiles.length === 0) {
    return memo.result;
  }
  const result = validateTables(folder.descriptor, folder.files, folder.extraFiles);
  store[KEY] = { texts, descriptor: folder.descriptorText, result };
  return result;
}
