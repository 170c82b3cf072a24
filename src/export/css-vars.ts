// Charts colour themselves with the site's CSS custom properties. A downloaded SVG or a PNG has no
// stylesheet around it (and the rasterizer knows no var()), so exports resolve them to the light
// theme's values read from the stylesheets that define them (global.css, a view's own, such as the
// timeline's era bands).

/** Custom properties declared in the first `:root { ... }` block of a stylesheet. */
export function rootCustomProperties(css: string): Record<string, string> {
  const block = /(?:^|\})\s*:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ""));
  const vars: Record<string, string> = {};
  if (!block) return vars;
  for (const m of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars[m[1]!] = m[2]!.trim();
  return vars;
}

/** Replace every `var(--name[, fallback])` with the property's value (or the fallback). */
export function resolveCustomProperties(text: string, vars: Record<string, string>): string {
  let out = text;
  // Inner var() first, so fallbacks that are themselves var() resolve too.
  for (let i = 0; i < 5 && out.includes("var("); i++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?))?\s*\)/g, (_all, name: string, fallback?: string) => vars[name] ?? fallback ?? "currentColor");
  }
  return out;
}
