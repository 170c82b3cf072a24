// /minerals/ used to hold the tables of every mineral row; links to "/minerals/#<row id>" made then
// (in articles, bookmarks) still arrive here. A row id this page does not hold is forwarded to the
// same row on /minerals/figures/, so those addresses keep leading to their row.
const rowsPage = document.querySelector<HTMLElement>("[data-rows-page]")?.dataset.rowsPage;

function forward(): void {
  const target = decodeURIComponent(location.hash.slice(1));
  if (rowsPage && /^(ms|fig|dep|term|plc)-[a-z0-9-]+$/.test(target) && !document.getElementById(target)) {
    location.replace(`${rowsPage}#${target}`);
  }
}

forward();
addEventListener("hashchange", forward);
