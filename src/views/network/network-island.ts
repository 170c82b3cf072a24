// The network island: wires the build-time SVG to hover/focus highlighting, selection with a side
// panel, filters, the date control, zoom and pan, and keeps it all in the URL. It reads everything
// it needs from the markup (ids, kinds, countries, types, days, positions); it never lays out.

import { closeOpened, pushOpened, readState, revealSelection, writeState } from "../../client/url-state.ts";
import { drawnInFull, redraw, visibleNetwork, type Visible } from "./network-filter.ts";
import { networkStateQuery, parseNetworkState, type NetworkState } from "./network-state.ts";
import { clampView, panBy, reveal, viewBox, zoomAbout, type Frame, type View } from "./network-zoom.ts";
import { isZoomed, labelScale } from "./network-scale.ts";
import { renderPanel } from "./network-panel.ts";
import { drawExpansion, expandButton, expansionLayer } from "./network-expand.ts";
import { asOfSpan, currentAsOf, dayLabel } from "../../client/as-of-date.ts";
import { dragZoom } from "../../client/drag-zoom.ts";
import { highlightLayer } from "./network-highlight.ts";
import { whenIdle } from "../../client/idle.ts";
import { prepareWords } from "../../data/words.ts";
import { rovingStop } from "../../client/roving.ts";
import { nearestDisc, towards } from "./network-pick.ts";
import { playFrom, playInterval, playTick } from "./network-playback.ts";
import { networkStatus } from "./network-summary.ts";
import { keyCommand, ZOOM_STEP } from "./network-keys.ts";
import { onceEach, writeQueue } from "./network-later.ts";
import { readNetworkMarkup, type NodeItem } from "./network-markup.ts";
import { networkControls } from "./network-controls.ts";
import type { ActorDetails } from "./actor-details.ts";

/** Run `fn` once the next frame is painted. */
const afterFrame = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

