import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolveCustomProperties, rootCustomProperties } from "../../src/lib/css-vars.ts";
import { ROOT } from "../support/data-copy.ts";

describe("custom properties for exports", () => {
  it("reads the light theme from global.css, not the dark overrides", () => {
    const css = readFileSync(join(ROOT, "src/styles/global.css"), "utf8");
    const vars = rootCustomProperties(css);
    const lightBg = /:root\s*\{[^}]*--bg:\s*([^;]+);/.exec(css)![1];
    expect(vars["--bg"]).toBe(lightBg);
    expect(vars["--fg"]).toMatch(/^#/);
    expect(Object.keys(vars).length).toBeGreaterThan(5);
  });

  it("ignores comments and selectors that merely start with :root", () => {
    const vars = rootCustomProperties(`/* :root { --x: 1; } */ :root[data-theme="dark"] { --fg: white; } :root { --fg: black; --gap : 2px ; }`);
    expect(vars).toEqual({ "--fg": "black", "--gap": "2px" });
  });

  it("replaces var() with values, fallbacks, nested fallbacks, else currentColor", () => {
    const vars = { "--fg": "#111", "--accent": "#00f" };
    expect(resolveCustomProperties(`fill="var(--fg)" stroke="var( --accent )"`, vars)).toBe(`fill="#111" stroke="#00f"`);
    expect(resolveCustomProperties(`fill="var(--missing, red)"`, vars)).toBe(`fill="red"`);
    expect(resolveCustomProperties(`fill="var(--missing, var(--fg))"`, vars)).toBe(`fill="#111"`);
    expect(resolveCustomProperties(`fill="var(--missing)"`, vars)).toBe(`fill="currentColor"`);
  });
});
