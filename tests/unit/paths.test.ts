import { describe, expect, it } from "vitest";
import { href } from "../../src/site/paths.ts";
import { safeExternalUrl } from "../../src/site/safe-url.ts";

describe("internal links", () => {
  it("respect the base path", () => {
    expect(href("/events/x/", "/")).toBe("/events/x/");
    expect(href("/events/x/", "/tracker/")).toBe("/tracker/events/x/");
    expect(href("sources/#src-a", "/tracker")).toBe("/tracker/sources/#src-a");
  });
});

describe("links from data", () => {
  it("are only ever http or https", () => {
    expect(safeExternalUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(safeExternalUrl("javascript:alert(1)")).toBeNull();
    expect(safeExternalUrl("data:text/html,hi")).toBeNull();
    expect(safeExternalUrl("/relative")).toBeNull();
    expect(safeExternalUrl("")).toBeNull();
    expect(safeExternalUrl("https://kyivindependent.com@evil.example/")).toBeNull();
  });
});
