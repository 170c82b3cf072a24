// What a key means on the timeline, past the arrows that move between events (src/client/roving.ts):
// pure, so the keyboard path (Enter or Space opens the event, Escape closes it, + and − zoom, 0
// shows the whole span) is tested without a browser; the island only carries the command out.

export type TimelineCommand = "open" | "close" | "zoom-in" | "zoom-out" | "whole-span";

/** null: not the timeline's key, so the browser keeps it (Tab, letters, the page's own shortcuts). */
export function timelineKey(key: string): TimelineCommand | null {
  switch (key) {
    case "Enter":
    case " ":
      return "open";
    case "Escape":
      return "close";
    // "=" is the + key without Shift, "_" the − key with it, on most keyboards.
    case "+":
    case "=":
      return "zoom-in";
    case "-":
    case "_":
      return "zoom-out";
    case "0":
      return "whole-span";
    default:
      return null;
  }
}
