import { describe, expect, it } from "vitest";
import { resolveCustomProperties, rootCustomProperties } from "../../src/export/css-vars.ts";
import { exportStyle } from "../../src/export/chart-exports.ts";

describe("custom properties for exports", () => {
  it("gives downloads the light theme, not its dark or print overrides: a white page, near-black text", () => {
    const vars = exportStyle.vars;
    // Relative luminance of a #rrggbb colour, 0 (black) to 1 (white).
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(vars["--bg"]).toMatch(/^#[0-9a-f]{6}$/i);
    expect(vars["--fg"]).toMatch(/^#[0-9a-f]{6}$/i);
    expect(luminance(vars["--bg"]!)).toBeGreaterThan(0.9);
    expect(luminance(vars["--fg"]!)).toBeLessThan(0.05);
    // Without !important: a print override would make every download's text pure black on white.
    for (const value of Object.values(vars)) expect(value).not.toContain("!important");
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
