// Gives every chart mark a target of at least 24 × 24 CSS pixels (WCAG 2.2, 2.5.8 Target Size)
// without drawing anything bigger: a tap or click within 12 px of a mark's centre (or inside a larger
// mark) counts as choosing it. Where marks crowd so that a tap lands within reach of several, it
// opens a short list of those marks to choose from instead of guessing. A precise mouse click on a
// mark's own shape still chooses that mark at once.
//
// Choosing re-sends the click to the mark itself, so whatever the chart does on a click (open a
// panel, follow the link) happens as if the mark had been hit squarely.

/** The list of crowded marks, fetched on first need (once per page). */
let chooserCode: Promise<typeof import("./tap-chooser.ts")> | null = null;
const chooser = () => (chooserCode ??= import("./tap-chooser.ts"));

const HALF = 12;

export interface TapTargetOptions {
  /** The marks that can be chosen now (shown, not filtered out). */
  marks: () => Iterable<SVGElement>;
  /**
   * The choosable mark an element is part of, or null: lets a mouse click on a mark pass without
   * listing every mark. Only for charts where any mark that can be clicked can be chosen.
   */
  markOf?: (el: Element) => SVGElement | null;
  /** The drawn shape of a mark, whose box the target is centred on (default: the mark). */
  shape?: (mark: SVGElement) => Element;
  /** The mark's name in the list of nearby marks. */
  name: (mark: SVGElement) => string;
  /** What the list of nearby marks is called: "events", "actors". */
  noun: string;
  /**
   * What choosing a mark does. By default the click is sent on to the mark, so the chart's own
   * click handling (or the mark's link) acts; marks that answer focus instead (a tooltip) pass
   * `(mark) => mark.focus()`.
   */
  activate?: (mark: SVGElement, at: { x: number; y: number }) => void;
  /**
   * Where marks lie on screen without asking the layout for each one: called once per tap, it
   * returns each mark's box in client pixels (null: measure that mark). Without it, every mark's
   * shape is measured, which grows with the number of marks.
   */
  boxes?: () => (mark: SVGElement) => ScreenBox | null;
}

export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Candidate {
  mark: SVGElement;
  /** Distance from the tap to the mark's centre, for the order of the list. */
  d: number;
  inside: boolean;
}

export function tapTargets(svg: SVGSVGElement, o: TapTargetOptions): void {
  const host = (svg.parentElement ?? svg) as HTMLElement;
  let down: { x: number; y: number; type: string } | null = null;
  let resending = false;

  let up: { x: number; y: number } | null = null;
  host.addEventListener("pointerdown", (e) => {
    if (e.isPrimary) {
      down = { x: e.clientX, y: e.clientY, type: e.pointerType };
      up = null;
      // A finger is less precise than a mouse: the list's code is fetched as it touches down, so it
      // is there by the time the tap ends. Mouse and keyboard readers rarely need it.
      if (e.pointerType !== "mouse") void chooser();
    }
  }, true);
  host.addEventListener("pointerup", (e) => {
    if (e.isPrimary) up = { x: e.clientX, y: e.clientY };
  }, true);

  function candidatesAt(x: number, y: number, marks: Iterable<SVGElement>): Candidate[] {
    const out: Candidate[] = [];
    const known = o.boxes?.();
    for (const mark of marks) {
      const box = known?.(mark) ?? (o.shape?.(mark) ?? mark).getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const dx = Math.abs(x - cx);
      const dy = Math.abs(y - cy);
      if (dx <= Math.max(HALF, box.width / 2) && dy <= Math.max(HALF, box.height / 2)) {
        out.push({ mark, d: Math.hypot(dx, dy), inside: dx <= box.width / 2 && dy <= box.height / 2 });
      }
    }
    return out.sort((a, b) => a.d - b.d);
  }

  function choose(mark: SVGElement, at: { x: number; y: number }): void {
    if (o.activate) return o.activate(mark, at);
    resending = true;
    try {
      mark.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, clientX: at.x, clientY: at.y, view: window }));
    } finally {
      resending = false;
    }
  }

  host.addEventListener("click", (e) => {
    // Keyboard "clicks" (Enter on a mark) and our own re-sent clicks pass through untouched.
    if (resending || e.detail === 0 || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (!svg.contains(e.target as Node)) return;
    // The end of a drag or pan is not a tap.
    if (down && up && Math.hypot(up.x - down.x, up.y - down.y) > 6) return;
    const precise = (down?.type ?? "mouse") === "mouse";
    // A mouse click on a mark went where it should. Where the chart can name the mark an element
    // belongs to, that is known without listing and measuring every mark (on the timeline zoomed to
    // a month, that took a click's handlers from 34 to 21 ms on a slow phone, in one trace each).
    if (precise && o.markOf?.(e.target as Element)) return;
    // Where the finger touched: a browser may move a touch's click onto the nearest link, which is
    // the guess this module replaces.
    const at = !precise && up ? up : { x: e.clientX, y: e.clientY };
    // Found once per tap: asking again for the candidates walked the whole drawing a second time.
    const all = [...o.marks()];
    // Where marks' boxes are known, the one under the finger is found from them: asking the page
    // (elementFromPoint) hit-tests every shape of a large drawing, the slowest part of a tap.
    const placed = !precise && o.boxes ? candidatesAt(at.x, at.y, all) : null;
    const under = precise ? (e.target as Element) : placed ? null : document.elementFromPoint(at.x, at.y);
    const hit = under ? (all.find((m) => m.contains(under)) ?? null) : (placed?.find((c) => c.inside)?.mark ?? null);
    // The same, for charts that cannot name a mark's element: found among the listed marks.
    if (precise && hit) return;
    // A mouse click squarely on another link (a relation line, a source) goes where it was aimed.
    if (precise && !hit && (e.target as Element).closest?.("a[href]")) return;
    const near = placed ?? candidatesAt(at.x, at.y, all);
    // What the finger is on (a mark's label, say) counts as within reach too.
    const reach = hit && !near.some((c) => c.mark === hit) ? [{ mark: hit, d: 0, inside: true }, ...near] : near;
    if (reach.length === 0) return;
    // Squarely on a mark: with a mouse always, with a finger when no other mark is within reach or
    // the mark is itself bigger than a target needs to be.
    const onHit = hit && (precise || reach.length === 1 || (near.find((c) => c.mark === hit)?.inside && bigEnough(hit)));
    const pick = onHit ? hit : reach.length === 1 ? reach[0]!.mark : null;
    if (pick && pick.contains(e.target as Node)) return; // the click already went where it should
    e.preventDefault();
    e.stopImmediatePropagation();
    if (pick) choose(pick, at);
    // Else a list of them to choose from, in reading order (src/client/tap-chooser.ts).
    else {
      const marks = reach.map((c) => c.mark);
      void chooser().then((m) => m.openChooser(marks, at, { name: o.name, noun: o.noun, choose }));
    }
  }, true);

  function bigEnough(mark: SVGElement): boolean {
    const box = (o.shape?.(mark) ?? mark).getBoundingClientRect();
    return box.width >= 2 * HALF && box.height >= 2 * HALF;
  }
}
