// PDFs: a real paper dropped on the window is read by pdf.js (loaded on demand from the site itself) into a
// document with its pages; suggestions come, a span can be made, reload and a share link keep the pages; the
// page view shows the page with the focused span's place marked where pdf.js draws those words; encrypted,
// broken and scanned PDFs are refused with a message and nothing stored; nothing leaves the origin.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { dropFile, launch, openApp, openShared, ready, saved, storedDocs, waitSuggestions } from './harness.mjs';

const browser = await launch();
after(() => browser.close());

const PDFS = new URL('../../../shared/fixtures/rich/pdf/', import.meta.url);
const drop = (page, name) => dropFile(page, name, fs.readFileSync(new URL(name, PDFS)), 'application/pdf');

/** Focuses the span whose piece holds `word` (a click in it). */
async function focusWord(page, word) {
  await page.evaluate((w) => {
    const seg = [...document.querySelectorAll('.doc-view .seg.m')].find((e) => e.textContent.includes(w));
    seg.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(seg.firstChild, 1);
    r.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
    seg.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, word);
}

const TITLE = 'Trace-based Just-in-Time Type Specialization for Dynamic Languages';

test('a dropped PDF opens with its pages, takes spans, keeps them through a reload and a share link; its page view marks the span', async () => {
  const app = await openApp(browser);
  const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = app;
  try {
    await ready(page);
    await drop(page, 'tracemonkey.pdf');
    await page.waitForFunction((t) => document.querySelector('.doc-title')?.textContent === t, TITLE, { timeout: 30000 });
    await page.waitForSelector('.doc-view[data-complete=yes]', { timeout: 30000 });
    // Every page of the paper starts with its page break; the title is a heading; words broken at a line's end
    // are joined ("compile" is written "com-" / "pile" on the page).
    const pages = await page.locator('.doc-view .para[data-page]').evaluateAll((ps) => ps.map((p) => Number(p.dataset.page)));
    assert.deepEqual(pages, Array.from({ length: 14 }, (_, i) => i + 1));
    assert.equal((await page.locator('.doc-view .para[data-block=heading]').first().innerText()).trim(), TITLE);
    const text = (await page.locator('.doc-view').innerText());
    assert.ok(text.includes('more difficult to compile than statically typed ones'), 'a broken word joined');
    assert.ok(text.includes('Andreas Gal'));
    await waitSuggestions(page);
    // A span of one's own: "tracing" in the abstract, labelled with the hotkey o.
    await page.evaluate(() => {
      const seg = [...document.querySelectorAll('.doc-view .para .seg:not(.m)')].find((e) => /\btrace trees\b/.test(e.textContent));
      const node = seg.firstChild;
      const at = node.textContent.indexOf('trace trees');
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + 'trace trees'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
      seg.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 10, clientY: 10 }));
    });
    await page.keyboard.press('o');
    await saved(page);
    const [doc] = (await storedDocs(page)).filter((d) => d.title === TITLE);
    assert.equal(doc.structure.source.media_type, 'application/pdf');
    assert.equal(doc.structure.source.pages, 14);
    assert.match(doc.structure.source.digest, /^[0-9a-f]{64}$/);
    assert.ok(doc.structure.blocks.every((b) => b.page >= 1 && b.page <= 14));
    const mine = doc.annotations.filter((a) => a.origin.kind === 'manual').map((a) => [...doc.text].slice(a.span.start, a.span.end).join(''));
    assert.deepEqual(mine, ['trace trees']);

    // The page view: the focused span ("Brendan Eich", a suggestion on page 1) marked on the page image
    // where pdf.js draws those words, within a line's height.
    await focusWord(page, 'Brendan');
    await page.locator('[data-testid=page-view-toggle]').click();
    await page.waitForSelector('.page-view .page-frame img');
    await page.waitForSelector('.page-view .page-span');
    assert.match(await page.locator('.page-view h2').innerText(), /Page 1 of 14/);
    const check = await page.evaluate(async (digest) => {
      const box = document.querySelector('.page-view .page-span').getBoundingClientRect();
      const frame = document.querySelector('.page-view .page-frame img').getBoundingClientRect();
      // Where pdf.js puts the words, read independently through the bridge: the item holding "Brendan Eich".
      const r = await window.spandrelPdf.render(digest, 1, frame.width);
      URL.revokeObjectURL(r.url);
      const items = JSON.parse(r.items).items;
      const it = items.find((i) => i.s.includes('Brendan Eich'));
      const [a, b, c, d, e, f] = r.transform;
      const x0 = a * it.x + c * it.y + e;
      const y0 = b * it.x + d * it.y + f; // the baseline, in image pixels
      const size = Math.abs(d * it.h);
      // The box's ink: dark pixels of the page image inside it.
      const img = document.querySelector('.page-view .page-frame img');
      const cv = document.createElement('canvas');
      cv.width = img.naturalWidth; cv.height = img.naturalHeight;
      const g = cv.getContext('2d');
      g.drawImage(img, 0, 0);
      const k = img.naturalWidth / frame.width;
      const px = g.getImageData((box.left - frame.left) * k, (box.top - frame.top) * k, Math.max(1, box.width * k), Math.max(1, box.height * k)).data;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] + px[i + 1] + px[i + 2] < 300) dark++;
      return { top: box.top - frame.top, bottom: box.bottom - frame.top, left: box.left - frame.left, right: box.right - frame.left, x0, y0, size, dark, width: box.width };
    }, doc.structure.source.digest);
    assert.ok(check.top <= check.y0 && check.y0 <= check.bottom + check.size, `the box (${check.top}..${check.bottom}) holds the line's baseline ${check.y0}`);
    assert.ok(check.bottom - check.top <= 2 * check.size, 'one line high');
    assert.ok(check.left >= check.x0 - 1 && check.right <= check.x0 + 400, 'inside the words\' item');
    assert.ok(check.width > 20, 'as wide as a name');
    assert.ok(check.dark > 20, `ink under the box (${check.dark} dark pixels)`);
    // Turning the page, then focusing a span on page 3 turns the view there.
    await page.locator('.page-view button[aria-label="Next page"]').click();
    await page.waitForFunction(() => document.querySelector('.page-view .page-frame')?.dataset.page === '2');
    await page.locator('.page-view button[aria-label="Close the page view"]').click();
    await page.waitForSelector('.page-view', { state: 'detached' });

    // Reload: the pages are drawn again; the page view still works (the file is kept in the browser).
    await page.reload();
    await page.waitForSelector('[data-app-ready]');
    await page.waitForFunction((t) => document.querySelector('.doc-title')?.textContent === t, TITLE);
    await page.waitForSelector('.doc-view .para[data-page="14"]', { timeout: 30000 });
    await focusWord(page, 'Brendan');
    await page.locator('[data-testid=page-view-toggle]').click();
    await page.waitForSelector('.page-view .page-span');
    // Share link: read-only elsewhere, with its pages.
    await page.locator('.page-view button[aria-label="Close the page view"]').click();
    const page2 = await openShared(page, ctx2);
    await page2.waitForSelector('.doc-view .para[data-page="14"]', { timeout: 30000 });
    assert.ok((await page2.locator('.doc-view').innerText()).includes('trace trees'));
    assert.deepEqual(app.foreign, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await ctx2.close();
    await app.close();
  }
});

