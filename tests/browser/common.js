// Shared helpers for the browser tests: Debian's Chromium through playwright-core (never a
// downloaded browser), the sites built by build-sites.sh, and a guard that counts every request
// that would leave the machine.
import { chromium } from "playwright-core";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fs from "node:fs";
import http from "node:http";

export const SHIPPED = process.env.HAVEN_SHIPPED_OUT;
export const FIXTURE = process.env.HAVEN_FIXTURE_OUT;
if (!SHIPPED || !FIXTURE) {
  throw new Error("run through tests/browser/run.sh, which builds the sites first");
}

/** The fixture campaign's neutral exit site (served by the guard below, never fetched). */
export const EXIT_URL = "https://example.org/weather";

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

export function fileUrl(root, rel) {
  return pathToFileURL(path.join(root, rel)).href;
}

/**
 * Route every request of a context: local ones (file:, the loopback server) go through; the
 * exit site gets a stub page; anything else is aborted. Returns the list of requests that
 * would have left the machine, exit site included.
 */
export async function guard(context) {
  const outside = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("http://127.0.0.1") || url.startsWith("data:")) {
      return route.continue();
    }
    outside.push(url);
    if (url.startsWith(EXIT_URL)) {
      return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" });
    }
    return route.abort();
  });
  return outside;
}

/** A static file server for `root` on a free loopback port. */
export async function serve(root) {
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".xml": "application/xml" };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(root, rel.endsWith("/") ? rel + "index.html" : rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end("not found");
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}
