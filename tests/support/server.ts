// A small static server for the built site, mounted at a base path, as a web host would serve it:
// directories answer with index.html, missing pages with 404.html and status 404, and a directory
// path without its trailing slash redirects to it.

import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";

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

export async function serveStatic(dir: string, base = "/", host = "127.0.0.1"): Promise<StaticSite> {
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
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
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
