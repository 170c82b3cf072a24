// Work a tap does not wait for: history writes and the actor's details, started after the frame
// that answers the tap. Pure over an injected scheduler and loader, so the order of writes and the
// one-request-per-actor rule are tested without a browser.

/**
 * Writes queued for `schedule` (the island: just after the next frame), run in the order they
 * came; `flush` runs what is queued now, for a write that must follow them.
 */
export function writeQueue(schedule: (run: () => void) => void): { soon: (write: () => void) => void; flush: () => void } {
  let queue: (() => void)[] = [];
  const flush = () => {
    const queued = queue;
    queue = [];
    for (const write of queued) write();
  };
  return {
    soon(write) {
      queue.push(write);
      if (queue.length === 1) schedule(flush);
    },
    flush,
  };
}

/** One request per key while it is pending or done; a failed one is asked again next time. */
export function onceEach<T>(load: (key: string) => Promise<T>): { get: (key: string) => Promise<T> } {
  const cache = new Map<string, Promise<T>>();
  return {
    get(key) {
      let p = cache.get(key);
      if (!p) {
        p = load(key);
        cache.set(key, p);
        p.catch(() => cache.delete(key));
      }
      return p;
    },
  };
}
