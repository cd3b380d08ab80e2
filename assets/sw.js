// Spandrel service worker: makes the app open and work offline after the first visit.
// scripts/postbuild.mjs stamps VERSION (a hash of every built file) and PRECACHE (the app shell:
// index.html, the hashed js/wasm/css, boot script, icon, manifest and the entity model).
// Cache-first for those files (and pdf.js's character maps and fonts, kept when first fetched); a new build gets a new cache name, and the old cache is deleted
// once the new worker takes over (the page then shows "A new version is available — reload").
const VERSION = /*VERSION*/'dev'/*END*/;
const PRECACHE = /*PRECACHE*/['./']/*END*/;
const CACHE = `spandrel-${VERSION}`;

const scopeUrl = (p) => new URL(p, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((p) => new Request(scopeUrl(p), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('spandrel-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Any page load inside the scope gets the app shell (the share link lives in the hash).
    const key = req.mode === 'navigate' ? scopeUrl('./') : req;
    const hit = await cache.match(key, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    try {
      const res = await fetch(req);
      // pdf.js's character maps and fonts are not precached (only PDFs need them): kept once fetched, so
      // a PDF opened before opens offline too.
      if (res.ok && url.href.startsWith(scopeUrl('pdfjs/'))) await cache.put(req, res.clone());
      return res;
    } catch (e) {
      const shell = req.mode === 'navigate' ? await cache.match(scopeUrl('index.html')) : undefined;
      if (shell) return shell;
      throw e;
    }
  })());
});
