// Deferred work in the network view: history writes keep their order, details are asked for once.
import { describe, expect, it } from "vitest";
import { onceEach, writeQueue } from "../../src/views/network/network-later.ts";

describe("history writes after the frame", () => {
  it("run in the order they were queued, all in one scheduled turn", () => {
    const turns: (() => void)[] = [];
    const q = writeQueue((run) => turns.push(run));
    const log: string[] = [];
    q.soon(() => log.push("settle the view's address"));
    q.soon(() => log.push("push the opened actor"));
    expect(log).toEqual([]);
    expect(turns).toHaveLength(1);
    turns[0]!();
    expect(log).toEqual(["settle the view's address", "push the opened actor"]);
  });

  it("flush writes what is queued at once, so a later write (closing) lands after it", () => {
    const turns: (() => void)[] = [];
    const q = writeQueue((run) => turns.push(run));
    const log: string[] = [];
    q.soon(() => log.push("open"));
    q.flush();
    log.push("close");
    turns[0]!();
    expect(log).toEqual(["open", "close"]);
  });
});

describe("an actor's details", () => {
  it("are requested once however often the actor is chosen", async () => {
    const asked: string[] = [];
    const details = onceEach(async (id) => (asked.push(id), { id }));
    const [a, b] = await Promise.all([details.get("act-a"), details.get("act-a")]);
    expect(a).toBe(b);
    await expect(details.get("act-a")).resolves.toBe(a);
    expect(asked).toEqual(["act-a"]);
  });

  it("are asked for again after a failed request", async () => {
    let fail = true;
    let asked = 0;
    const details = onceEach(async (id) => {
      asked++;
      if (fail) throw new Error("offline");
      return id;
    });
    await expect(details.get("act-a")).rejects.toThrow("offline");
    await Promise.resolve();
    fail = false;
    await expect(details.get("act-a")).resolves.toBe("act-a");
    expect(asked).toBe(2);
  });
});
