// Spandrel's bridge to pdf.js (Mozilla's pdfjs-dist, copied beside this file by the build): loaded by the app
// (src/platform/pdf.rs) only when a PDF is opened, as a module script of the page's own origin. pdf.js parses in
// its own worker; this module reads each page's text items and renders a page image for the page view.
//
// globalThis.spandrelPdf = {
//   read(bytes: Uint8Array) -> { digest, pdf: JSON of { title, pages: [{ width, height, items: [{ s, x, y, w, h, eol }] }] } }
//   render(digest, page, cssWidth) -> { url (blob: PNG), width, height, transform: [a, b, c, d, e, f], items: JSON of the page }
// }
// Failures are thrown as { kind: 'password' | 'invalid' | 'missing' | 'other', message }.
//
// The file itself is kept in the browser's Cache Storage ('pdf-sources', by its SHA-256) so that the page view
// works after a reload and offline; nothing is ever fetched from another origin (fonts and character maps come
// from this directory, and the PDF's own links and scripts are not followed or run).
import * as pdfjs from './pdf.min.mjs';

const here = new URL('./', import.meta.url);
pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', here).href;
const STORE = 'pdf-sources';

const fail = (kind, message) => ({ kind, message: String(message || kind) });

function failure(e) {
  if (e && e.kind) return e;
  const name = e && e.name;
  if (name === 'PasswordException') return fail('password', e.message);
  if (name === 'InvalidPDFException' || name === 'FormatError') return fail('invalid', e.message);
  return fail('other', (e && e.message) || e);
}

async function open(bytes) {
  const task = pdfjs.getDocument({
    // pdf.js may take the buffer over: give it a copy.
    data: bytes.slice(),
    cMapUrl: new URL('cmaps/', here).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('standard_fonts/', here).href,
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (e) {
    // A file pdf.js refused leaves no worker behind.
    task.destroy().catch((why) => console.warn('spandrel-pdf: closing a refused PDF', why));
    throw e;
  }
}

async function digestOf(bytes) {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

const keyOf = (digest) => new URL(`pdf-source/${digest}`, here).href;

async function store(digest, bytes) {
  if (!globalThis.caches) return;
  const cache = await caches.open(STORE);
  await cache.put(keyOf(digest), new Response(bytes, { headers: { 'Content-Type': 'application/pdf' } }));
}

async function load(digest) {
  if (last && last.digest === digest) return last.bytes;
  if (!globalThis.caches) return null;
  const hit = await (await caches.open(STORE)).match(keyOf(digest));
  return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
}

async function itemsOf(page) {
  const size = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = [];
  for (const it of content.items) {
    if (typeof it.str !== 'string') continue;
    const [, , c, d, e, f] = it.transform;
    // Ligatures (ﬁ) and Arabic presentation forms become the letters they stand for (NFKC on those only:
    // full-width forms and everything else stay as the PDF wrote them).
    const s = it.str.replace(/[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFF]+/g, (m) => m.normalize('NFKC'));
    items.push({ s, x: e, y: f, w: it.width, h: it.height || Math.hypot(c, d), eol: !!it.hasEOL });
  }
  return { width: size.width, height: size.height, items };
}

// The last file read or shown, kept open for the page view.
let last = null;

async function docFor(digest, bytes) {
  if (last && last.digest === digest) return last.doc;
  const doc = await open(bytes);
  // The previous file's document (and its pdf.js worker) goes.
  if (last) last.doc.loadingTask.destroy().catch((e) => console.warn('spandrel-pdf: closing a PDF', e));
  last = { digest, bytes, doc };
  return doc;
}

async function read(bytes) {
  try {
    const digest = await digestOf(bytes);
    const doc = await docFor(digest, bytes);
    let title = '';
    try {
      const meta = await doc.getMetadata();
      title = (meta && meta.info && typeof meta.info.Title === 'string') ? meta.info.Title : '';
    } catch {
      // A PDF without readable metadata still has its text.
    }
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await itemsOf(page));
      page.cleanup();
    }
    try {
      await store(digest, bytes);
    } catch (e) {
      // The text is what matters; without room for the file the page view says it is missing.
      console.warn('spandrel-pdf: the file could not be kept for the page view', e);
    }
    return { digest, pdf: JSON.stringify({ title, pages }) };
  } catch (e) {
    throw failure(e);
  }
}

async function render(digest, n, cssWidth) {
  try {
    const bytes = await load(digest);
    if (!bytes) throw fail('missing', 'the PDF is not kept in this browser');
    const doc = await docFor(digest, bytes);
    if (n < 1 || n > doc.numPages) throw fail('other', `no page ${n}`);
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const css = page.getViewport({ scale: cssWidth / base.width });
    const ratio = Math.min(globalThis.devicePixelRatio || 1, 3);
    const px = page.getViewport({ scale: (cssWidth / base.width) * ratio });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(px.width);
    canvas.height = Math.ceil(px.height);
    await page.render({ canvas, viewport: px, annotationMode: pdfjs.AnnotationMode.ENABLE }).promise;
    const blob = await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no image'))), 'image/png'));
    const items = await itemsOf(page);
    return { url: URL.createObjectURL(blob), width: css.width, height: css.height, transform: Array.from(css.transform), items: JSON.stringify(items) };
  } catch (e) {
    throw failure(e);
  }
}

globalThis.spandrelPdf = { read, render };
