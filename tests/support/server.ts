// A small static server for the built site, mounted at a base path, as a web host would serve it:
// directories answer with index.html, missing pages with 404.html and status 404, and a directory
// path without its trailing slash redirects to it.

import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** Types a web host compresses on the wire (images and fonts are compressed already). */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".csv", ".svg", ".xml", ".txt"]);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** e.g. http://127.0.0.1:41234/tracker/ */
  root: string;
  close: () => Promise<void>;
  server: Server;
}

/**
 * `gzip`: answer text with Content-Encoding gzip when the browser accepts it, as any production host
 * does — the bench's Lighthouse scores must see the bytes a reader downloads, not the raw files.
 */
export async function serveStatic(dir: string, base = "/", host = "127.0.0.1", options: { gzip?: boolean } = {}): Promise<StaticSite> {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${dir} holds no built site (no index.html): run \`npm run build\` first.`);
  }
  const mount = base.endsWith("/") ? base : `${base}/`;
  const notFound = (res: import("node:http").ServerResponse) => {
    const page = join(dir, "404.html");
    res.writeHead(404, { "Content-Type": TYPES[".html"]! });
    res.end(existsSync(page) ? readFileSync(page) : "Not found");
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(mount)) {
      if (path === mount.slice(0, -1)) {
        res.writeHead(301, { Location: mount });
        return res.end();
      }
      return notFound(res);
    }
    const rel = normalize(path.slice(mount.length));
    if (rel.startsWith("..")) return notFound(res);
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${path}/${url.search}` });
        return res.end();
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const body = readFileSync(file);
    if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      return res.end(gzipSync(body));
    }
    res.writeHead(200, { "Content-Type": type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    root: origin + mount,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
