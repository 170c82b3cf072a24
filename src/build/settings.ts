// The build's settings come from the environment (README, "Environment variables") and are checked
// before anything runs: a value that is not what it claims to be stops the build with one line
// saying what is wrong and what is allowed. BASE_PATH=//evil.example/ once built a site whose
// every asset and link pointed to another host, and odd values crashed later with a stack trace.

export interface BuildSettings {
  /** The public address of the site's root (origin and base path), when SITE_URL is set. */
  site: string | undefined;
  /** The path the site is served under: "/" or "/segment/…/". */
  base: string;
  /** Where the build writes, as given (resolved against the project folder by Astro). */
  outDir: string;
}

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

/** A folder name in a URL path: unreserved characters only, so it needs no escaping anywhere. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const PATH_EXPECTED = 'a path: "/" or folders such as "/tracker/", each of letters, digits, . _ ~ or -, starting and ending with "/"';

/** Why a path is not "/" or "/segment/…/", or null. */
function basePathProblem(path: string, endsWithSlash = true): string | null {
  if (path.startsWith("//")) return 'starts with "//", which a browser reads as the address of another site';
  if (!path.startsWith("/")) return 'does not start with "/"';
  if (endsWithSlash && !path.endsWith("/")) return 'does not end with "/"';
  const segments = path.split("/").slice(1, endsWithSlash ? -1 : undefined);
  if (segments.some((s) => s === "")) return 'has an empty folder name ("//")';
  if (segments.some((s) => s === "." || s === "..")) return 'has a "." or ".." folder';
  const bad = segments.find((s) => !SEGMENT.test(s));
  if (bad !== undefined) return `has the folder name ${JSON.stringify(bad)}, with characters that would need escaping in a URL`;
  return null;
}

const line = (name: string, value: string, problem: string, expected: string) =>
  `${name}=${JSON.stringify(value)} ${problem} (expected ${expected})`;

/** Check SITE_URL, BASE_PATH and OUT_DIR; throws SettingsError with one line on the first problem. */
export function readSettings(env: Record<string, string | undefined>): BuildSettings {
  const rawBase = env.BASE_PATH ?? "";
  const rawSite = env.SITE_URL ?? "";
  const rawOut = env.OUT_DIR ?? "";

  if (rawBase !== "") {
    const problem = basePathProblem(rawBase);
    if (problem) throw new SettingsError(line("BASE_PATH", rawBase, problem, PATH_EXPECTED));
  }

  let site: string | undefined;
  let base = rawBase || "/";
  if (rawSite !== "") {
    const expected = "an absolute http or https address such as https://example.org or https://example.org/tracker/";
    let url: URL;
    try {
      url = new URL(rawSite);
    } catch {
      throw new SettingsError(line("SITE_URL", rawSite, "is not an absolute URL", expected));
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new SettingsError(line("SITE_URL", rawSite, `uses ${url.protocol}, not http or https`, expected));
    if (url.username || url.password) throw new SettingsError(line("SITE_URL", rawSite, "has a user name or password in it", `${expected}, without credentials`));
    if (url.search || rawSite.includes("?")) throw new SettingsError(line("SITE_URL", rawSite, "has a query (?…)", `${expected}, without a query`));
    if (url.hash || rawSite.includes("#")) throw new SettingsError(line("SITE_URL", rawSite, "has a fragment (#…)", `${expected}, without a fragment`));
    if (!/^https?:\/\/[^/]/i.test(rawSite)) throw new SettingsError(line("SITE_URL", rawSite, "is not written as scheme://host", expected));
    // The path is kept: https://example.org/tracker/ serves the site under /tracker/, so it is the
    // base path too. A path without its final slash still names that folder.
    const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
    const problem = basePathProblem(path);
    if (problem) throw new SettingsError(line("SITE_URL", rawSite, `has a path that ${problem}`, expected));
    if (path !== "/" && rawBase !== "" && rawBase !== path) {
      throw new SettingsError(line("BASE_PATH", rawBase, `differs from the path ${path} of SITE_URL=${JSON.stringify(rawSite)}`, `BASE_PATH unset, or the same path as SITE_URL's (${path})`));
    }
    if (path !== "/") base = path;
    site = url.origin + base;
  }

  if (rawOut !== "" && (rawOut.trim() !== rawOut || /[\0\n\r]/.test(rawOut))) {
    throw new SettingsError(line("OUT_DIR", rawOut, "has spaces at either end or a control character", "a folder path such as dist or /tmp/site"));
  }
  // Where "Report an error" goes when there is no repository to open an issue in (src/site/report-error.ts).
  const rawEmail = env.CORRECTIONS_EMAIL ?? "";
  if (rawEmail !== "" && !isPlainEmail(rawEmail)) {
    throw new SettingsError(line("CORRECTIONS_EMAIL", rawEmail, "is not a plain e-mail address", "an address such as corrections@example.org, with no name, spaces or ?query"));
  }
  return { site, base, outDir: rawOut || "./dist" };
}

/** name@host.tld and nothing else: it becomes a mailto: link on every page. */
export function isPlainEmail(value: string): boolean {
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(value) && value.length <= 254;
}
