// The focus layer itself: the ring and label box of mark-focus.ts, drawn over the focused mark. Kept
// apart so that only readers who use a keyboard download it (mark-focus.ts loads it on first use).

import type { MarkFocusOptions } from "./mark-focus.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

export function focusLayer(svg: SVGSVGElement, o: MarkFocusOptions): { show: (mark: SVGElement | null) => void } {
  const layer = document.createElementNS(SVG_NS, "g");
  layer.setAttribute("class", "mark-focus");
  layer.setAttribute("aria-hidden", "true");
  layer.setAttribute("pointer-events", "none");
  layer.setAttribute("display", "none");
  // Rounded rectangles: a circle for a dot (corner radius half the side), a frame for a bar.
  const halo = layer.appendChild(document.createElementNS(SVG_NS, "rect"));
  halo.setAttribute("class", "mark-focus__halo");
  const ring = layer.appendChild(document.createElementNS(SVG_NS, "rect"));
  ring.setAttribute("class", "mark-focus__ring");
  const box = layer.appendChild(document.createElementNS(SVG_NS, "rect"));
  box.setAttribute("class", "mark-focus__box");
  box.setAttribute("rx", "4");
  const text = layer.appendChild(document.createElementNS(SVG_NS, "text"));
  text.setAttribute("class", "mark-focus__text");
  svg.append(layer);

  let current: SVGElement | null = null;
  const observer = new MutationObserver(() => refresh());

  function refresh(): void {
    if (!current || !current.isConnected || current.getAttribute("display") === "none") {
      layer.setAttribute("display", "none");
      return;
    }
    // The last child of the SVG is painted last: keep the layer there even if the chart appends.
    if (svg.lastElementChild !== layer) svg.append(layer);
    const { x, y, r, box: markBox } = o.shape(current);
    const vb = svg.viewBox.baseVal;
    const left = vb && vb.width ? vb.x : 0;
    const top = vb && vb.height ? vb.y : 0;
    const width = vb && vb.width ? vb.width : svg.clientWidth;
    // One SVG unit may be more or less than a CSS pixel (a scaled network): size the ring and the
    // label in CSS pixels so they read the same at every zoom.
    const unit = width / (svg.getBoundingClientRect().width || width);
    const ringR = r + 4 * unit;
    // A dot's ring is a circle of radius ringR; a box's is its outline, 4 px out.
    const halfW = markBox ? markBox.width / 2 + 4 * unit : ringR;
    const halfH = markBox ? markBox.height / 2 + 4 * unit : ringR;
    layer.removeAttribute("display");
    for (const c of [halo, ring]) {
      c.setAttribute("x", (x - halfW).toFixed(2));
      c.setAttribute("y", (y - halfH).toFixed(2));
      c.setAttribute("width", (2 * halfW).toFixed(2));
      c.setAttribute("height", (2 * halfH).toFixed(2));
      c.setAttribute("rx", (markBox ? 4 * unit : ringR).toFixed(2));
    }
    ring.setAttribute("stroke-width", (3 * unit).toFixed(2));
    halo.setAttribute("stroke-width", (7 * unit).toFixed(2));

    const fontSize = 13 * unit;
    const pad = 5 * unit;
    text.setAttribute("font-size", fontSize.toFixed(2));
    const room = width - 2 * pad - 4 * unit;
    const { lines, width: textW } = wrap(o.name(current), room, 3);
    const lineHeight = fontSize * 1.25;
    const w = textW + 2 * pad;
    const h = lines * lineHeight + 2 * pad - (lineHeight - fontSize);
    const bx = Math.min(Math.max(left + 2 * unit, x - w / 2), left + width - w - 2 * unit);
    // Above the mark where there is room, else below it.
    const above = y - halfH - 4 * unit - h;
    const by = above >= top ? above : y + halfH + 4 * unit;
    for (const t of text.querySelectorAll("tspan")) t.setAttribute("x", (bx + pad).toFixed(2));
    text.setAttribute("y", (by + pad + fontSize * 0.8).toFixed(2));
    box.setAttribute("x", bx.toFixed(2));
    box.setAttribute("y", by.toFixed(2));
    box.setAttribute("width", w.toFixed(2));
    box.setAttribute("height", h.toFixed(2));
    box.setAttribute("stroke-width", (2 * unit).toFixed(2));
  }

  /**
   * Lays the name out in lines of at most `room` units (the last one shortened if need be), and
   * returns how many lines and how wide the widest is. The name is set once and every candidate
   * line measured from it (getSubStringLength): setting a line and reading its length word by word
   * made the browser lay the drawing out again for every word, a quarter of a second per key press
   * on a phone.
   */
  function wrap(full: string, room: number, maxLines: number): { lines: number; width: number } {
    const words = full.split(/\s+/).filter(Boolean);
    const joined = words.join(" ");
    const probe = document.createElementNS(SVG_NS, "tspan");
    probe.textContent = `${joined}…`;
    text.replaceChildren(probe);
    // Width of joined[from, to), trailing spaces left out.
    const width = (from: number, to: number) => {
      while (to > from && joined[to - 1] === " ") to--;
      return to > from ? probe.getSubStringLength(from, to - from) : 0;
    };
    const ellipsis = probe.getSubStringLength(joined.length, 1);
    // The longest start of joined[from, to) that fits with "…" after it.
    const shortened = (from: number, to: number): { text: string; width: number } => {
      let lo = 0;
      let hi = to - from;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (width(from, from + mid) + ellipsis <= room) lo = mid;
        else hi = mid - 1;
      }
      return { text: `${joined.slice(from, from + lo).trimEnd()}…`, width: width(from, from + lo) + ellipsis };
    };
    const out: { text: string; width: number }[] = [];
    const at: number[] = [];
    for (let i = 0, p = 0; i < words.length; p += words[i]!.length + 1, i++) at.push(p);
    // The line being filled is joined[start, end).
    let start = 0;
    let end = 0;
    for (let i = 0; i < words.length; i++) {
      const wordEnd = at[i]! + words[i]!.length;
      if (end > start && width(start, wordEnd) > room) {
        if (out.length === maxLines - 1) {
          out.push(shortened(start, joined.length));
          start = end = joined.length;
          break;
        }
        out.push({ text: joined.slice(start, end), width: width(start, end) });
        start = at[i]!;
      }
      end = wordEnd;
      // A single word wider than the room is shortened and ends its line.
      if (width(start, end) > room) {
        out.push(shortened(start, end));
        start = end = out.length === maxLines ? joined.length : (at[i + 1] ?? joined.length);
        if (out.length === maxLines) break;
      }
    }
    if (end > start) out.push({ text: joined.slice(start, end), width: width(start, end) });
    if (out.length === 0) out.push({ text: "", width: 0 });
    text.replaceChildren(
      ...out.map((line, i) => {
        const tspan = document.createElementNS(SVG_NS, "tspan");
        if (i > 0) tspan.setAttribute("dy", "1.25em");
        tspan.textContent = line.text;
        return tspan;
      }),
    );
    return { lines: out.length, width: Math.max(...out.map((l) => l.width)) };
  }

  function show(mark: SVGElement | null): void {
    observer.disconnect();
    current = mark;
    if (mark) {
      for (const el of o.watch?.(mark) ?? [mark, ...mark.querySelectorAll("*")]) observer.observe(el, { attributes: true });
      observer.observe(svg, { attributes: true, attributeFilter: ["viewBox", "width"] });
    }
    refresh();
  }

  return { show };
}
