// Serves the palette's stylesheet (src/charts/palette.ts, paletteCss) as the module
// "virtual:palette.css", so the layouts import colours the build makes from the one palette instead
// of a hand-kept copy in a .css file. Vite treats it like any other stylesheet: bundled, hashed,
// never inline (the CSP forbids inline style).

import type { Plugin } from "vite";
import { paletteCss } from "../charts/palette.ts";

const ID = "virtual:palette.css";
// The \0 prefix keeps other plugins from reading the id as a file path.
const RESOLVED = `\0${ID}`;

export default function palettePlugin(): Plugin {
  return {
    name: "smt-palette-css",
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? paletteCss() : undefined),
  };
}
