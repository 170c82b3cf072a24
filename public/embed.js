/*! Sanctions & Minerals Tracker embed loader. MIT. No dependencies.
 * Turns each <div data-smt-embed="…/embed/<id>/" data-smt-heights="300:812 640:700 …"> into an
 * iframe as tall as the chart will be in that column, then as tall as the chart reports (Pym.js or
 * AMP messages, only from its own frame and origin, while that frame still shows the embed). No
 * message can navigate, scroll or script this page. If the chart never reports (a CSP blocks the
 * frame), the fallback link comes back with a note. See the project's README.
 */
(function () {
  "use strict";
  var MAX_HEIGHT = 50000;
  // How long a frame may take to report: after it loaded, after it came into view.
  var WAIT_AFTER_LOAD = 3000;
  var WAIT_IN_VIEW = 10000;
  var SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads";
  var state = window.SMTEmbed;
  if (!state) {
    state = window.SMTEmbed = { frames: [], count: 0, scan: scan };
    window.addEventListener("message", onMessage, false);
    // Until a frame reports, keep its reserved height right for its column.
    window.addEventListener("resize", function () {
      for (var i = 0; i < state.frames.length; i++) if (!state.frames[i].reported) reserve(state.frames[i]);
    }, false);
  }
  scan();

  function scan() {
    var found = document.querySelectorAll("[data-smt-embed]:not([data-smt-loaded])");
    for (var i = 0; i < found.length; i++) load(found[i]);
  }

  function samples(text) {
    var out = [];
    var parts = (text || "").split(/\s+/);
    for (var i = 0; i < parts.length; i++) {
      var m = /^(\d{2,5}):(\d{1,5})$/.exec(parts[i]);
      if (m) out.push([Number(m[1]), Number(m[2])]);
    }
    return out.sort(function (a, b) { return a[0] - b[0]; });
  }

  // The chart's height in this column, interpolated between the build's samples.
  function predicted(frame) {
    var s = frame.samples;
    var w = frame.el.getBoundingClientRect().width;
    if (s.length === 0 || !w) return frame.height;
    if (s.length === 1 || w <= s[0][0]) return s[0][1];
    for (var i = 1; i < s.length - 1 && w > s[i][0]; i++);
    var a = s[i - 1];
    var b = s[i];
    return Math.round(a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0]));
  }

  function reserve(frame) {
    var h = predicted(frame);
    if (h > 0 && h <= MAX_HEIGHT) frame.iframe.style.height = h + "px";
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
    // loading, then shown or fallback: for the host's stylesheet to follow.
    el.setAttribute("data-smt-state", "loading");
    var id = "smt-" + ++state.count + "-" + Math.random().toString(36).slice(2, 8);
    url.searchParams.set("childId", id);
    var link = el.querySelector("a");
    var iframe = document.createElement("iframe");
    iframe.src = url.href;
    iframe.title = el.getAttribute("data-smt-title") || (link && link.textContent) || "Chart";
    iframe.setAttribute("scrolling", "no");
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("referrerpolicy", "no-referrer");
    // Scripts on its own origin; links leave the frame only when clicked. No forms, no redirects.
    iframe.setAttribute("sandbox", SANDBOX);
    iframe.style.cssText = "display:block;width:100%;min-width:100%;border:0;margin:0;padding:0";
    var height = parseInt(el.getAttribute("data-smt-height"), 10);
    // The fallback is kept, to come back if the chart never reports.
    var saved = document.createDocumentFragment();
    while (el.firstChild) saved.appendChild(el.firstChild);
    el.appendChild(iframe);
    var frame = {
      id: id, iframe: iframe, el: el, origin: url.origin, saved: saved, note: null,
      samples: samples(el.getAttribute("data-smt-heights")),
      height: height > 0 && height < MAX_HEIGHT ? height : 480,
      reported: false, loaded: false, gone: false, deadline: 0, timer: 0,
    };
    reserve(frame);
    state.frames.push(frame);
    iframe.addEventListener("load", function () {
      // Another page loaded after the chart reported is not our embed: stop listening.
      if (frame.loaded && frame.reported) frame.gone = true;
      frame.loaded = true;
      if (!frame.reported) wait(frame, WAIT_AFTER_LOAD);
    }, false);
    if (window.IntersectionObserver) {
      var seen = new IntersectionObserver(function (entries) {
        if (!entries[entries.length - 1].isIntersecting) return;
        seen.disconnect();
        if (!frame.reported) wait(frame, WAIT_IN_VIEW);
      });
      seen.observe(el);
    } else {
      wait(frame, WAIT_IN_VIEW);
    }
  }

  function wait(frame, ms) {
    var deadline = Date.now() + ms;
    if (frame.timer && frame.deadline <= deadline) return;
    clearTimeout(frame.timer);
    frame.deadline = deadline;
    frame.timer = setTimeout(function () {
      if (!frame.reported) giveUp(frame);
    }, ms);
  }

  function giveUp(frame) {
    if (frame.note) return;
    var note = document.createElement("span");
    note.setAttribute("data-smt-fallback", "");
    note.appendChild(document.createTextNode("The chart could not be shown here: "));
    note.appendChild(frame.saved);
    frame.note = note;
    frame.iframe.style.height = "0";
    frame.el.insertBefore(note, frame.iframe);
    frame.el.setAttribute("data-smt-state", "fallback");
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
        if (event.origin !== frame.origin || frame.gone) return;
        var height = heightFrom(event.data, frame.id);
        if (height === null) return;
        frame.reported = true;
        clearTimeout(frame.timer);
        // A late report (slow network): the chart wins over the fallback.
        if (frame.note) {
          frame.el.removeChild(frame.note);
          frame.note = null;
        }
        frame.iframe.style.height = height + "px";
        frame.el.setAttribute("data-smt-state", "shown");
        return;
      }
    }
  }
})();
