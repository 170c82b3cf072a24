// What a key means in the network drawing: pure, so the keyboard path (arrows move between actors,
// Shift+arrows pan, Enter opens, Escape closes, + and − zoom, 0 resets, Home goes to the first
// actor) is tested without a browser; the island only carries the command out.

import { ARROWS } from "./network-pick.ts";

export type KeyCommand =
  | { do: "pan"; dir: [number, number] }
  | { do: "move"; dir: [number, number] }
  | { do: "toggle" }
  | { do: "close" }
  | { do: "zoom"; factor: number }
  | { do: "reset" }
  | { do: "first" };

/** One zoom step by key or button. */
export const ZOOM_STEP = 1.5;

/** `onActor`: the key was pressed on an actor (not elsewhere in the drawing). null: not ours. */
export function keyCommand(key: string, shift: boolean, onActor: boolean): KeyCommand | null {
  const dir = ARROWS[key];
  if (dir && shift) return { do: "pan", dir };
  if (dir) return onActor ? { do: "move", dir } : null;
  if (key === "Enter" || key === " ") return onActor ? { do: "toggle" } : null;
  if (key === "Escape") return { do: "close" };
  if (key === "+" || key === "=") return { do: "zoom", factor: ZOOM_STEP };
  if (key === "-" || key === "_") return { do: "zoom", factor: 1 / ZOOM_STEP };
  if (key === "0") return { do: "reset" };
  if (key === "Home") return onActor ? { do: "first" } : null;
  return null;
}
