// Colour safety of every chart palette: distinguishable with the common colour-vision deficiencies
// (simulated with Machado, Oliveira & Fernandes 2009, full severity) and visible against the page
// in both themes (WCAG 1.4.11: 3:1 for graphical objects, by the mark's fill or by its edge; the
// mineral charts' bars, dots and squares have no edge, so their fill alone must do it).
import { describe, expect, it } from "vitest";
import { COUNTRY_GROUPS, MINERAL_SIDES, TRACKS, paletteVars } from "../../src/charts/palette.ts";

type RGB = [number, number, number];

const parse = (colour: string): { rgb: RGB; alpha: number } => {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) return { rgb: [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16) / 255) as RGB, alpha: 1 };
  const rgba = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(colour);
  if (rgba) return { rgb: [Number(rgba[1]) / 255, Number(rgba[2]) / 255, Number(rgba[3]) / 255], alpha: rgba[4] === undefined ? 1 : Number(rgba[4]) };
  throw new Error(`cannot read colour ${colour}`);
};
/** A colour as seen over a background (alpha composited). */
const over = (colour: string, background: string): RGB => {
  const { rgb, alpha } = parse(colour);
  const bg = parse(background).rgb;
  return rgb.map((c, i) => c * alpha + bg[i]! * (1 - alpha)) as RGB;
};
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (rgb: RGB) => 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const SIMULATIONS: Record<string, number[][] | null> = {
  "normal vision": null,
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** CIELAB of a colour (linear RGB in), for ΔE*ab distances. */
function lab(lin: RGB): RGB {
  const [r, g, b] = lin;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(colour: string, matrix: number[][] | null): RGB {
  const lin = parse(colour).rgb.map(linear) as RGB;
  if (!matrix) return lab(lin);
  const sim = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0] + row[1]! * lin[1] + row[2]! * lin[2]))) as RGB;
  return lab(sim);
}

const distance = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const globalVars = { light: paletteVars("light"), dark: paletteVars("dark") };
const mineralTones = (vars: Record<string, string>) => ["--mx-ru", "--mx-ua", "--mx-other", "--mx-contested"].map((k) => vars[k]!);

const PALETTES: { name: string; light: string[]; dark: string[]; minDistance: number; edged: boolean }[] = [
  { name: "timeline tracks", light: TRACKS.map((t) => t.color), dark: TRACKS.map((t) => t.color), minDistance: 15, edged: true },
  { name: "network country groups", light: COUNTRY_GROUPS.map((g) => g.color), dark: COUNTRY_GROUPS.map((g) => g.color), minDistance: 12, edged: true },
  { name: "mineral charts", light: mineralTones(MINERAL_SIDES.light), dark: mineralTones(MINERAL_SIDES.dark), minDistance: 10, edged: false },
];

describe.each(PALETTES)("the $name palette", ({ light, dark, minDistance, edged }) => {
  for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
    it(`keeps every pair of colours apart with ${vision}`, () => {
      for (const colours of [light, dark]) {
        const seen = colours.map((c) => seenAs(c, matrix));
        for (let i = 0; i < colours.length; i++) {
          for (let j = i + 1; j < colours.length; j++) {
            expect(distance(seen[i]!, seen[j]!), `${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(minDistance);
          }
        }
      }
    });
  }

  it("is visible against the page in both themes, by fill or by the marks' edge where they have one", () => {
    for (const [theme, colours] of [["light", light], ["dark", dark]] as const) {
      const vars = globalVars[theme];
      const bg = vars["--bg"]!;
      const edge = edged ? contrast(over(vars["--mark-edge"]!, bg), parse(bg).rgb) : 1;
      for (const c of colours) {
        const fill = contrast(parse(c).rgb, parse(bg).rgb);
        expect(Math.max(fill, edge), `${c} on ${theme} ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe("text colours", () => {
  it("meet AA (4.5:1) against both backgrounds, muted text included", () => {
    for (const theme of ["light", "dark"] as const) {
      const v = globalVars[theme];
      for (const fg of ["--fg", "--fg-muted", "--accent"]) {
        expect(contrast(parse(v[fg]!).rgb, parse(v["--bg"]!).rgb), `${theme} ${fg}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(parse(v[fg]!).rgb, parse(v["--bg-soft"]!).rgb), `${theme} ${fg} on soft`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
