// BASE_PATH and SITE_URL are checked before anything is built: anything that is not what it
// claims to be is one line saying what is wrong and what is allowed.
import { describe, expect, it } from "vitest";
import { readSettings } from "../../src/build/settings.ts";

const error = (env: Record<string, string>) => {
  try {
    readSettings(env);
  } catch (e) {
    return (e as Error).message;
  }
  return null;
};
const PATH = 'expected a path: "/" or folders such as "/tracker/", each of letters, digits, . _ ~ or -, starting and ending with "/"';
const URL_EXPECTED = "expected an absolute http or https address such as https://example.org or https://example.org/tracker/";

describe("build settings", () => {
  it("default to the domain root and dist/", () => {
    expect(readSettings({})).toEqual({ site: undefined, base: "/", outDir: "./dist" });
  });

  it("accept a base path and an origin", () => {
    expect(readSettings({ BASE_PATH: "/tracker/", SITE_URL: "https://example.org" })).toEqual({ site: "https://example.org/tracker/", base: "/tracker/", outDir: "./dist" });
    expect(readSettings({ BASE_PATH: "/news/2025/minerals/" }).base).toBe("/news/2025/minerals/");
  });

  it("keep SITE_URL's path: it is where the site is served, so it is the base path too", () => {
    expect(readSettings({ SITE_URL: "https://example.org/tracker" })).toEqual({ site: "https://example.org/tracker/", base: "/tracker/", outDir: "./dist" });
    expect(readSettings({ SITE_URL: "https://example.org/tracker/", BASE_PATH: "/tracker/" }).site).toBe("https://example.org/tracker/");
  });

  it("refuse a BASE_PATH that is not a path on this site", () => {
    expect(error({ BASE_PATH: "//evil.example/" })).toBe(`BASE_PATH="//evil.example/" starts with "//", which a browser reads as the address of another site (${PATH})`);
    expect(error({ BASE_PATH: "https://evil.example/" })).toBe(`BASE_PATH="https://evil.example/" does not start with "/" (${PATH})`);
    expect(error({ BASE_PATH: "/tracker" })).toBe(`BASE_PATH="/tracker" does not end with "/" (${PATH})`);
    expect(error({ BASE_PATH: "/a/../b/" })).toBe(`BASE_PATH="/a/../b/" has a "." or ".." folder (${PATH})`);
    expect(error({ BASE_PATH: '/"><script>/' })).toBe(`BASE_PATH="/\\"><script>/" has the folder name "\\"><script>", with characters that would need escaping in a URL (${PATH})`);
    expect(error({ BASE_PATH: "/a//b/" })).toBe(`BASE_PATH="/a//b/" has an empty folder name ("//") (${PATH})`);
  });

  it("refuse a SITE_URL that is not an http(s) origin with an optional path", () => {
    expect(error({ SITE_URL: "example.org" })).toBe(`SITE_URL="example.org" is not an absolute URL (${URL_EXPECTED})`);
    expect(error({ SITE_URL: "javascript:alert(1)" })).toBe(`SITE_URL="javascript:alert(1)" uses javascript:, not http or https (${URL_EXPECTED})`);
    expect(error({ SITE_URL: "https://user:pw@example.org" })).toBe(`SITE_URL="https://user:pw@example.org" has a user name or password in it (${URL_EXPECTED}, without credentials)`);
    expect(error({ SITE_URL: "https://example.org/?utm=x" })).toBe(`SITE_URL="https://example.org/?utm=x" has a query (?…) (${URL_EXPECTED}, without a query)`);
    expect(error({ SITE_URL: "https://example.org/#top" })).toBe(`SITE_URL="https://example.org/#top" has a fragment (#…) (${URL_EXPECTED}, without a fragment)`);
    expect(error({ SITE_URL: "https://example.org/a b/" })).toBe(`SITE_URL="https://example.org/a b/" has a path that has the folder name "a%20b", with characters that would need escaping in a URL (${URL_EXPECTED})`);
    expect(error({ SITE_URL: "https:/example.org" })).toBe(`SITE_URL="https:/example.org" is not written as scheme://host (${URL_EXPECTED})`);
  });

  it("refuse a BASE_PATH that contradicts SITE_URL's path", () => {
    expect(error({ SITE_URL: "https://example.org/news/", BASE_PATH: "/tracker/" })).toBe(
      'BASE_PATH="/tracker/" differs from the path /news/ of SITE_URL="https://example.org/news/" (expected BASE_PATH unset, or the same path as SITE_URL\'s (/news/))',
    );
  });
});
