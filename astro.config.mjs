// Site and base path come from the environment so the same build can be served from a domain root
// or from a sub-path: SITE_URL=https://example.org BASE_PATH=/tracker/ npm run build
// They are checked first (src/build/settings.ts): a bad value stops here with one line.
import { defineConfig } from "astro/config";
import buildGuard from "./src/build/build-guard.ts";
import readerBuild from "./src/build/integration.ts";
import lazyImports from "./src/build/lazy-imports.ts";
import palettePlugin from "./src/build/palette-css.ts";
import { readSettings, SettingsError } from "./src/build/settings.ts";

let settings;
try {
  settings = readSettings(process.env);
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exit(1);
}

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  trailingSlash: "always",
  build: {
    format: "directory",
    // Stylesheets as files, never inline: keeps pages cacheable and lets a strict CSP forbid inline style.
    inlineStylesheets: "never",
  },
  devToolbar: { enabled: false },
  // Scripts always as files, never inlined into the HTML: a strict CSP allows only same-origin scripts.
  // emptyOutDir: false because build-guard.ts empties the output folder itself, removing only what
  // an earlier build wrote there.
  // The palette plugin makes the colours' stylesheet from src/charts/palette.ts; lazyImports keeps
  // Vite's preloading helper out of the scripts that load on first use (src/build/lazy-imports.ts).
  // SMT_DEBUG_JS=1 leaves the scripts unminified, so a profile (scripts/bench/trace-steps.ts) names
  // their functions.
  vite: { plugins: [palettePlugin(), lazyImports()], build: { assetsInlineLimit: 0, emptyOutDir: false, ...(process.env.SMT_DEBUG_JS ? { minify: false } : {}) } },
  server: { host: "127.0.0.1" },
  // No Markdown code blocks on this site; Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  // Search index (Pagefind) and sitemap.xml, written after every build; then the output guard,
  // last, so the list of what the build wrote includes them.
  integrations: [readerBuild(), buildGuard()],
  // A strict Content-Security-Policy in every page's <meta>: scripts, styles and everything else
  // only from our own origin, no inline script or style (Astro adds hashes for any it manages).
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine, nothing more.
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
