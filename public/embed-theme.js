/* Embeds only: apply the embed code's options before the first paint. A classic script in <head>,
   loaded from our own origin (no inline script, for a strict CSP). Without JavaScript the embed
   follows the reader's prefers-color-scheme, shows its title, and its links open in the top window.
     ?theme=light|dark   force a theme (default: the reader's setting)
     ?plain=1            hide the title and takeaway from sight (the article has its own)
     ?transparent=1      no background of its own
     ?target=blank       links open in a new tab instead of the article's window */
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  if (params.get("plain") === "1") root.setAttribute("data-plain", "");
  if (params.get("transparent") === "1") root.setAttribute("data-transparent", "");
  if (params.get("target") !== "blank") return;
  root.setAttribute("data-link-target", "_blank");
  var base = document.querySelector("base");
  if (base) base.setAttribute("target", "_blank");
  // Links written with target="_top" (those in drawings, which <base> does not reach) follow too:
  // all of them once the page is parsed, and any added later at the moment they are clicked.
  function retarget(a) {
    if (a.getAttribute("target") === "_top") a.setAttribute("target", "_blank");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var links = document.querySelectorAll('a[target="_top"]');
    for (var i = 0; i < links.length; i++) retarget(links[i]);
  });
  document.addEventListener(
    "click",
    function (event) {
      var a = event.target && event.target.closest ? event.target.closest("a[target]") : null;
      if (a) retarget(a);
    },
    true,
  );
})();
