// The extraction engine runs in its own wasm module inside a Web Worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitSuggestions, saved } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('suggestions come from the extraction worker, also when the site is served from a sub-path', async () => {
  for (const base of ['/', '/deep/sub/path/']) {
    const app = await openApp(browser, { base });
    try {
      await waitSuggestions(app.page);
      const workers = app.page.workers().map((w) => w.url());
      assert.ok(workers.some((u) => /\/spandrel-extract[^/]*_loader\.js$/.test(u) && u.includes(base)), `worker under ${base}: ${workers}`);
      // The worker fetched the model; the page itself did not.
      assert.equal(await app.page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/model/ner-v1.bin'))), false);
      // Its suggestions sit at the right code points: the first one of the sample is "Iran" at 0..4.
      const first = await app.page.locator('.doc-view .seg.m.sug').first().innerText();
      assert.equal(first.trim().startsWith('Iran'), true, first);
      assert.deepEqual(app.foreign, []);
      assert.deepEqual(app.errors, []);
    } finally { await app.close(); }
  }
});

test('a worker that cannot start is reported, and the document can still be annotated and saved', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.route(/spandrel-extract[^/]*_loader\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const app = await openApp(browser, { context: ctx });
  try {
    const alert = app.page.locator('.messages [role=alert]');
    await alert.first().waitFor({ timeout: 15000 });
    assert.match(await alert.first().innerText(), /suggestions are off/);
    assert.equal(await app.page.locator('.doc-view .seg.m.sug').count(), 0);
    // Label a word with the keyboard-free path: select "Muscat" and press the GPE hotkey.
    await app.page.evaluate(() => {
      const seg = [...document.querySelectorAll('.doc-view .seg')].find((s) => s.textContent.includes('Muscat'));
      const t = seg.firstChild;
      const i = t.textContent.indexOf('Muscat');
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + 6);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
      seg.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await app.page.keyboard.press('g');
    await app.page.locator('.doc-view .seg.m:not(.sug)', { hasText: 'Muscat' }).first().waitFor();
    await saved(app.page);
  } finally { await app.close(); await ctx.close(); }
});
