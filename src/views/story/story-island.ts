// The story with JavaScript: one sticky graphic that shows the figure of the step being read. The
// figures were drawn by the build; this moves them into the sticky frame and shows one at a time,
// following scroll (IntersectionObserver), the Previous/Next buttons and the ← → keys. Each step
// keeps its address (/story/#<step-id>). Motion (a cross-fade, smooth scrolling) only when the
// reader has not asked for reduced motion.

import { whenIdle } from "../../client/idle.ts";

const root = document.querySelector<HTMLElement>("[data-story]");
if (root) initStory(root);

function initStory(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>("[data-story-step]")];
  const graphic = root.querySelector<HTMLElement>("[data-story-graphic]");
  const nav = root.querySelector<HTMLElement>("[data-story-nav]");
  if (steps.length === 0 || !graphic || !nav) return;
  const figures = steps.map((s) => s.querySelector<HTMLElement>("[data-story-figure]")!);
  const count = nav.querySelector<HTMLElement>("[data-story-count]")!;
  const prev = nav.querySelector<HTMLButtonElement>("[data-story-prev]")!;
  const next = nav.querySelector<HTMLButtonElement>("[data-story-next]")!;
  const reduced = matchMedia("(prefers-reduced-motion: reduce)");
  let active = -1;

  // The figure shown is moved into the graphic at once, the others one per idle moment (they wait
  // in their steps, undisplayed). Moving all at start laid out every drawing of the story in one
  // task: the longest of any page's load, up to 203 ms at ten times today's data on the slowed phone.
  const docked = (i: number) => figures[i]!.parentElement === graphic;
  const dockOne = (i: number) => {
    if (docked(i)) return;
    // Kept in step order, as a screen reader or a search in the page meets them.
    let j = i + 1;
    while (j < figures.length && !docked(j)) j++;
    graphic.insertBefore(figures[i]!, j < figures.length ? figures[j]! : null);
  };
  const dock = () => figures.forEach((_, i) => dockOne(i));
  const undock = () => figures.forEach((f, i) => {
    f.inert = false;
    steps[i]!.append(f);
  });
  const fromHash = steps.findIndex((s) => `#${s.id}` === location.hash);
  const first = fromHash >= 0 ? fromHash : 0;
  dockOne(first);
  // Paper takes every figure back to its step (beforeprint); none is moved meanwhile.
  let printing = false;
  // Nearest the step being read first, the next before the previous: the figures a reader reaches
  // first are in place before they are asked for.
  const nextToDock = (): number => {
    for (let d = 1; d < figures.length; d++) {
      for (const i of [active + d, active - d]) if (i >= 0 && i < figures.length && !docked(i)) return i;
    }
    return -1;
  };
  const dockRest = () => {
    const i = nextToDock();
    if (i < 0 || printing) return;
    dockOne(i);
    whenIdle(dockRest, 1000);
  };
  whenIdle(dockRest, 1000);
  root.classList.add("is-enhanced");
  graphic.hidden = false;
  nav.hidden = false;
  // Paper gets every step with its own figure again.
  addEventListener("beforeprint", () => {
    printing = true;
    undock();
  });
  addEventListener("afterprint", () => {
    printing = false;
    dock();
    const i = active;
    active = -1;
    show(i);
  });

  function show(i: number): void {
    if (i === active || i < 0 || i >= steps.length) return;
    active = i;
    dockOne(i);
    // The stylesheet stacks the figures in one cell, each on a layer painted once, and shows only
    // the active one (opacity: no layout, no repaint); inert keeps the others out of focus and out
    // of what a screen reader reads.
    figures.forEach((f, j) => {
      f.classList.toggle("is-active", j === i);
      f.inert = j !== i;
    });
    steps.forEach((s, j) => s.classList.toggle("is-active", j === i));
    count.textContent = `Step ${i + 1} of ${steps.length}`;
    prev.disabled = i === 0;
    next.disabled = i === steps.length - 1;
    root.dataset.activeStep = steps[i]!.id;
  }

  // While we scroll to a chosen step, the steps sliding past must not take over the graphic.
  let steering = 0;
  const release = () => {
    clearTimeout(steering);
    steering = 0;
  };
  addEventListener("scrollend", release);

  function go(i: number): void {
    const target = Math.max(0, Math.min(steps.length - 1, i));
    show(target);
    clearTimeout(steering);
    steering = window.setTimeout(release, 1500);
    const step = steps[target]!;
    step.scrollIntoView({ behavior: reduced.matches ? "auto" : "smooth", block: "start" });
    history.replaceState(history.state, "", `${location.pathname}${location.search}#${step.id}`);
    step.querySelector<HTMLElement>(".story-step__title")?.focus({ preventScroll: true });
  }

  // The step whose text crosses the middle of the screen is the one being read.
  const observer = new IntersectionObserver(
    (entries) => {
      if (steering) return;
      for (const entry of entries) if (entry.isIntersecting) show(steps.indexOf(entry.target as HTMLElement));
    },
    { rootMargin: "-45% 0px -50% 0px" },
  );
  for (const s of steps) observer.observe(s);

  prev.addEventListener("click", () => go(active - 1));
  next.addEventListener("click", () => go(active + 1));
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const t = event.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (event.key === "ArrowRight") go(active + 1);
    else if (event.key === "ArrowLeft") go(active - 1);
    else return;
    event.preventDefault();
  });

  show(first);
  // Docking the figures moved the steps: put the linked step back where the address put it.
  if (fromHash >= 0) steps[fromHash]!.scrollIntoView({ block: "start" });
  // As every island marks it ("true"): tests, embeds and the bench wait for this.
  root.dataset.ready = "true";
}
