// The build's rewrite of Vite's preloading wrapper (src/build/lazy-imports.ts). The inputs are the
// shapes the client build writes: minified (what readers get) and unminified (SMT_DEBUG_JS=1).
import { describe, expect, it } from "vitest";
import { unwrapLazyImports } from "../../src/build/lazy-imports.ts";

describe("unwrapLazyImports", () => {
  it("writes a wrapper with nothing to preload as a plain import() and drops the helper's import", () => {
    const code = 'import{t as e}from"./preload-helper.Dy.js";var n;function r(){return n??=e(()=>import(`./header-results.D9.js`),[]),n}for(let e of document.querySelectorAll(`form`))e.onfocus=r;';
    expect(unwrapLazyImports(code)).toBe("var n;function r(){return n??=import(`./header-results.D9.js`),n}for(let e of document.querySelectorAll(`form`))e.onfocus=r;");
  });

  it("keeps the export the bundler picks with .then(), and handles an import without a rename", () => {
    const code = 'import{n as e}from"./date-keys.CC.js";import{t}from"./preload-helper.Dy.js";Promise.all([t(()=>import(`./as-of-bar.Co.js`).then(e=>e.t),[]),t(()=>import(`./deposits-as-of.DM.js`),[])]);';
    expect(unwrapLazyImports(code)).toBe('import{n as e}from"./date-keys.CC.js";Promise.all([import(`./as-of-bar.Co.js`).then(e=>e.t),import(`./deposits-as-of.DM.js`)]);');
  });

  it("reads the unminified form too", () => {
    const code = 'import { t as __vitePreload } from "./preload-helper-x.js";\nconst load = () => __vitePreload(() => import("./chart-embed.js").then((m) => m.setUpScope), []);\n';
    expect(unwrapLazyImports(code)).toBe('\nconst load = () => import("./chart-embed.js").then((m) => m.setUpScope);\n');
  });

  it("keeps the helper where a wrapper still has files to preload", () => {
    const code = 'import{t as e}from"./preload-helper.Dy.js";e(()=>import(`./a.js`),[]);e(()=>import(`./b.js`),__vite__mapDeps([0,1]));';
    expect(unwrapLazyImports(code)).toBe('import{t as e}from"./preload-helper.Dy.js";import(`./a.js`);e(()=>import(`./b.js`),__vite__mapDeps([0,1]));');
  });

  it("leaves a chunk without the helper as it is, whatever it calls", () => {
    const code = "var e=t=>t;e(()=>import(`./a.js`),[]);";
    expect(unwrapLazyImports(code)).toBe(code);
  });
});
