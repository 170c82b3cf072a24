/*! Sanctions & Minerals Tracker embed loader. Plain JS, no dependencies, MIT.
 *
 * Turns every placeholder
 *   <div data-smt-embed="https://…/embed/<chart-id>/" data-smt-title="…" data-smt-height="480">
 *     <a href="https://…/timeline/">fallback link</a>
 *   </div>
 * into an iframe that takes the height the embedded page reports (Pym.js or AMP message format).
 * Only iframes this script created are listened to (event.source), only a sane number is used,
 * and no message can make this page navigate, scroll or run anything.
 * Include it once or once per snippet: every run picks up placeholders not yet loaded.
 */
(function () {
  "use strict";
  var MAX_HEIGHT = 50000;
  var SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads";
  var state = window.SMTEmbed;
  if (!state) {
    state = window.SMTEmbed = { frames: [], count: 0, scan: scan };
    window.addEventListener("message", onMessage, false);
  }
  scan();

  function scan() {
    var found = document.querySelectorAll("[data-smt-embed]:not([data-smt-loaded])");
    for (var i = 0; i < found.length; i++) load(found[i]);
  }

  function load(el) {
    var url;
    try {
      url = new URL(el.getAttribute("data-smt-embed"), document.baseURI);
    } catch (e) {
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return;
    el.setAttribute("data-smt-loaded", "");
    var id = "smt-" + ++state.count + "-" + Math.random().toString(36).slice(2, 8);
    url.searchParams.set("childId", id);
    var link = el.querySelector("a");
    var iframe = document.createElement("iframe");
    iframe.src = url.href;
    iframe.title = el.getAttribute("data-smt-title") || (link && link.textContent) || "Chart";
    iframe.setAttribute("scrolling", "no");
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("referrerpolicy", "no-referrer");
    // The chart needs its scripts and its own origin (for its files); links may leave the frame
    // only when the reader clicks them. Nothing else: no forms, no pop-unders, no top redirects.
    iframe.setAttribute("sandbox", SANDBOX);
    iframe.style.cssText = "display:block;width:100%;min-width:100%;border:0;margin:0;padding:0";
    var height = parseInt(el.getAttribute("data-smt-height"), 10);
    iframe.style.height = (height > 0 && height < MAX_HEIGHT ? height : 480) + "px";
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(iframe);
    state.frames.push({ id: id, iframe: iframe });
  }

  function heightFrom(data, id) {
    var value = null;
    if (typeof data === "string") {
      var m = /^pymxPYMx(.+?)xPYMxheightxPYMx(\d{1,6})$/.exec(data);
      if (m && m[1] === id) value = Number(m[2]);
    } else if (data && typeof data === "object" && data.sentinel === "amp" && data.type === "embed-size") {
      value = typeof data.height === "number" ? data.height : /^\d{1,6}$/.test(data.height) ? Number(data.height) : null;
    }
    return value !== null && isFinite(value) && value > 0 && value <= MAX_HEIGHT ? Math.ceil(value) : null;
  }

  function onMessage(event) {
    for (var i = 0; i < state.frames.length; i++) {
      var frame = state.frames[i];
      if (!frame.iframe.isConnected) {
        state.frames.splice(i--, 1);
      } else if (event.source && event.source === frame.iframe.contentWindow) {
        var height = heightFrom(event.data, frame.id);
        if (height !== null) frame.iframe.style.height = height + "px";
        return;
      }
    }
  }
})();
