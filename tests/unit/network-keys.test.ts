// The network's keyboard path: what each key does on an actor and elsewhere in the drawing.
import { describe, expect, it } from "vitest";
import { keyCommand } from "../../src/views/network/network-keys.ts";

describe("keys in the network drawing", () => {
  it("arrows move to the actor that way, and with Shift pan the view", () => {
    expect(keyCommand("ArrowRight", false, true)).toEqual({ do: "move", dir: [1, 0] });
    expect(keyCommand("ArrowUp", true, true)).toEqual({ do: "pan", dir: [0, -1] });
    // Shift+arrows pan wherever the focus is; plain arrows need an actor to start from.
    expect(keyCommand("ArrowLeft", true, false)).toEqual({ do: "pan", dir: [-1, 0] });
    expect(keyCommand("ArrowLeft", false, false)).toBeNull();
  });

  it("Enter and Space open or close an actor's details; Escape closes them anywhere", () => {
    expect(keyCommand("Enter", false, true)).toEqual({ do: "toggle" });
    expect(keyCommand(" ", false, true)).toEqual({ do: "toggle" });
    expect(keyCommand("Enter", false, false)).toBeNull();
    expect(keyCommand("Escape", false, false)).toEqual({ do: "close" });
  });

  it("+ and − zoom by the same step both ways, 0 resets, Home goes to the first actor", () => {
    const zoomIn = keyCommand("+", false, true);
    const zoomOut = keyCommand("-", false, false);
    expect(zoomIn?.do).toBe("zoom");
    expect(zoomOut?.do).toBe("zoom");
    if (zoomIn?.do === "zoom" && zoomOut?.do === "zoom") expect(zoomIn.factor * zoomOut.factor).toBeCloseTo(1);
    expect(keyCommand("=", false, true)).toEqual(zoomIn);
    expect(keyCommand("0", false, false)).toEqual({ do: "reset" });
    expect(keyCommand("Home", false, true)).toEqual({ do: "first" });
  });

  it("leaves other keys (Tab, letters) to the page", () => {
    expect(keyCommand("Tab", false, true)).toBeNull();
    expect(keyCommand("a", false, true)).toBeNull();
  });
});
