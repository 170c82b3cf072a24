/* Embeds only: apply ?theme=light|dark|auto and ?plain=1 before the first paint. A classic script
   in <head>, loaded from our own origin (no inline script, for a strict CSP). Without JavaScript
   the embed follows the reader's prefers-color-scheme and shows its title. */
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  if (params.get("plain") === "1") root.setAttribute("data-plain", "");
})();
