// What the header's search box needs once a reader starts to search: the Pagefind wrapper and the
// result list. site-search.ts loads this on the first focus, with Pagefind itself, so a page that
// is only read downloads none of it.
export { loadPagefind, search } from "./pagefind.ts";
export { plural, resultItem } from "./render.ts";
