// Scripts that load on first use (the header search's results, the as-of bar, the embed code) are
// fetched with import(). Vite wraps every import() in the browser build in a preloading helper that
// fetches the imported module's own imports and stylesheets a moment sooner, and ships that helper
// (0.9 KB gzip) to every page. Ours import no stylesheet, and the client build is told not to preload
// modules (so each wrapper is left with an empty list): this plugin then writes each wrapper back as
// the plain import() it was and drops the helper. A wrapper with anything to preload is kept as it is.

import type { Plugin } from "vite";

const HELPER_FILE = /(^|\/)preload-helper[^/]*\.js$/;

/** The binding a chunk imports the helper as: `import{t as e}from"./preload-helper.X.js";` or `import{t}from…`. */
function helperImport(code: string): { statement: string; local: string } | null {
  const found = /import\s*\{\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*(["'`])\.\/preload-helper[^"'`]*\.js\3;?/.exec(code);
  return found ? { statement: found[0], local: found[2] ?? found[1]! } : null;
}

/** A call of the helper: `local(() => <factory>, [deps])`, the only way Vite calls it. */
const helperCall = (local: string, flags: string, factory: string) =>
  new RegExp(`(?<![\\w$.])${local.replace(/\$/g, "\\$")}\\(\\s*\\(\\)\\s*=>\\s*${factory}`, flags);

/**
 * `helper(() => import("./x.js"), [])` becomes `import("./x.js")` (also with the `.then(m => m.x)`
 * the bundler adds to pick an export); the helper's import goes once no call of it is left.
 * Returns the code unchanged when there is nothing to unwrap.
 */
export function unwrapLazyImports(code: string): string {
  const helper = helperImport(code);
  if (!helper) return code;
  const factory = `(import\\((["'\`])[^"'\`]+\\2\\)(?:\\.then\\((?:[^()]|\\([^()]*\\))*\\))?)\\s*,\\s*\\[\\]\\s*\\)`;
  const unwrapped = code.replace(helperCall(helper.local, "g", factory), "$1");
  // A wrapper left with a list to preload keeps the helper (and its import).
  return helperCall(helper.local, "", "").test(unwrapped) ? unwrapped : unwrapped.replace(helper.statement, "");
}

export default function lazyImports(): Plugin {
  return {
    name: "smt-lazy-imports",
    // The client build only (the server build has no helper), and no module preloading there.
    configEnvironment(name) {
      if (name === "client") return { build: { modulePreload: false } };
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
        for (const chunk of chunks) {
          const code = unwrapLazyImports(chunk.code);
          if (code === chunk.code) continue;
          chunk.code = code;
          if (!helperImport(code)) chunk.imports = chunk.imports.filter((file) => !HELPER_FILE.test(file));
        }
        // The helper's file goes only when no chunk imports it any longer.
        for (const chunk of chunks) {
          if (HELPER_FILE.test(chunk.fileName) && !chunks.some((other) => other.imports.includes(chunk.fileName))) delete bundle[chunk.fileName];
        }
      },
    },
  };
}
