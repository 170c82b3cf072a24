// The network's highlight layer. Highlighting draws a veil over the whole picture and copies of the
// lit marks above it, in an overlay SVG of its own (its own compositing layer): a hover then
// repaints a few dozen marks, not every node, edge and label underneath, which with a thousand
// nodes is what made it lag. The copies carry no ids, links or events. What is lit comes from
// network-lit.ts; this module only moves ready copies in and out.

import { neighbourhood, type Adjacency } from "./network-filter.ts";
import { insideShift, labelBox, type Box } from "./network-label-box.ts";
import { litPlan, namesThatFit } from "./network-lit.ts";
import { keepAllInside } from "./keep-inside.ts";
import { cancelIdle, whenIdle } from "../../client/idle.ts";
import { s, setAttr } from "../../client/dom.ts";

export interface HighlightMarks {
  nodes: ReadonlyMap<string, { el: Element; label: SVGTextElement | null }>;
  edges: ReadonlyMap<string, { el: Element }>;
  adj: Adjacency;
  /** Drawing order of actors (most connected first), to stack lit copies as the picture stacks the originals. */
  byRank: (a: string, b: string) => number;
}

/** The part of the picture on screen, in chart units, and how wide it shows in CSS pixels. */
export type Shown = () => { x0: number; width: number; screenWidth: number };