test('encrypted, broken and scanned PDFs are refused with a message naming the file; nothing is stored', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const before = (await storedDocs(page)).length;
    for (const [name, why] of [
      ['password-example.pdf', /password-protected/],
      ['invalid.pdf', /not a readable PDF/],
      ['c02-22.pdf', /no text layer/],
    ]) {
      await drop(page, name);
      const msg = page.locator('.toast, .message, [role=alert]').filter({ hasText: name });
      await msg.first().waitFor({ timeout: 20000 });
      const text = await msg.first().innerText();
      assert.match(text, why, text);
      assert.match(text, /Nothing was stored/);
    }
    assert.equal((await storedDocs(page)).length, before);
    assert.equal(await page.locator('.doc-title').textContent(), 'Muscat talks');
    assert.deepEqual(app.foreign, []);
  } finally { await app.close(); }
});

test('Japanese and Hebrew PDFs read as text (no space inside Japanese lines; right-to-left lines kept)', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await drop(page, 'issue16063.pdf');
    await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === 'issue16063', null, { timeout: 30000 });
    const ja = await page.locator('.doc-view').innerText();
    assert.ok(ja.includes('ことができる速結端子'), 'a word broken across lines joined without a space');
    await drop(page, 'issue11656.pdf');
    await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent !== 'issue16063', null, { timeout: 30000 });
    await page.waitForSelector('.doc-view .para[data-page="1"]');
    const dir = await page.locator('.doc-view .para[data-page="1"]').getAttribute('dir');
    assert.equal(dir, 'rtl');
    assert.deepEqual(app.foreign, []);
  } finally { await app.close(); }
});

test('offline after one visit: a PDF opens (pdf.js comes from the service worker) and its page view draws', async () => {
  const app = await openApp(browser);
  const { page, ctx } = app;
  try {
    await ready(page);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    await page.reload();
    await page.waitForSelector('[data-app-ready]');
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    const cached = await page.evaluate(async () => {
      const c = await caches.open((await caches.keys()).find((k) => k.startsWith('spandrel-')));
      return (await c.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const f of ['/pdfjs/pdf.min.mjs', '/pdfjs/pdf.worker.min.mjs', '/pdfjs/spandrel-pdf.mjs']) assert.ok(cached.includes(f), `${f} precached`);
    await ctx.setOffline(true);
    const failed = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await drop(page, 'federal-register-2020-17221.pdf');
    await page.waitForFunction(() => document.querySelectorAll('.doc-view .para[data-page]').length > 10, null, { timeout: 30000 });
    await waitSuggestions(page);
    await focusWord(page, '');
    await page.locator('[data-testid=page-view-toggle]').click();
    await page.waitForSelector('.page-view .page-frame img');
    assert.deepEqual(failed, []);
    assert.deepEqual(app.foreign, []);
    await ctx.setOffline(false);
  } finally { await app.close(); }
});

test('the Import dialog reads a PDF the same way (preview by its title, then imported with its pages)', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-files]').setInputFiles([
      { name: 'tracemonkey.pdf', mimeType: 'application/pdf', buffer: fs.readFileSync(new URL('tracemonkey.pdf', PDFS)) },
    ]);
    await page.locator('[data-testid=import-doc]', { hasText: 'Trace-based' }).waitFor({ timeout: 30000 });
    await page.locator('[data-testid=import-confirm]').click();
    await page.waitForFunction((t) => document.querySelector('.doc-title')?.textContent === t, TITLE, { timeout: 30000 });
    await page.waitForSelector('.doc-view .para[data-page="14"]', { timeout: 30000 });
    await saved(page);
    const [doc] = (await storedDocs(page)).filter((d) => d.title === TITLE);
    assert.equal(doc.structure.source.name, 'tracemonkey.pdf');
    assert.deepEqual(app.foreign, []);
  } finally { await app.close(); }
});
