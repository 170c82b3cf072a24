// Is a URL the page's canonical address? Citations must point where the publisher keeps the page
// for readers, not at a copy that happened to be crawled: staging servers, feed hosts, mobile or
// AMP mirrors, addresses with a default port or a trailing dot, tracking parameters.

/** Host labels that mark a non-public or duplicate copy of a site. */
const STAGING = /^(?:uat|stage|staging|stg|dev|test|qa|preprod|preview|sandbox)\d*$/;
const FEED = /^(?:feeds?|rss|feedproxy)$/;
const MOBILE = /^(?:m|mobile|amp)$/;
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;
const DEFAULT_PORT: Record<string, string> = { "http:": "80", "https:": "443" };

/** Why `value` is not a canonical page address, or null when it is one. */
export function nonCanonicalReason(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null; // not a URL at all: the schema's uri check reports it
  }
  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(value)?.[1] ?? "";
  const hostPart = authority.replace(/^.*@/, "");
  // new URL() drops a default port and keeps a trailing dot; read both from the text itself.
  const port = /:(\d+)$/.exec(hostPart)?.[1];
  if (port !== undefined && port === DEFAULT_PORT[url.protocol]) return `it names the default port :${port}`;
  const host = hostPart.replace(/:\d+$/, "").toLowerCase();
  if (host.endsWith(".")) return "its host ends with a dot";
  const labels = host.split(".");
  // Only labels left of the registered domain count: "stage.example.com", not "stage.com".
  const sub = labels.slice(0, -2);
  const staging = sub.find((l) => STAGING.test(l));
  if (staging) return `"${staging}." is a staging or preview host`;
  const feed = sub.find((l) => FEED.test(l));
  if (feed || host === "feedproxy.google.com") return `"${feed ?? "feedproxy"}." is a feed host`;
  const mobile = sub.find((l) => MOBILE.test(l));
  if (mobile) return `"${mobile}." is a mobile or AMP copy`;
  const tracking = [...url.searchParams.keys()].find((k) => TRACKING.test(k));
  if (tracking) return `it carries the tracking parameter ${tracking}`;
  return null;
}

/** The host of a URL without "www." and without a trailing dot, or null if it has none. */
export function siteHost(value: string): string | null {
  try {
    const host = new URL(value).hostname.toLowerCase().replace(/\.$/, "");
    return host.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** True when `host` is `domain` or one of its subdomains. */
export function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
