// Inside /embed/<id>/: tell the page around us how tall we are, on load, on resize and whenever the
// content changes (the table opened, fonts arrived), so the iframe never scrolls or leaves a gap.
// Pym.js's parent knows us by the childId it puts in our URL; our loader does the same.
import { ampEmbedSize, parsePymMessage, pymMessage } from "./embed-messages.ts";

const framed = window.parent !== window;
const childId = new URLSearchParams(location.search).get("childId");
let lastSent = -1;

function contentHeight(): number {
  return Math.ceil(document.body.getBoundingClientRect().height);
}

function sendHeight(force = false): void {
  const height = contentHeight();
  if (!framed || (height === lastSent && !force)) return;
  lastSent = height;
  // Only our height goes out, and it is no secret: any page may frame us, so no target origin.
  if (childId) window.parent.postMessage(pymMessage(childId, "height", String(height)), "*");
  window.parent.postMessage(ampEmbedSize(height), "*");
}

let queued = false;
function queueHeight(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    sendHeight();
  });
}

if (framed) {
  new ResizeObserver(queueHeight).observe(document.body);
  addEventListener("resize", queueHeight);
  addEventListener("load", () => sendHeight(true));
  // Pym's parent sends our width when its window resizes and expects our height back.
  addEventListener("message", (event) => {
    if (event.source !== window.parent || !childId) return;
    if (parsePymMessage(event.data, childId)?.type === "width") sendHeight(true);
  });
  sendHeight(true);
}
