// Trunk post_build hook: makes the staged site CSP-clean.
// - Moves trunk's inline module script into boot-<hash>.js (no inline script anywhere).
// - Inserts a Content-Security-Policy meta tag that allows only the page's own origin (plus, for connect-src, the
//   sync origins of SPANDREL_SYNC_ORIGINS).
// - Puts a content hash into the extraction worker's file names and names its loader in a meta tag for the app.
// - Puts the first visit's static first paint (assets/first-paint.html) into the page, and the script that hides it
//   from a returning visitor and from one who gets another interface language.
// - Writes precompressed `.br` and `.gz` copies beside every text and wasm file.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  const body = m[1].trim() + '\n';
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  fs.writeFileSync(path.join(dir, name), body);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
}
// Team sync with a server on another origin: SPANDREL_SYNC_ORIGINS lists its origins (space-separated), which are
// added to connect-src; without it the page may only connect to its own origin.
const syncOrigins = (process.env.SPANDREL_SYNC_ORIGINS || '').split(/\s+/).filter(Boolean);
for (const o of syncOrigins) {
  let u;
  try {
    u = new URL(o);
  } catch {
    u = null;
  }
  if (!u || !/^https?:$/.test(u.protocol) || u.origin !== o.replace(/\/$/, '')) {
    console.error(`postbuild: SPANDREL_SYNC_ORIGINS: "${o}" is not an origin like https://kinto.example.org (scheme, host, optional port; no path)`);
    process.exit(1);
  }
}
// The first visit's classic script (assets/first-visit.js) is inline, so that nothing blocks the first paint on a
// request of its own (about 100 ms on a phone's 4G): the policy allows it by its hash, and no other inline script.
// It is told the shipped interface languages (the folders of locales/, as the app's i18n ships them).
const shipped = fs
  .readdirSync(new URL('../locales/', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const firstVisit = fs
  .readFileSync(new URL('../assets/first-visit.js', import.meta.url), 'utf8')
  .trim()
  .replace("/*SHIPPED*/ ['en']", JSON.stringify(shipped));
if (!firstVisit.includes(JSON.stringify(shipped))) throw new Error('postbuild: assets/first-visit.js has no /*SHIPPED*/ list');
const firstVisitHash = crypto.createHash('sha256').update(firstVisit).digest('base64');
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${firstVisitHash}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  ["connect-src 'self'", ...syncOrigins.map((o) => new URL(o).origin)].join(' '),
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
if (!html.includes('Content-Security-Policy')) {
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
}
// The workers (their own wasm modules: the extraction worker, src/platform/extract_worker.rs, and the reader of
// rich files, src/platform/read_worker.rs): Trunk does not put a content hash in a worker's file names, so add
// one here (like every other built file, it may then be cached for ever), and tell the app where each loader is.
for (const [worker, meta] of [['spandrel-extract', 'spandrel-extract-worker'], ['spandrel-read', 'spandrel-read-worker']]) {
  if (fs.existsSync(path.join(dir, `${worker}_loader.js`))) {
    const js = fs.readFileSync(path.join(dir, `${worker}.js`));
    const wasm = fs.readFileSync(path.join(dir, `${worker}_bg.wasm`));
    const tag = crypto.createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
    const [jsName, wasmName, loaderName] = [`${worker}-${tag}.js`, `${worker}-${tag}_bg.wasm`, `${worker}-${tag}_loader.js`];
    fs.renameSync(path.join(dir, `${worker}.js`), path.join(dir, jsName));
    fs.renameSync(path.join(dir, `${worker}_bg.wasm`), path.join(dir, wasmName));
    fs.rmSync(path.join(dir, `${worker}_loader.js`));
    fs.writeFileSync(path.join(dir, loaderName), `importScripts("./${jsName}");wasm_bindgen("./${wasmName}");\n`);
  }
  const loader = fs.readdirSync(dir).find((f) => f.startsWith(`${worker}-`) && f.endsWith('_loader.js'));
  if (!loader) throw new Error(`postbuild: no ${worker} loader in ${dir}`);
  html = html.replace(new RegExp(`\\n\\s*<meta name="${meta}"[^>]*>`), '');
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="${meta}" content="./${loader}" />`);
}
// The first visit's static first paint (src/components/first_paint.rs, kept current by the app's test
// `first_paint`): the sample with its suggestions, in the page itself, readable before any wasm has run; and the
// classic script that hides it, before the first paint, from a visitor who has documents of their own or gets another
// interface language (inline, after the policy that allows it).
if (!html.includes('id="first-paint"')) {
  const markup = fs.readFileSync(new URL('../assets/first-paint.html', import.meta.url), 'utf8').trim();
  html = html.replace(/<body>/, `<body>\n    ${markup}`);
  html = html.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1\n    <script>${firstVisit}</script>`);
}
fs.writeFileSync(file, html);

// Stamp the service worker: the app shell to precache (every built file, hashed names included) and a
// cache version derived from the files' contents, so each build gets its own cache.
const swFile = path.join(dir, 'sw.js');
if (fs.existsSync(swFile)) {
  const files = [];
  const walk = (sub) => {
    for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      // pdf.js's character maps and standard fonts (pdfjs/cmaps, pdfjs/standard_fonts: 2.5 MB) are cached by the
      // service worker when a PDF first needs them, not on every first visit.
      else if (rel !== 'sw.js' && !e.name.startsWith('.') && !/^pdfjs\/(cmaps|standard_fonts)\//.test(rel)) files.push(rel);
    }
  };
  walk('');
  files.sort();
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(fs.readFileSync(path.join(dir, f)));
  const version = h.digest('hex').slice(0, 16);
  const precache = ['./', ...files.map((f) => `./${f}`)];
  let sw = fs.readFileSync(swFile, 'utf8');
  sw = sw.replace(/\/\*VERSION\*\/[\s\S]*?\/\*END\*\//, `/*VERSION*/${JSON.stringify(version)}/*END*/`);
  sw = sw.replace(/\/\*PRECACHE\*\/[\s\S]*?\/\*END\*\//, `/*PRECACHE*/${JSON.stringify(precache)}/*END*/`);
  fs.writeFileSync(swFile, sw);
}

// Precompressed copies for hosts that serve them as they are (nginx `gzip_static` / `brotli_static`, Caddy
// `precompressed`, …): `<file>.br` and `<file>.gz` beside every text and wasm file, at the highest levels.
// Written last, so the service worker's precache list and version name only the files themselves (a browser
// asks for `x.wasm`; the server picks `x.wasm.br` by its Accept-Encoding).
const compressible = /\.(html|m?js|css|wasm|svg|webmanifest|json|bin|ftl)$/;
const walkAll = (sub, out) => {
  for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) walkAll(rel, out);
    else if (compressible.test(e.name)) out.push(rel);
  }
  return out;
};
for (const rel of walkAll('', [])) {
  const full = path.join(dir, rel);
  const body = fs.readFileSync(full);
  const br = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlib.constants.BROTLI_PARAM_MODE]: rel.endsWith('.wasm') || rel.endsWith('.bin') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = zlib.gzipSync(body, { level: 9 });
  // A copy no smaller than the file is no use to a server.
  if (br.length < body.length) fs.writeFileSync(`${full}.br`, br);
  if (gz.length < body.length) fs.writeFileSync(`${full}.gz`, gz);
}