export function startNetwork(root: HTMLElement): void {
  const found = root.querySelector<SVGSVGElement>("svg.net-svg");
  if (!found) return;
  const svg: SVGSVGElement = found;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const base = root.dataset.base ?? "/";

  // ---- facts from the markup -------------------------------------------------------------------
  const markup = readNetworkMarkup(root, svg);
  const { nodes, edges, edgeById, adj, byRank, universe, levels, fonts, labelGroup } = markup;
  const W = markup.width;
  const H = markup.height;

  // ---- state -------------------------------------------------------------------------------------
  let state: NetworkState = parseNetworkState(readState(), universe, asOfSpan(root.ownerDocument));
  let visible: Visible = visibleNetwork(nodes.values(), edges, state);
  let hoverId: string | null = null;
  let focusId: string | null = null;
  let current = state.actor ?? nodes.keys().next().value ?? null; // the node Tab lands on
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

  // ---- controls ----------------------------------------------------------------------------------
  const status = q<HTMLElement>("[data-net-status]")!;
  const panel = q<HTMLElement>("[data-net-panel]")!;
  const panelTitle = q<HTMLElement>("[data-net-panel-title]")!;
  const panelBody = q<HTMLElement>("[data-net-panel-body]")!;
  const tableCount = root.ownerDocument.querySelector<HTMLElement>("[data-net-count]");
  const controls = networkControls(root, markup, {
    filters: (next) => setFilters(next),
    date: (date) => {
      if (playing) stop();
      setFilters({ date });
    },
    play: () => play(),
    find: (id) => {
      if (!id) return select(null, { history: "close" });
      if (!visible.nodes.has(id)) {
        // Finding an actor the filters hide shows them again rather than failing silently.
        setFilters({ kinds: null, countries: null });
      }
      select(id, { history: "push" });
      focusNode(id);
    },
  });

  // ---- zoom and pan ------------------------------------------------------------------------------
  // The drawing's width on screen, kept from the ResizeObserver below: reading clientWidth in an
  // event handler after a class change would force a style and layout pass there and then.
  let shownWidth = 0;
  const screenWidth = () => shownWidth || (shownWidth = svg.clientWidth);
  const frame = (): Frame => {
    // Allow zooming until the last label level is reached with room to spare.
    const width = screenWidth() || W;
    return { width: W, height: H, maxZoom: Math.max(4, Math.min(40, (levels[levels.length - 1]! * 2) / width)) };
  };
  let view: View = clampView({ k: state.zoom, cx: state.cx ?? W / 2, cy: state.cy ?? H / 2 }, frame());

  // What the markup says now: writing it again at start would lay out the whole drawing for nothing.
  let shownBox = svg.getAttribute("viewBox") ?? "";
  function setView(next: View, write = true): void {
    view = clampView(next, frame());
    const box = viewBox(view, frame()).map((n) => Math.round(n * 100) / 100).join(" ");
    // Writing the same viewBox (or style) again still makes Chromium lay out every mark of the
    // drawing anew, so a focus or tap that does not move the view writes nothing.
    if (box !== shownBox) {
      shownBox = box;
      svg.setAttribute("viewBox", box);
      overlay.setAttribute("viewBox", box);
    }
    // Unzoomed, the stylesheet's pan-x pan-y applies.
    const touch = isZoomed(view.k) ? "none" : "";
    if (svg.style.touchAction !== touch) svg.style.touchAction = touch;
    updateScale();
    if (write) {
      state = { ...state, zoom: view.k, cx: view.cx, cy: view.cy };
      saveSoon();
    }
  }

  /**
   * Which labels fit, and their size, depend on how many screen pixels a chart unit takes now. At
   * the default view the stylesheet says the same from the canvas width (network-chart.css), so
   * only a zoom writes anything: the zoom (--k), the font and the level, on two elements.
   */
  let shownFont = "";
  function updateScale(): void {
    const width = screenWidth();
    if (!width) return;
    const scale = labelScale(width, W, view.k, levels, fonts);
    const zoomed = isZoomed(view.k);
    const fontSize = `${scale.fontSize}px`;
    if (shownFont !== fontSize) {
      shownFont = fontSize;
      // The lifted names live in the overlay, outside the stylesheet's label rules.
      liftLabels.style.fontSize = fontSize;
    }
    const k = zoomed ? String(view.k) : "";
    if (canvas.style.getPropertyValue("--k") !== k) canvas.style.setProperty("--k", k);
    const font = zoomed ? fontSize : "";
    if (labelGroup.style.fontSize !== font) labelGroup.style.fontSize = font;
    const level = zoomed ? String(scale.level) : undefined;
    if (labelGroup.dataset.level !== level) {
      if (level === undefined) delete labelGroup.dataset.level;
      else labelGroup.dataset.level = level;
    }
  }

  // ---- filters and date ----------------------------------------------------------------------
  // What the marks show now, so a change touches only the marks it changes (a Play tick or a slider
  // step changes a few relations; toggling classes on all thousand marks each step cost more than
  // drawing them).
  const drawn = drawnInFull(nodes.keys(), edgeById.keys());
  function applyFilters(): void {
    visible = visibleNetwork(nodes.values(), edges, state);
    version++;
    const changes = redraw(drawn, visible, state.date !== null || state.types !== null);
    for (const [id, look] of changes.nodes) {
      const n = nodes.get(id)!;
      for (const el of n.label ? [n.el, n.label] : [n.el]) {
        el.classList.toggle("off", look === "off");
        el.classList.toggle("idle", look === "idle");
      }
    }
    for (const [id, on] of changes.edges) edgeById.get(id)!.el.classList.toggle("off", !on);
    syncTableSoon();
    if (state.actor && !visible.nodes.has(state.actor)) select(null);
    if (!current || !visible.nodes.has(current)) current = [...nodes.keys()].find((id) => visible.nodes.has(id)) ?? null;
    roving();
    highlight();
    controls.show(state);
    describe();
  }

  // The table follows a moment later: laying out a long table is the slowest part of a filter
  // change, and the graph should answer first. During playback it waits for the stop.
  let tableTimer = 0;
  function syncTableSoon(): void {
    clearTimeout(tableTimer);
    if (playing) return;
    tableTimer = window.setTimeout(() => {
      for (const e of edges) {
        const hide = !visible.edges.has(e.id);
        if (e.row && e.row.hidden !== hide) e.row.hidden = hide;
      }
    }, 120);
  }

  let describeTimer = 0;
  function describe(): void {
    const text = networkStatus(
      { edges: visible.edges.size, totalEdges: edges.length, nodes: visible.nodes.size, totalNodes: nodes.size, linked: visible.linked.size },
      state,
    );
    // The count sits in the table's caption: writing it unchanged would lay out the table again.
    const count = `(${visible.edges.size} of ${edges.length} shown)`;
    if (tableCount && tableCount.textContent !== count) tableCount.textContent = count;
    // While playing, the live region would chatter every step: announce once playback stops.
    clearTimeout(describeTimer);
    if (playing === 0) describeTimer = window.setTimeout(() => (status.textContent = text), 250);
  }

  // ---- highlight, focus and selection ----------------------------------------------------------
  /** Bumped whenever the filters or the date change what is drawn. */
  let version = 0;
  const canvas = svg.parentElement!;
  const lights = highlightLayer(svg, { width: W, height: H }, { nodes, edges: edgeById, adj, byRank }, () => {
    const [x0, , w] = viewBox(view, frame());
    return { x0, width: w, screenWidth: screenWidth() };
  });
  const overlay = lights.overlay;
  const liftLabels = lights.labels;
  canvas.append(overlay);

  function highlight(): void {
    lights.show([hoverId, focusId, state.actor].find((x) => x !== null && visible.nodes.has(x)) ?? null, visible.edges, version);
  }

  // One tab stop: only the previous and the new stop change (not every node on every move).
  const tabStop = rovingStop((n: NodeItem) => n.el);
  function roving(): void {
    tabStop.move(current ? nodes.get(current) : undefined);
  }

  const details = onceEach((id) =>
    fetch(`${base}network/actors/${encodeURIComponent(id)}.json`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<ActorDetails>;
    }));

  /**
   * Show an actor's details (null: close them). `history`: "push" when the reader opened them (Back
   * closes them again), "close" when the reader closed them, "none" to leave the address to saveSoon.
   * `now` opens the panel in this task rather than after the next frame.
   */
  function select(id: string | null, { scroll = false, history: step = "none", now = false }: { scroll?: boolean; history?: "push" | "close" | "none"; now?: boolean } = {}): void {
    // Closing reads the entry opening wrote: write what is still queued first.
    addressWrites.flush();
    const previous = state.actor;
    if (previous) {
      nodes.get(previous)?.el.classList.remove("is-selected");
      nodes.get(previous)?.el.setAttribute("aria-expanded", "false");
    }
    state = { ...state, actor: id };
    controls.showFound(id ?? "");
    overlay.querySelector("g.net-expansion")?.replaceChildren();
    if (id === null) {
      panel.hidden = true;
      highlight();
      if (step === "close" && previous) {
        clearTimeout(saveTimer);
        closeOpened({ actor: null });
      } else saveSoon();
      return;
    }
    const node = nodes.get(id)!;
    node.el.classList.add("is-selected");
    node.el.setAttribute("aria-expanded", "true");
    current = id;
    roving();
    highlight();
    // The tap is answered by the lit actor; the panel opens in the frame after (its details
    // requested then, or shown at once if fetched before). Opened in the same frame, the panel's
    // layout and paint delayed the highlight: with the names' boxes worked out ahead
    // (network-highlight.ts), the tap's median on the slowed phone went from 96 to 81 ms. A shared
    // link opens it at once, for the page to scroll to it.
    const open = () => {
      panel.hidden = false;
      panel.dataset.actor = id;
      panelTitle.textContent = node.name;
      panelBody.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Loading…" }));
      showDetails(id);
    };
    if (now) open();
    else afterFrame(() => {
      if (state.actor === id) open();
    });
    // Scrolling to the panel lays out the page: it waits for the frame that shows the highlight.
    if (scroll && matchMedia("(max-width: 59.99rem)").matches) {
      afterFrame(() => {
        if (state.actor === id) panel.scrollIntoView({ block: "nearest", behavior: reducedMotion.matches ? "auto" : "smooth" });
      });
    }
    if (step === "push" && id !== previous) {
      // Settle the address of the view it was opened from (zoom, filters), then step forward.
      clearTimeout(saveTimer);
      const from = networkStateQuery({ ...state, actor: previous });
      const to = networkStateQuery(state);
      addressWrites.soon(() => {
        writeState(from);
        pushOpened(to);
      });
    } else saveSoon();
  }

  /** Fill the panel with the actor's details, fetched once, with notes on what the filters hide. */
  function showDetails(id: string): void {
    details.get(id).then(
      (d) => {
        if (state.actor !== id) return;
        renderPanel(panelBody, d, {
          base,
          shown: (rel) => visible.edges.has(rel),
          hiddenNote: state.date ? `not active on ${dayLabel(state.date)}, or filtered out` : "filtered out",
          date: state.date,
          onSelect: (other) => {
            if (!visible.nodes.has(other)) return;
            select(other, { history: "push" });
            focusNode(other);
          },
        });
        // At scale: the actor's links the picture leaves out can be drawn around it on request.
        if (d.expand?.length) {
          const items = d.expand;
          panelBody.append(expandButton(items.length, () => drawExpansion(expansionLayer(overlay), items, shownFont)));
        }
        panel.dataset.loaded = id;
      },
      () => {
        if (state.actor === id) panelBody.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Details could not be loaded. The actor's page has them all." }));
      },
    );
  }

  function focusNode(id: string): void {
    const n = nodes.get(id);
    if (!n) return;
    current = id;
    roving();
    n.el.focus({ preventScroll: true });
    setView(reveal(view, n.x, n.y, n.r, frame()));
  }

  // ---- URL ---------------------------------------------------------------------------------------
  // A new history entry is written just after the frame that answers the tap: it costs the main
  // thread several milliseconds on a slow phone, and the reader is waiting for the highlight, not
  // the address. Queued writes keep their order.
  const addressWrites = writeQueue(afterFrame);

  let saveTimer = 0;
  // The date the page's bar shows: the address's (as-of-start.ts loaded the bar if it named one).
  let pageDate: string | null = currentAsOf();
  function saveSoon(): void {
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      // Playback writes the address once, when it stops: a history write costs a slow phone tens of
      // milliseconds, taken from the ticks.
      if (playing) return;
      addressWrites.flush();
      writeState(networkStateQuery(state));
      // The page's "as of" bar and links follow the slider: the date is the site's, not only this
      // view's. Links take it when used; the bar changes only when the date did, and its script is
      // fetched the first time that happens (the bar's code is not on the page until a date is).
      if (state.date !== pageDate) {
        const date = (pageDate = state.date);
        void import("../../site/as-of/as-of-bar.ts").then((bar) => bar.showPageDate(date, { links: "on-use" }));
      }
    }, 150);
  }

  function setFilters(next: Partial<NetworkState>): void {
    state = { ...state, ...next };
    applyFilters();
    if (state.actor) refreshPanelNotes();
    saveSoon();
  }

  // The panel's "not shown" notes follow the filters once the picture has answered: re-rendering the
  // panel in the same frame made each slider step or Play tick wait for it. Steps in between coalesce.
  let notesFrame = 0;
  function refreshPanelNotes(): void {
    cancelAnimationFrame(notesFrame);
    notesFrame = requestAnimationFrame(() => setTimeout(() => {
      if (!state.actor || panel.dataset.loaded !== state.actor) return;
      overlay.querySelector("g.net-expansion")?.replaceChildren();
      showDetails(state.actor);
    }, 0));
  }

  // ---- playback ----------------------------------------------------------------------------------
  let playing = 0;
  function stop(): void {
    if (playing) clearInterval(playing);
    playing = 0;
    controls.showPlaying(false);
    describe();
    syncTableSoon();
    saveSoon();
  }
  function play(): void {
    if (playing) return stop();
    const slow = reducedMotion.matches;
    playing = window.setInterval(() => {
      const tick = playTick(state.date, slow);
      setFilters({ date: tick.date });
      if (tick.last) stop();
    }, playInterval(slow));
    // Playing before the first step is drawn, so that step, like every later one, leaves the table
    // and the spoken count for the stop: drawn before, it rewrote every row of the relation table
    // (930 at ten times today's data) a moment into playback.
    controls.showPlaying(true);
    setFilters({ date: playFrom(state.date) });
  }

  // ---- events --------------------------------------------------------------------------------------
  const nodeOf = (target: EventTarget | null) => {
    const el = (target as Element | null)?.closest?.("a[data-actor-id]");
    return el ? nodes.get((el as SVGAElement).dataset.actorId!) ?? null : null;
  };

  /** Screen point -> chart units. */
  const toChart = (clientX: number, clientY: number) => {
    const rect = svg.getBoundingClientRect();
    const [x0, y0, w, h] = viewBox(view, frame());
    return { x: x0 + ((clientX - rect.left) / rect.width) * w, y: y0 + ((clientY - rect.top) / rect.height) * h };
  };

  /** The visible node nearest a screen point, within a finger's or cursor's reach. */
  function nearest(clientX: number, clientY: number, reachPx: number): NodeItem | null {
    const hit = nearestDisc(nodes.values(), toChart(clientX, clientY), (id) => visible.nodes.has(id));
    const pxPerUnit = screenWidth() / (W / view.k);
    return hit && hit.gap * pxPerUnit <= reachPx ? hit.disc : null;
  }

  // Clicks select instead of following the node's link; modified clicks still open the actor page.
  svg.addEventListener("click", (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (gesture.dragged()) {
      e.preventDefault();
      return;
    }
    const n = nodeOf(e.target) ?? nearest(e.clientX, e.clientY, 14);
    if (nodeOf(e.target)) e.preventDefault();
    if (n) {
      select(state.actor === n.id ? null : n.id, { scroll: true, history: state.actor === n.id ? "close" : "push" });
      current = n.id;
      roving();
    } else if (state.actor) select(null, { history: "close" });
  });

  svg.addEventListener("pointermove", (e) => {
    if (e.pointerType !== "mouse" || gesture.pressed()) return;
    const n = nodeOf(e.target) ?? nearest(e.clientX, e.clientY, 10);
    const id = n?.id ?? null;
    if (id !== hoverId) {
      hoverId = id;
      svg.style.cursor = id ? "pointer" : "";
      highlight();
    }
  });
  svg.addEventListener("pointerleave", () => {
    if (hoverId !== null) {
      hoverId = null;
      highlight();
    }
  });

  // Focus listeners sit on the HTML wrapper: on an SVG element, Chromium would make the element
  // itself a Tab stop.
  canvas.addEventListener("focusin", (e) => {
    const n = nodeOf(e.target);
    if (!n) return;
    focusId = n.id;
    current = n.id;
    roving();
    setView(reveal(view, n.x, n.y, n.r, frame()));
    // A tap focuses the node in the same task as the click that selects it, and a click is
    // hit-tested on a laid-out page: lit here, the highlight was styled and laid out once for the
    // focus and again with the panel. Focus that is not the keyboard's is lit just before the next
    // frame, by which time the click has usually lit it already.
    if ((e.target as Element).matches(":focus-visible")) highlight();
    else requestAnimationFrame(highlight);
  });
  canvas.addEventListener("focusout", (e) => {
    if (!svg.contains(e.relatedTarget as Node | null)) {
      focusId = null;
      highlight();
    }
  });

  svg.addEventListener("keydown", (e) => {
    const n = nodeOf(e.target);
    const command = keyCommand(e.key, e.shiftKey, n !== null);
    if (!command) return;
    e.preventDefault();
    const step = (W / view.k) * 0.1;
    switch (command.do) {
      case "pan":
        return setView(panBy(view, command.dir[0] * step, command.dir[1] * step, frame()));
      case "move": {
        const next = neighbourInDirection(n!, command.dir);
        if (next) focusNode(next.id);
        return;
      }
      case "toggle":
        return select(state.actor === n!.id ? null : n!.id, { history: state.actor === n!.id ? "close" : "push" });
      case "close":
        return select(null, { history: "close" });
      case "zoom":
        return setView(zoomAbout(view, command.factor, n?.x ?? view.cx, n?.y ?? view.cy, frame()));
      case "reset":
        return setView({ k: 1, cx: W / 2, cy: H / 2 });
      case "first": {
        const first = [...nodes.values()].find((m) => visible.nodes.has(m.id));
        if (first) focusNode(first.id);
      }
    }
  });

  /** Arrow keys move to a linked actor in that direction, else to the nearest shown actor that way. */
  function neighbourInDirection(from: NodeItem, dir: [number, number]): NodeItem | null {
    const linked = new Set<string>();
    for (const e of adj.get(from.id) ?? []) if (visible.edges.has(e.id)) linked.add(e.from === from.id ? e.to : e.from);
    return towards(from, dir, [linked, visible.nodes], nodes, (id) => visible.nodes.has(id));
  }

  // Wheel and trackpad pinch (which arrives as ctrl+wheel) zoom about the pointer.
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const p = toChart(e.clientX, e.clientY);
    const delta = e.deltaMode === 1 ? e.deltaY * 20 : e.deltaY;
    setView(zoomAbout(view, Math.exp(-delta * (e.ctrlKey ? 0.01 : 0.002)), p.x, p.y, frame()));
  }, { passive: false });

  // Drag to pan (mouse, or one finger once zoomed in), two fingers to pinch.
  const gesture = dragZoom(svg, {
    axis: "xy",
    slop: 5,
    canDrag: (e) => e.pointerType === "mouse" || isZoomed(view.k),
    pan: (dx, dy) => {
      const scale = W / view.k / screenWidth();
      setView(panBy(view, -dx * scale, -dy * scale, frame()));
    },
    pinch: (factor, mid, dx, dy) => {
      const at = toChart(mid.x, mid.y);
      const scale = W / view.k / screenWidth();
      setView(zoomAbout(panBy(view, -dx * scale, -dy * scale, frame()), factor, at.x, at.y, frame()));
    },
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-net-zoom]")) {
    button.addEventListener("click", () => {
      const how = button.dataset.netZoom;
      if (how === "reset") setView({ k: 1, cx: W / 2, cy: H / 2 });
      else setView(zoomAbout(view, how === "in" ? ZOOM_STEP : 1 / ZOOM_STEP, view.cx, view.cy, frame()));
    });
  }

  q("[data-net-close]")?.addEventListener("click", () => {
    const id = state.actor;
    select(null, { history: "close" });
    if (id) focusNode(id);
  });
  panel.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    const id = state.actor;
    select(null, { history: "close" });
    if (id) focusNode(id);
  });

  // Back and Forward move between the actors the reader opened, and Back from the first closes it.
  addEventListener("popstate", () => {
    const id = parseNetworkState(readState(), universe).actor;
    if (id !== state.actor && (id === null || visible.nodes.has(id))) select(id);
  });

  new ResizeObserver((entries) => {
    shownWidth = entries[entries.length - 1]?.contentRect.width || svg.clientWidth;
    setView(view, false);
  }).observe(svg);

  // ---- start -------------------------------------------------------------------------------------
  // Every node becomes a button that opens the panel, out of the Tab order (one roving stop). The
  // one that holds the stop is done now; the rest in idle-time batches, so a first tap is not
  // kept waiting behind a thousand attribute writes.
  const asButton = (n: NodeItem) => {
    n.el.setAttribute("role", "button");
    if (!n.el.hasAttribute("aria-expanded")) n.el.setAttribute("aria-expanded", "false");
    n.el.setAttribute("aria-controls", "net-panel");
    if (n !== tabStop.current()) n.el.tabIndex = -1;
  };
  const waiting = [...nodes.values()];
  const batch = () => {
    for (const n of waiting.splice(0, 150)) asButton(n);
    if (waiting.length > 0) whenIdle(batch, 200);
  };
  root.classList.add("is-live");
  setView(view, false);
  applyFilters();
  const first = tabStop.current();
  if (first) asButton(first);
  batch();
  lights.prepare();
  prepareWords((work) => whenIdle(work, 2000));
  if (state.actor) {
    // A shared link to an actor: scroll the page to it (the view itself is the one the link names).
    select(state.actor, { now: true });
    revealSelection(nodes.get(state.actor)!.el, matchMedia("(max-width: 59.99rem)").matches ? panel : null);
  }
  // Tests and embeds can tell the island has wired this network.
  root.dataset.ready = "true";
}
