// Links inside an embed must leave the iframe when clicked: <base target="_top"> does that for HTML
// links but not for SVG <a> elements (the timeline's events, the network's relations), which would
// otherwise load the whole site inside the article's frame.

/** Gives every <a> in `markup` that has no target one: the top window unless told otherwise. */
export function withLinkTargets(markup: string, target = "_top"): string {
  return markup.replace(/<a\b(?![^>]*\starget=)/g, `<a target="${target}"`);
}
