// Draws an actor's linked actors that the picture leaves out (at scale), from positions the build
// put in the actor's JSON (src/views/network/network-expansion.ts): a few marks added to one layer of
// their own, replaced when another actor is expanded. Each added actor links to its own page.

import type { ExpansionNode } from "./network-expansion.ts";
import { h, s } from "../../client/dom.ts";
import { plural } from "../../data/words.ts";

/**
 * The layer for added actors, created once, on top of the highlight overlay: they belong to the
 * selection, lit with it and gone with it.
 */
export function expansionLayer(overlay: SVGSVGElement): SVGGElement {
  let layer = overlay.querySelector<SVGGElement>("g.net-expansion");
  if (!layer) overlay.append((layer = s("g", { class: "net-expansion" })));
  return layer;
}

export function drawExpansion(layer: SVGGElement, items: readonly ExpansionNode[], fontSize: string): void {
  const edges = s("g", { class: "net-edges", "aria-hidden": "true", fill: "none" });
  const nodes = s("g");
  const labels = s("g", { class: "net-expansion__labels", "aria-hidden": "true" });
  labels.style.fontSize = fontSize;
  for (const item of items) {
    edges.append(s("path", { class: "e e--added", d: item.edge }));
    nodes.append(
      s("a", { class: `n g-${item.group} n--added`, href: item.href, target: "_top" },
        s("path", { d: item.d }),
        s("title", { text: `${item.name}: open their page` })),
    );
    labels.append(s("text", { x: item.x, y: item.y + item.r, dy: "1.05em", "text-anchor": "middle", text: item.label }));
  }
  layer.replaceChildren(edges, nodes, labels);
}

/** The panel's button that draws them. */
export function expandButton(count: number, onClick: () => void): HTMLElement {
  const button = h("button", { type: "button", class: "net-btn", "data-net-expand": "", text: `Draw ${plural(count, "more linked actor")}` });
  button.addEventListener("click", () => {
    onClick();
    button.disabled = true;
    button.textContent = `${plural(count, "linked actor")} drawn around this one`;
  });
  return h("p", {}, button);
}
