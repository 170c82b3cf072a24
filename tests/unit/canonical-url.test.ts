// A citation points at the publisher's own address for the page, not at a copy we happened to read.
import { describe, expect, it } from "vitest";
import { nonCanonicalReason, onDomain, siteHost } from "../../src/data/canonical-url.ts";

describe("nonCanonicalReason", () => {
  it.each([
    ["https://www.reuters.com/world/europe/story-2025-03-03/", null],
    ["http://in.reuters.com/article/idINL2N0LO2CB20140219", null],
    ["https://apnews.com/article/abc?page=2", null],
    ["https://stage.example.com/stage/x", "\"stage.\" is a staging or preview host"],
  ])("%s", (url, reason) => {
    expect(nonCanonicalReason(url)).toBe(reason);
  });

  it("rejects what the fact-check found: trailing-dot hosts, :443, staging and feed hosts", () => {
    expect(nonCanonicalReason("https://kyivpost.com./post/1")).toBe("its host ends with a dot");
    expect(nonCanonicalReason("https://eadaily.com.:443/en/news/1")).toBe("it names the default port :443");
    expect(nonCanonicalReason("http://example.com:80/a")).toBe("it names the default port :80");
    expect(nonCanonicalReason("https://uat.apnews.com/article/x")).toBe("\"uat.\" is a staging or preview host");
    expect(nonCanonicalReason("https://rss.newsmax.com/world/x/")).toBe("\"rss.\" is a feed host");
    expect(nonCanonicalReason("https://feeds.lexblog.com/x")).toBe("\"feeds.\" is a feed host");
  });

  it("rejects mobile and AMP copies and tracking parameters, keeps other ports and queries", () => {
    expect(nonCanonicalReason("https://uk.m.wikipedia.org/wiki/X")).toBe("\"m.\" is a mobile or AMP copy");
    expect(nonCanonicalReason("https://mobile.naharnet.com/stories/en/1")).toBe("\"mobile.\" is a mobile or AMP copy");
    expect(nonCanonicalReason("https://example.com/a?utm_source=x")).toBe("it carries the tracking parameter utm_source");
    expect(nonCanonicalReason("https://example.com:8443/a?id=3")).toBeNull();
  });

  it("judges only labels left of the registered domain", () => {
    expect(nonCanonicalReason("https://dev.to/post")).toBeNull();
    expect(nonCanonicalReason("https://m.com/x")).toBeNull();
  });
});

describe("siteHost and onDomain", () => {
  it("drop www. and a trailing dot, and match subdomains only at a dot", () => {
    expect(siteHost("https://www.Reuters.com./x")).toBe("reuters.com");
    expect(onDomain("in.reuters.com", "reuters.com")).toBe(true);
    expect(onDomain("notreuters.com", "reuters.com")).toBe(false);
  });
});
