// Draws an actor's linked actors that the picture leaves out (at scale), from positions the build
// put in the actor's JSON (src/charts/network-expansion.ts): a few marks added to one layer of
// their own, replaced when another actor is expanded. Each added actor links to its own page.

import type { ExpansionNode } from "../charts/network-expansion.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * The layer for added actors, created once, on top of the highlight overlay: they belong to the
 * selection, lit with it and gone with it.
 */
export function expansionLayer(overlay: SVGSVGElement): SVGGElement {
  let layer = overlay.querySelector<SVGGElement>("g.net-expansion");
  if (!layer) overlay.append((layer = el("g", { class: "net-expansion" })));
  return layer;
}

export function drawExpansion(layer: SVGGElement, items: readonly ExpansionNode[], fontSize: string): void {
  const edges = el("g", { class: "net-edges", "aria-hidden": "true", fill: "none" });
  const nodes = el("g", {});
  const labels = el("g", { class: "net-expansion__labels", "aria-hidden": "true" });
  labels.style.fontSize = fontSize;
  for (const item of items) {
    edges.append(el("path", { class: "e e--added", d: item.edge }));
    const a = el("a", { class: `n g-${item.group} n--added`, href: item.href, target: "_top" });
    a.append(el("path", { d: item.d }));
    const title = el("title", {});
    title.textContent = `${item.name}: open their page`;
    a.append(title);
    nodes.append(a);
    const text = el("text", { x: String(item.x), y: String(item.y + item.r), dy: "1.05em", "text-anchor": "middle" });
    text.textContent = item.label;
    labels.append(text);
  }
  layer.replaceChildren(edges, nodes, labels);
}

/** The panel's button that draws them. */
export function expandButton(count: number, onClick: () => void): HTMLElement {
  const p = document.createElement("p");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "net-btn";
  button.dataset.netExpand = "";
  button.textContent = `Draw ${count} more linked actor${count === 1 ? "" : "s"}`;
  button.addEventListener("click", () => {
    onClick();
    button.disabled = true;
    button.textContent = `${count} linked actor${count === 1 ? "" : "s"} drawn around this one`;
  });
  p.append(button);
  return p;
}
