// Every colour that means something, one palette per concept, defined here and nowhere else. The
// build turns them into the site's CSS (paletteCss, served as virtual:palette.css by
// src/build/palette-css.ts), and downloads resolve the same values (paletteVars), so a swatch in a
// list, a mark in a chart and an exported PNG cannot drift apart.
//
// Hues are Okabe–Ito based: distinguishable with the common colour-vision deficiencies and at least
// 3:1 against both the light and the dark page background (tests/unit/colour-safety.test.ts).

import { LABELS, type EventRow } from "../data/tables.generated.ts";

export type Track = EventRow["track"];

/**
 * Russia is one colour on every view and in both themes: the network's country group, the mineral
 * charts' Russian side and their Russian-held deposits.
 */
export const RUSSIA = "#D55E00";

/**
 * Ukraine, likewise one colour everywhere and in both themes. A mid azure rather than Okabe–Ito's
 * sky blue: the mineral charts' bars have no edge, so the fill alone must reach 3:1 on both pages
 * (3.65:1 on white, 5.06:1 on the dark page), and it stays apart from the network's United States
 * blue with every simulated colour-vision deficiency (ΔE ≥ 13.9).
 */
export const UKRAINE = "#0A84FF";

const TRACK_COLORS: Record<Track, string> = {
  sanctions: "#0072B2",
  "relief-diplomacy": "#E69F00",
  "minerals-deal": "#009E73",
  war: "#D55E00",
  energy: "#CC79A7",
};

/** The timeline's tracks in the schema's order, named as the schema's categories name them. */
export const TRACKS: readonly { id: Track; label: string; color: string }[] = (Object.keys(LABELS.events.track) as Track[]).map((id) => ({ id, label: LABELS.events.track[id], color: TRACK_COLORS[id] }));

export const trackLabel = (id: Track): string => TRACKS.find((t) => t.id === id)?.label ?? id;

/**
 * The network's country groups. Groups, not single countries, carry colour: six hues stay
 * distinguishable, twenty would not. One colour per group in both themes (the marks' edge keeps
 * them apart on the dark page).
 */
export const COUNTRY_GROUPS = [
  { id: "us", label: "United States", color: "#0072B2" },
  { id: "ru", label: "Russia", color: RUSSIA },
  { id: "ua", label: "Ukraine", color: UKRAINE },
  { id: "europe", label: "Europe", color: "#009E73" },
  { id: "int", label: "International", color: "#CC79A7" },
  { id: "other", label: "Other countries", color: "#6B7280" },
] as const;

/** The mineral charts' sides, per theme: marks carry var(--mx-…) so the page can switch themes. */
export const MINERAL_SIDES = {
  light: { "--mx-ru": RUSSIA, "--mx-ua": UKRAINE, "--mx-other": "#8a909b", "--mx-contested": "#1b9e77", "--mx-track": "#eceef1" },
  dark: { "--mx-ru": RUSSIA, "--mx-ua": UKRAINE, "--mx-other": "#8b929e", "--mx-contested": "#66d9b0", "--mx-track": "#262c35" },
} as const;

/**
 * The page's own colours, per theme: background, text, links, focus ring, the marks' edge and the
 * timeline's era bands. Text colours meet AA on both backgrounds (tests/unit/colour-safety.test.ts).
 */
export const PAGE_COLOURS = {
  light: {
    "--bg": "#ffffff",
    "--bg-soft": "#f4f5f7",
    "--fg": "#16181d",
    "--fg-muted": "#4a5160",
    "--border": "#d5d9e0",
    "--accent": "#0b5cad",
    "--accent-fg": "#ffffff",
    "--focus": "#c2410c",
    "--mark-muted": "#6b7280",
    // On white some palette hues (orange, sky blue) fall below 3:1, so marks get a dark edge; on the
    // dark background every hue passes and the edge is a halo.
    "--mark-edge": "rgba(22, 24, 29, 0.8)",
    "--era-a": "rgba(11, 92, 173, 0.07)",
    "--era-b": "rgba(230, 159, 0, 0.1)",
  },
  dark: {
    "--bg": "#111418",
    "--bg-soft": "#1b2027",
    "--fg": "#e8eaee",
    "--fg-muted": "#aab1bd",
    "--border": "#343b46",
    "--accent": "#7cb7ff",
    "--accent-fg": "#0b1220",
    "--focus": "#fb923c",
    "--mark-muted": "#9ca3af",
    "--mark-edge": "#111418",
    "--era-a": "rgba(124, 183, 255, 0.09)",
    "--era-b": "rgba(230, 159, 0, 0.12)",
  },
} as const;

export type Theme = keyof typeof MINERAL_SIDES;

/** The palette's custom properties in one theme, for exports that have no stylesheet around them. */
export const paletteVars = (theme: Theme): Record<string, string> => ({ ...PAGE_COLOURS[theme], ...MINERAL_SIDES[theme] });

const declarations = (vars: Record<string, string>) => Object.entries(vars).map(([k, v]) => `  ${k}: ${v};`).join("\n");

/**
 * The dark theme applies by the reader's system setting unless the page asks for light
 * (data-theme="light"), or when the page asks for it (data-theme="dark", embeds' ?theme=dark). CSS
 * cannot share one block between a media query and a plain selector, so both rules are written here
 * from the one list of declarations.
 */
const darkRules = (vars: Record<string, string>): string[] => {
  const body = declarations(vars);
  return [
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {\n${body.replace(/^/gm, "  ")}\n  }\n}`,
    `:root[data-theme="dark"] {\n${body}\n}`,
  ];
};

/**
 * The stylesheet the palette makes: theme variables (light by default, dark as darkRules says), the
 * tracks' swatches in lists and the network's country colours. Node fills are also presentation
 * attributes on the SVG, so the network stays coloured where this stylesheet is missing (a download,
 * a feed reader).
 */
export function paletteCss(): string {
  return [
    "/* Generated from src/charts/palette.ts at build time. Edit the colours there. */",
    `:root {\n${declarations(paletteVars("light"))}\n}`,
    ...darkRules(paletteVars("dark")),
    ...TRACKS.map((t) => `.track-${t.id} { background: ${t.color}; }`),
    ...COUNTRY_GROUPS.map((g) => `.g-${g.id} path, path.g-${g.id} { fill: ${g.color}; }`),
  ].join("\n") + "\n";
}
