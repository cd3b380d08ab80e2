// The extraction engine runs in its own wasm module inside a Web Worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
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
    // The sample keeps the suggestions its page was built with (the static first paint's), and no more.
    const built = JSON.parse(/<script type="application\/json" id="first-paint-suggestions">(.*?)<\/script>/
      .exec(fs.readFileSync(new URL('../../assets/first-paint.html', import.meta.url), 'utf8'))[1]);
    assert.equal(Number(await app.page.locator('[data-testid=pending-count]').innerText()), built.length);
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

test('on a long document every paragraph shows its suggestions once they arrive (repainted in chunks)', async () => {
  const sample = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');
  const paras = sample.split('\n').filter(Boolean);
  let text = '';
  for (let i = 0; i < 600; i++) text += paras[i % paras.length] + '\n';
  const now = Date.now();
  const doc = { id: 'long', title: 'Long', text, created: now, modified: now, status: 'new', annotations: [], relations: [], doc_labels: [], next_id: 1 };
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); }, ['spandrel/v2/doc/long', JSON.stringify({ v: 2, revision: 1, doc })]);
  const app = await openApp(browser, { context: ctx });
  try {
    await waitSuggestions(app.page, 60000);
    await app.page.locator('.doc-view[data-complete=yes]').waitFor({ timeout: 60000 });
    // Every paragraph naming Muscat ends up with Muscat marked, the last ones included.
    await app.page.waitForFunction(() => {
      const withName = [...document.querySelectorAll('.doc-view .para')].filter((p) => p.textContent.includes('Muscat'));
      return withName.length > 100 && withName.every((p) => [...p.querySelectorAll('.seg.m')].some((s) => s.textContent.includes('Muscat')));
    }, null, { timeout: 30000 });
    // Accept all: the queued paragraphs, far below the view included, end up showing accepted spans only.
    await app.page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await app.page.waitForFunction(() => {
      const paras = [...document.querySelectorAll('.doc-view .para')];
      return document.querySelectorAll('.doc-view .seg.m.sug').length === 0 && paras.at(-2).querySelector('.seg.m') !== null;
    }, null, { timeout: 30000 });
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); await ctx.close(); }
});

// The frozen output of the native engine (crates/core/tests/extract_golden.rs): its documents are rebuilt here
// the same way (the last 1,500 sentences of gmb-train and of wikiann-en-dev, tokens joined by spaces, ten
// sentences a document) and extracted by the worker in one request.
test('the worker suggests exactly what the native engine does: the golden spans, score bits included', async () => {
  const root = new URL('../../', import.meta.url);
  const data = process.env.SPANDREL_NER_DATA || new URL('../shared/data/ner/', root).pathname;
  const sentences = (file) => {
    const out = [];
    let cur = [];
    for (const raw of fs.readFileSync(`${data}/${file}`, 'utf8').split('\n')) {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
        if (cur.length) { out.push(cur.join(' ')); cur = []; }
        continue;
      }
      const tok = line.split(/[\t ]/)[0];
      if (tok) cur.push(tok);
    }
    if (cur.length) out.push(cur.join(' '));
    return out;
  };
  const names = [];
  const texts = [];
  for (const [tag, set] of [['g', 'gmb-train.conll'], ['w', 'wikiann-en-dev.conll']]) {
    const s = sentences(set).slice(-1500);
    for (let k = 0; k * 10 < s.length; k++) { names.push(`${tag}${k}`); texts.push(s.slice(k * 10, k * 10 + 10).join(' ')); }
  }
  const golden = fs.readFileSync(new URL('crates/core/tests/fixtures/extract/golden-spans.txt', root), 'utf8')
    .split('\n').filter((l) => l.split(' ')[1] === 'm');
  const app = await openApp(browser);
  try {
    const [numbers, labels] = await app.page.evaluate(async (t) => {
      const [n, l] = await window.wasmBindings.worker_suggestions(t);
      return [[...n], l];
    }, texts);
    const got = [];
    for (let k = 0; k < labels.length; k++) {
      const [doc, start, end, bits] = numbers.slice(4 * k, 4 * k + 4);
      got.push(`${names[doc]} m ${start} ${end} ${labels[k]} ${bits.toString(16).padStart(8, '0')}`);
    }
    assert.ok(golden.length > 3000, `golden spans: ${golden.length}`);
    const first = got.findIndex((l, i) => l !== golden[i]);
    assert.equal(first === -1 && got.length === golden.length, true,
      `${got.length} suggestions, ${golden.length} golden; first difference: ${got[first]} vs ${golden[first]}`);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
