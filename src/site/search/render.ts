// One search result as a list item: type, date, title link and excerpt. Built with DOM calls, and
// the excerpt's <mark> highlighting is copied element by element, so nothing from the index is
// ever inserted as HTML.

import { formatPartialDate } from "../../data/dates.ts";
import type { ResultData } from "./pagefind.ts";

export function resultType(data: ResultData): string {
  return data.meta.type || "Page";
}

function excerptNodes(excerpt: string): Node[] {
  // DOMParser builds an inert document: no script runs and nothing loads.
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body;
  const nodes: Node[] = [];
  for (const node of parsed.querySelector("p")?.childNodes ?? []) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return nodes;
}

export function resultItem(data: ResultData, { excerpt = true } = {}): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "search-result";
  const meta = document.createElement("p");
  meta.className = "search-result__meta";
  const tag = document.createElement("span");
  tag.className = "tag";
  tag.textContent = resultType(data);
  meta.append(tag);
  if (data.meta.date) {
    const time = document.createElement("time");
    time.dateTime = data.meta.date;
    time.textContent = formatPartialDate(data.meta.date);
    meta.append(" ", time);
  }
  if (data.meta.publisher) meta.append(` · ${data.meta.publisher}`);
  const link = document.createElement("a");
  link.href = data.url;
  link.className = "search-result__title";
  link.textContent = data.meta.title || data.url;
  li.append(meta, link);
  if (excerpt && data.excerpt) {
    const p = document.createElement("p");
    p.className = "search-result__excerpt";
    p.append(...excerptNodes(data.excerpt));
    li.append(p);
  }
  return li;
}

export { plural } from "../../data/words.ts";
