// Work the reader does not need this instant waits for an idle moment, so a tap or key that
// arrives first is answered first. Where the browser has no requestIdleCallback (Safari), a
// timeout stands in; either way the work runs within `timeout` ms.

export function whenIdle(work: (deadline?: IdleDeadline) => void, timeout = 300): number {
  if (typeof requestIdleCallback === "function") return requestIdleCallback((deadline) => work(deadline), { timeout });
  return window.setTimeout(work, 1);
}

export function cancelIdle(handle: number): void {
  if (!handle) return;
  if (typeof cancelIdleCallback === "function") cancelIdleCallback(handle);
  else clearTimeout(handle);
}
