// The events feed's document builder: every value escaped, stable ids, entries in the order given.
import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { atomFeed, nameUuid } from "../../src/site/atom.ts";
import { element, escapeMarkup } from "../../src/site/markup.ts";

const nasty = `Tom & Jerry's <script>alert("x")</script> \u0001 ]]>`;
const feed = atomFeed({
  id: nameUuid("feed"),
  title: nasty,
  link: "/timeline/",
  self: "/feed.xml",
  updated: "2026-01-01T00:00:00Z",
  author: "A & B",
  entries: [
    { id: nameUuid("a"), title: nasty, link: "/events/a/?x=1&y=2", published: "2025-03-03T00:00:00Z", updated: "2025-03-03T00:00:00Z", summary: nasty, contentHtml: element("p", {}, nasty).markup, categories: [{ term: "t", label: "R & D" }] },
    { id: nameUuid("b"), title: "second", link: "/events/b/", published: "2025-01-01T00:00:00Z", updated: "2025-01-01T00:00:00Z", summary: "s" },
  ],
});

describe("atomFeed", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(feed).not.toContain("<script>");
    expect(feed).not.toContain("\u0001");
    expect(feed).toContain("Tom &amp; Jerry&#39;s &lt;script&gt;");
    expect(feed).toContain('href="/events/a/?x=1&amp;y=2"');
  });

  it("reads back as the same text once parsed", () => {
    const doc = new DOMParser().parseFromString(feed, "text/xml");
    const entries = doc.querySelectorAll("entry");
    expect(entries.length).toBe(2);
    expect(entries[0]!.querySelector("title")!.textContent).toBe(nasty.replace("\u0001", ""));
    expect(entries[1]!.querySelector("title")!.textContent).toBe("second");
    // A nested element (the author's name) is escaped once, not twice; so are attribute values
    // (checked as markup: linkedom's XML parser does not decode entities in attributes).
    expect(doc.querySelector("author name")!.textContent).toBe("A & B");
    expect(feed).toContain('<category term="t" label="R &amp; D"/>');
    // type="html" content is HTML escaped once more: parsed, it is the escaped HTML string.
    expect(entries[0]!.querySelector("content")!.textContent).toContain("&lt;script&gt;");
  });
});

describe("nameUuid", () => {
  it("is a version-5 urn:uuid, different across names, and the same in every release", () => {
    expect(nameUuid("event:evt-a")).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid("event:evt-a")).not.toBe(nameUuid("event:evt-b"));
    // Feed readers know entries by these ids: were they to change between releases, every reader
    // would see the whole feed again as new. These are the ids published since the first release.
    expect(nameUuid("feed:events")).toBe("urn:uuid:f5d0152d-121e-50e5-a6ae-afae3c8a64c4");
    expect(nameUuid("event:evt-2025-02-12-trump-putin-call")).toBe("urn:uuid:bbb81e9e-3e21-56b7-bf93-434e7977fc12");
  });
});

describe("escapeMarkup and element()", () => {
  it("escapes all five specials and drops the control characters XML forbids", () => {
    expect(escapeMarkup(`<a href="x">'&'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("escapes attribute values and text, and nests elements without escaping them again", () => {
    const link = element("a", { href: '/x?a=1&b="2"', title: undefined }, "<b>R&D</b>");
    expect(link.markup).toBe('<a href="/x?a=1&amp;b=&quot;2&quot;">&lt;b&gt;R&amp;D&lt;/b&gt;</a>');
    expect(element("p", {}, "Read: ", link).markup).toBe('<p>Read: <a href="/x?a=1&amp;b=&quot;2&quot;">&lt;b&gt;R&amp;D&lt;/b&gt;</a></p>');
  });

  it("closes itself only when it has no content at all", () => {
    expect(element("link", { rel: "self" }).markup).toBe('<link rel="self"/>');
    expect(element("script", { src: "/embed.js" }, "").markup).toBe('<script src="/embed.js"></script>');
  });
});
