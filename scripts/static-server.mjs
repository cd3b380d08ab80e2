// A tiny static file server for dist/, bound to loopback only. Used by the serve command and the e2e tests.
// Usage: node scripts/static-server.mjs [--dir dist] [--port 8080] [--base /sub/path/]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream', '.ico': 'image/x-icon', '.ftl': 'text/plain; charset=utf-8',
};

/** Starts a server; resolves to { url, server, close() }. `base` must start and end with '/'. */
// `precompressed`: answer with the build's `.br` / `.gz` copy of a file when the browser accepts that encoding, as
// nginx's brotli_static / gzip_static do (the benchmarks' first visits).
export function startServer({ dir = 'dist', port = 0, base = '/', precompressed = false } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let p = decodeURIComponent(url.pathname);
    if (!p.startsWith(base)) { res.writeHead(404).end('not found'); return; }
    p = p.slice(base.length);
    if (p === '' || p.endsWith('/')) p += 'index.html';
    const file = path.resolve(root, p);
    if (!file.startsWith(root + path.sep)) { res.writeHead(403).end('forbidden'); return; }
    const accepts = String(req.headers['accept-encoding'] || '');
    const encoding = !precompressed ? null
      : ['br', 'gzip'].find((e) => accepts.includes(e) && fs.existsSync(file + (e === 'br' ? '.br' : '.gz')));
    fs.readFile(encoding ? file + (encoding === 'br' ? '.br' : '.gz') : file, (err, data) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
      if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'Accept-Encoding' });
      res.writeHead(200, headers);
      res.end(data);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}${base}`;
      // Keep-alive connections of a page still open would hold close() forever: they are ended too.
      resolve({ url, server, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
  const { url } = await startServer({ dir: arg('--dir', 'dist'), port: Number(arg('--port', process.env.PORT || 8080)), base: arg('--base', '/') });
  console.log(`Spandrel is being served at ${url}  (Ctrl+C to stop)`);
}
