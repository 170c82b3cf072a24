// Drag to pan and two-finger pinch to zoom, for any island that moves a drawing (the network in two
// dimensions, the timeline along its time axis). The island owns its view and what a screen pixel
// means in it; this only turns pointers into "moved by" and "scaled by" in screen pixels, so the
// two views cannot drift apart in how a drag starts, when a press stays a click, or how a pinch
// keeps the point between the fingers in place.

export interface Point {
  x: number;
  y: number;
}

export interface DragZoomOptions {
  /** "x": only horizontal movement counts (a timeline); "xy": both (a network). */
  axis: "x" | "xy";
  /** Screen pixels a press may wander and still be a click rather than a drag. */
  slop: number;
  /** Whether one pointer of this kind may drag now (a finger pans the network only once zoomed in, else it scrolls the page). */
  canDrag?: (event: PointerEvent) => boolean;
  /** The drawing moved under one pointer by (dx, dy) screen pixels since the last call. */
  pan: (dx: number, dy: number) => void;
  /** Two pointers: the midpoint moved by (dx, dy), then the drawing scales by `factor` about `mid` (client coordinates). */
  pinch: (factor: number, mid: Point, dx: number, dy: number) => void;
  /** A drag or pinch ended (all pointers up). */
  end?: () => void;
}

/** Distance between two points along the axes that count. */
export function spread(a: Point, b: Point, axis: "x" | "xy"): number {
  return axis === "x" ? Math.abs(a.x - b.x) : Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * One pinch step: how much the fingers spread since the last step, where their midpoint is now and
 * how far it moved. A zero spread (fingers on one vertical line of a timeline) scales by nothing.
 */
export function pinchStep(before: [Point, Point], after: [Point, Point], axis: "x" | "xy"): { factor: number; mid: Point; dx: number; dy: number } {
  const b = spread(before[0], before[1], axis);
  const a = spread(after[0], after[1], axis);
  const factor = a > 0 && b > 0 ? a / b : 1;
  const mid = { x: (after[0].x + after[1].x) / 2, y: (after[0].y + after[1].y) / 2 };
  const was = { x: (before[0].x + before[1].x) / 2, y: (before[0].y + before[1].y) / 2 };
  return { factor, mid, dx: mid.x - was.x, dy: axis === "x" ? 0 : mid.y - was.y };
}

/**
 * Wire drag and pinch on `el`. `dragged()` says whether the press that just ended moved the
 * drawing: the click that follows it must not select what it happened to end on. `pressed()` says
 * whether a pointer is down on it now (hover effects wait while one is).
 */
export function dragZoom(el: Element, o: DragZoomOptions): { dragged: () => boolean; pressed: () => boolean } {
  const pointers = new Map<number, Point>();
  let dragged = false;
  let downAt: Point | null = null;

  el.addEventListener("pointerdown", (event) => {
    const e = event as PointerEvent;
    if (e.pointerType === "mouse" && e.button !== 0) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 1) {
      dragged = false;
      downAt = { x: e.clientX, y: e.clientY };
    }
  });

  el.addEventListener("pointermove", (event) => {
    const e = event as PointerEvent;
    const prev = pointers.get(e.pointerId);
    if (!prev) return;
    const now = { x: e.clientX, y: e.clientY };
    if (pointers.size === 1) {
      // Until the press has wandered past the slop it is still a click: nothing moves, and the
      // distance counts from where it went down, so a slow drag starts as surely as a fast one.
      if (!dragged && downAt && spread(downAt, now, o.axis) < o.slop) return;
      if (o.canDrag && !o.canDrag(e)) return;
      if (!dragged) {
        dragged = true;
        (el as Element & { setPointerCapture(id: number): void }).setPointerCapture(e.pointerId);
        el.classList.add("is-panning");
      }
      o.pan(now.x - prev.x, o.axis === "x" ? 0 : now.y - prev.y);
    } else if (pointers.size === 2) {
      dragged = true;
      const before = [...pointers.values()] as [Point, Point];
      const after = [...pointers.entries()].map(([id, p]) => (id === e.pointerId ? now : p)) as [Point, Point];
      const step = pinchStep(before, after, o.axis);
      o.pinch(step.factor, step.mid, step.dx, step.dy);
    }
    pointers.set(e.pointerId, now);
  });

  const release = (event: Event) => {
    pointers.delete((event as PointerEvent).pointerId);
    if (pointers.size > 0) return;
    el.classList.remove("is-panning");
    downAt = null;
    if (dragged) o.end?.();
    // The click that ends a drag must not select; forget the drag once that click has been seen.
    setTimeout(() => (dragged = false), 0);
  };
  el.addEventListener("pointerup", release);
  el.addEventListener("pointercancel", release);

  return { dragged: () => dragged, pressed: () => pointers.size > 0 };
}
