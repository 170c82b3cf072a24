// The network's positions, computed once at build time with d3-force. Deterministic and stable:
// nodes and links are processed in id order (not file order), every node starts at its cluster's
// anchor plus an offset drawn from a hash of its own id, the simulation's random source is seeded,
// and the iteration count is fixed. Adding one actor therefore only nudges its neighbours.

import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3";

export interface LayoutNode {
  id: string;
  /** Nodes of a cluster are pulled toward the same anchor (the country group). */
  cluster: string;
  radius: number;
  /** Extra clearance around the node, e.g. room for the label of a hub in a crowded centre. */
  room?: number;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Anchor of each cluster, as fractions of width and height. Unknown clusters go to the centre. */
  anchors: Readonly<Record<string, readonly [number, number]>>;
  /** Typical distance between neighbouring nodes, in layout units. */
  spacing: number;
  iterations?: number;
  seed?: number;
}

export interface Point {
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  room: number;
  /** How strongly the node is held at its anchor: loosely linked nodes more, so they stay near their group. */
  hold: number;
  ax: number;
  ay: number;
}

/** FNV-1a: a stable 32-bit hash of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function layoutNetwork(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  { width, height, anchors, spacing, iterations = 300, seed = 20250212 }: LayoutOptions,
): Map<string, Point> {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const clusterSize = new Map<string, number>();
  for (const n of sorted) clusterSize.set(n.cluster, (clusterSize.get(n.cluster) ?? 0) + 1);

  const simNodes: SimNode[] = sorted.map((n) => {
    const [fx, fy] = anchors[n.cluster] ?? [0.5, 0.5];
    const ax = fx * width;
    const ay = fy * height;
    const random = seededRandom(hash32(n.id));
    const angle = random() * 2 * Math.PI;
    const reach = spacing * 0.6 * Math.sqrt(clusterSize.get(n.cluster) ?? 1) * Math.sqrt(random());
    return { id: n.id, radius: n.radius, room: n.room ?? 0, hold: 0, ax, ay, x: ax + reach * Math.cos(angle), y: ay + reach * Math.sin(angle) };
  });
  const byId = new Map(simNodes.map((n) => [n.id, n]));

  // Several relations between one pair pull as one link: the layout shows who is connected, the
  // edges drawn later show how often.
  const pairs = new Map<string, { source: string; target: string }>();
  for (const l of links) {
    if (!byId.has(l.source) || !byId.has(l.target) || l.source === l.target) continue;
    const [a, b] = l.source < l.target ? [l.source, l.target] : [l.target, l.source];
    pairs.set(`${a} ${b}`, { source: a, target: b });
  }
  const simLinks = [...pairs.keys()].sort().map((k) => pairs.get(k)!);
  const linkCount = new Map<string, number>();
  for (const l of simLinks) for (const end of [l.source, l.target]) linkCount.set(end, (linkCount.get(end) ?? 0) + 1);
  for (const n of simNodes) n.hold = 0.06 + 0.25 / (1 + (linkCount.get(n.id) ?? 0)) ** 2;

  const margin = spacing * 0.25;
  const simulation = forceSimulation<SimNode>(simNodes)
    .randomSource(seededRandom(seed))
    .force("link", forceLink<SimNode, { source: string | SimNode; target: string | SimNode }>(simLinks).id((d) => d.id).distance(spacing * 0.8))
    .force("charge", forceManyBody<SimNode>().strength(-0.035 * spacing * spacing).distanceMax(spacing * 4))
    .force("x", forceX<SimNode>((d) => d.ax).strength((d) => d.hold))
    .force("y", forceY<SimNode>((d) => d.ay).strength((d) => d.hold * 1.3))
    .force("collide", forceCollide<SimNode>((d) => d.radius + d.room + spacing * 0.12).strength(0.9).iterations(2))
    .stop();

  for (let i = 0; i < iterations; i++) {
    simulation.tick();
    for (const n of simNodes) {
      const pad = n.radius + margin;
      n.x = Math.min(width - pad, Math.max(pad, n.x!));
      n.y = Math.min(height - pad, Math.max(pad, n.y!));
    }
  }

  return fitInto(simNodes, width, height, margin);
}

/**
 * Scale the layout about the centre so it fills the frame: forces leave an uneven margin, and a
 * crowded centre needs every unit of room for labels. The axes may stretch differently, but by no
 * more than a third, so the picture keeps its shape.
 */
function fitInto(nodes: readonly SimNode[], width: number, height: number, margin: number): Map<string, Point> {
  const cx = width / 2;
  const cy = height / 2;
  let kx = Infinity;
  let ky = Infinity;
  for (const n of nodes) {
    const dx = Math.abs(n.x! - cx);
    const dy = Math.abs(n.y! - cy);
    if (dx > 0) kx = Math.min(kx, (cx - n.radius - margin) / dx);
    if (dy > 0) ky = Math.min(ky, (cy - n.radius - margin) / dy);
  }
  kx = Number.isFinite(kx) ? Math.max(kx, 1) : 1;
  ky = Number.isFinite(ky) ? Math.max(ky, 1) : 1;
  const k = Math.min(kx, ky);
  kx = Math.min(kx, k * 1.33);
  ky = Math.min(ky, k * 1.33);
  return new Map(nodes.map((n) => [n.id, { x: cx + (n.x! - cx) * kx, y: cy + (n.y! - cy) * ky }]));
}