export function highlightLayer(svg: SVGSVGElement, size: { width: number; height: number }, marks: HighlightMarks, shown: Shown) {
  const liftEdges = s("g");
  const liftNodes = s("g");
  const labels = s("g", { class: "net-lift__labels" });
  const overlay = s("svg", { class: "net-overlay", "aria-hidden": "true", viewBox: `0 0 ${size.width} ${size.height}` },
    s("rect", { class: "net-veil", width: size.width, height: size.height }),
    s("g", { class: "net-lift" }, liftEdges, liftNodes, labels));

  // Each mark's copy is made once and kept: a tap moves a few dozen ready elements into the lit
  // layer instead of cloning (and re-parsing the path data of) every lit mark again.
  const copies = new Map<Element, Element>();
  const made = (el: Element): Element => {
    let c = copies.get(el);
    if (!c) {
      c = el.localName === "a" ? s("g") : (el.cloneNode(true) as Element);
      if (el.localName === "a") c.append(el.querySelector("path")!.cloneNode(true));
      for (const attr of [...c.attributes]) if (attr.name.startsWith("data-") || attr.name === "id") c.removeAttribute(attr.name);
      copies.set(el, c);
    }
    return c;
  };
  const copyOf = (el: Element, extra: string): Element => {
    const c = made(el);
    c.setAttribute("class", el.getAttribute("class") ?? "");
    c.setAttribute("data-lit", extra);
    return c;
  };

  /**
   * Makes the copies ahead of the first tap, a batch per idle moment: cloning and stripping a
   * neighbourhood's marks was a fifth of a first tap's script on a slow phone. Copies are detached
   * until lit, so making them lays out and styles nothing.
   */
  function prepare(): void {
    const waiting: Element[] = [];
    for (const { el, label } of marks.nodes.values()) {
      waiting.push(el);
      if (label) waiting.push(label);
    }
    for (const { el } of marks.edges.values()) waiting.push(el);
    // A batch stops after 8 ms (idle periods run to 50 ms), so a tap arriving meanwhile waits no
    // longer than that; without idle time (no requestIdleCallback, or the timeout came first on a
    // busy page) it makes a fixed 100.
    const batch = (deadline?: IdleDeadline) => {
      const idle = deadline !== undefined && !deadline.didTimeout;
      const stop = performance.now() + 8;
      let left = 100;
      const more = () => (idle ? deadline.timeRemaining() > 2 && performance.now() < stop : left-- > 0);
      while (waiting.length > 0 && more()) {
        const el = waiting.pop()!;
        made(el);
        // A name's estimated box is kept once worked out: estimating the neighbours' names took
        // 2 of the 12 ms a first tap spent lighting them (one trace, slowed phone).
        if (el.localName === "text") labelBox(el as SVGTextElement, 1);
      }
      if (waiting.length > 0) whenIdle(batch, 2000);
    };
    // Not before the page has loaded: its idle moments belong to parsing and first paint.
    if (document.readyState === "complete") whenIdle(batch, 2000);
    else addEventListener("load", () => whenIdle(batch, 2000), { once: true });
  }

  /** Original mark -> the class saying how it is lit now ("is-n1", "hl"...). */
  let lit = new Map<Element, string>();
  /** What the lit layer was drawn for: a later call for the same actor, filters and label size only restyles. */
  let drawn: { id: string; version: number; fontSize: number; edgesKey: string } | null = null;
  let liftedLabels: { label: SVGTextElement; copy: Element; box: Box }[] = [];
  let litNodes: { el: Element; copy: Element }[] = [];
  let focusCopy: Element | null = null;

  /** Light `id` and its neighbourhood among the shown relations (null: light nothing). `version` changes when the filters or the date do. */
  function show(id: string | null, visibleEdges: ReadonlySet<string>, version: number): void {
    const fontSize = parseFloat(labels.style.fontSize) || 12;
    if (id !== null && drawn && drawn.id === id && drawn.version === version && drawn.fontSize === fontSize) return decorate(id);
    const hood = id === null ? null : neighbourhood(marks.adj, id, visibleEdges);
    // A date step or Play tick that leaves the lit relations as they were redraws nothing.
    const edgesKey = hood ? [...hood.e1, "|", ...hood.e2].join(" ") : "";
    if (id !== null && drawn && drawn.id === id && drawn.fontSize === fontSize && drawn.edgesKey === edgesKey) {
      drawn.version = version;
      return decorate(id);
    }
    const next = new Map<Element, string>();
    drawn = id === null ? null : { id, version, fontSize, edgesKey };
    svg.classList.toggle("has-focus", id !== null);
    overlay.classList.toggle("is-on", id !== null);
    liftedLabels = [];
    litNodes = [];
    focusCopy = null;
    const layers: [Element[], Element[], Element[]] = [[], [], []];
    if (id !== null) {
      // The originals keep classes saying what is lit (for tests and assistive tech inspecting the
      // DOM); only the copies are styled.
      const mark = (el: Element | null | undefined, cls: string, layer: Element[]) => {
        if (!el) return null;
        next.set(el, cls);
        const c = copyOf(el, cls);
        layer.push(c);
        return c;
      };
      const plan = litPlan(hood!, id, marks.byRank);
      for (const [e, cls] of plan.edges) mark(marks.edges.get(e)?.el, cls, layers[0]);
      for (const [n, cls] of plan.nodes) {
        const el = marks.nodes.get(n)?.el;
        const c = mark(el, cls, layers[1]);
        if (el && c) litNodes.push({ el, copy: c });
        if (cls === "is-focus") focusCopy = c;
      }
      // Name the focus and as many neighbours as fit without overlapping (most connected first).
      // Boxes come from the labels' attributes and estimated widths: no layout is read here.
      for (const { id: n, box } of namesThatFit(id, plan.named, (n) => {
        const label = marks.nodes.get(n)?.label;
        return label ? labelBox(label, fontSize) : null;
      })) {
        const label = marks.nodes.get(n)!.label!;
        const c = mark(label, "hl", layers[2])!;
        c.setAttribute("x", label.getAttribute("x") ?? "0");
        liftedLabels.push({ label, copy: c, box });
      }
    }
    // Only marks whose state changed are touched in the picture underneath.
    for (const [el, cls] of lit) if (next.get(el) !== cls) el.classList.remove(cls);
    for (const [el, cls] of next) if (lit.get(el) !== cls) el.classList.add(cls);
    lit = next;
    liftEdges.replaceChildren(...layers[0]);
    liftNodes.replaceChildren(...layers[1]);
    labels.replaceChildren(...layers[2]);
    if (id !== null) decorate(id);
  }

  /**
   * What changes without changing who is lit: the selection and keyboard rings on the copies, and
   * names at the picture's edge moved in so they are not clipped (by their estimated boxes, checked
   * against the drawn text once the browser is idle).
   */
  let placedFor = "";
  function decorate(id: string): void {
    for (const n of litNodes) {
      let cls = `${n.el.getAttribute("class") ?? ""}`;
      if (n.copy === focusCopy && marks.nodes.get(id)!.el.matches(":focus-visible")) cls += " is-kbd";
      setAttr(n.copy, "class", cls);
    }
    const { x0, width: w, screenWidth } = shown();
    const key = `${x0}|${w}|${liftedLabels.length}`;
    if (key === placedFor) return;
    placedFor = key;
    // A 2-px margin in screen pixels, in chart units (the SVG is scaled).
    const m = 2 * (w / (screenWidth || w));
    for (const { label, copy: c, box } of liftedLabels) {
      const shift = insideShift(box, x0 + m, x0 + w - m);
      c.setAttribute("x", String((parseFloat(label.getAttribute("x") ?? "0") || 0) + shift));
    }
    checkLabelsSoon();
  }

  // The estimate is close, not exact (fonts differ): once the browser is idle, the drawn names are
  // measured in one pass and any still cut at the edge moved in.
  let checkHandle = 0;
  function checkLabelsSoon(): void {
    cancelIdle(checkHandle);
    checkHandle = whenIdle(() => {
      const texts = liftedLabels.map((l) => l.copy as SVGTextElement).filter((t) => t.isConnected);
      keepAllInside(texts);
    });
  }

  return { overlay, labels, show, prepare };
}
