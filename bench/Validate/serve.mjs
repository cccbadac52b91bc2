// A static server for the built site as GitHub Pages serves it: gzip for text, a ten-minute
// cache lifetime, and the site's 404.html with status 404 for a path under the site that has
// no file. Listens on 127.0.0.1 only; prints its port, then serves until it is killed.
//   node serve.mjs ROOT PREFIX    (ROOT holds PREFIX's folder, e.g. ROOT/SiteGen/ for /SiteGen/)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";

const [root, prefix = "/"] = process.argv.slice(2);
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2",
  ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
};
const compressible = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"]);

async function file(p) {
  try {
    const s = await stat(p);
    if (s.isDirectory()) return file(path.join(p, "index.html"));
    return { path: p, body: await readFile(p) };
  } catch { return null; }
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, "http://localhost");
  const wanted = path.normalize(decodeURIComponent(url.pathname));
  let found = wanted.includes("\0") ? null : await file(path.join(root, wanted));
  let status = 200;
  if (found && wanted.endsWith("/") === false && (await stat(path.join(root, wanted)).catch(() => null))?.isDirectory()) {
    response.writeHead(301, { location: url.pathname + "/" });
    return response.end();
  }
  if (!found && wanted.startsWith(prefix)) { found = await file(path.join(root, prefix, "404.html")); status = 404; }
  if (!found) { response.writeHead(404); return response.end(); }
  const ext = path.extname(found.path);
  const headers = { "content-type": types[ext] ?? "application/octet-stream", "cache-control": "max-age=600" };
  let body = found.body;
  if (compressible.has(ext) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
    headers["vary"] = "Accept-Encoding";
  }
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
