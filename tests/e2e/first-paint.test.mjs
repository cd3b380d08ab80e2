// The first visit (issue "First visit: the sample readable at first paint"): the page itself carries the sample
// with its suggestions, readable before any wasm has run; the app takes over without moving the text; a returning
// visitor never sees the static sample.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, waitSuggestions } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const SAMPLE = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Sums the page's layout shifts (not caused by input) into `window.__cls`, from its first paint on. */
const watchShifts = (ctx) => ctx.addInitScript(() => {
  window.__cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
});

/** Where the first "Muscat" of the text under `scope` stands, in whole pixels. */
const muscatAt = (p, scope) => p.evaluate((s) => {
  const e = [...document.querySelectorAll(s + ' .seg')].find((x) => x.textContent === 'Muscat');
  const r = e.getBoundingClientRect();
  return [Math.round(r.x), Math.round(r.y)];
}, scope);

/** A page on the built site with every wasm request refused (no wasm ever runs). */
async function withoutWasm(ctx, url) {
  const page = await ctx.newPage();
  let refused = 0;
  await page.route('**/*.wasm', (r) => { refused++; return r.abort(); });
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  return { page, refused: () => refused };
}

test('before any wasm has run, the page shows the sample with its suggestions, styled and readable', async () => {
  const srv = await startServer({ dir: process.env.DIST_DIR || 'dist', base: '/' });
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, refused } = await withoutWasm(ctx, srv.url);
    assert.ok(refused() >= 1, 'the app module was asked for and refused');
    assert.equal(await page.locator('[data-app-ready]').count(), 0, 'the app did not mount');
    const view = page.locator('#first-paint .doc-view');
    assert.ok(await view.isVisible());
    // The whole sample, paragraph by paragraph.
    const paras = await view.locator('.para').allInnerTexts();
    assert.deepEqual(paras.map((p) => p.trim()), SAMPLE.split('\n').map((p) => p.trim()));
    // Suggestions are drawn as the app draws them: marked, coloured, named in their title.
    const sugs = view.locator('.seg.m.sug');
    assert.ok(await sugs.count() >= 10);
    const muscat = view.locator('.seg.m.sug', { hasText: /^Muscat$/ }).first();
    assert.match(await muscat.getAttribute('title'), /^GPE/);
    const bg = await muscat.evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the suggestion is highlighted');
    // Readable: real text size, in the viewport.
    const box = await view.locator('.para').first().boundingBox();
    assert.ok(box && box.y < 900 && box.height > 20);
    const size = await view.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 14, `text size ${size}px`);
  } finally { await ctx.close(); await srv.close(); }
});

test('the app takes over the static sample without a layout shift, and a word can be labelled', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchShifts(ctx);
  const app = await openApp(browser, { context: ctx });
  const { page } = app;
  try {
    // The app opened the sample with the page's suggestions: no frame without them.
    assert.ok(await page.locator('.doc-view .seg.m.sug').count() >= 10, 'suggestions drawn as the app mounts');
    assert.equal(await page.locator('#first-paint').count(), 0, 'the static copy left when the app mounted');
    // The text is where the static copy had it.
    const bare = await withoutWasm(await browser.newContext({ viewport: { width: 1280, height: 900 } }), app.url);
    assert.deepEqual(await muscatAt(page, '.doc-view'), await muscatAt(bare.page, '#first-paint .doc-view'));
    await bare.page.context().close();
    await waitSuggestions(page);
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls < 0.02, `cumulative layout shift ${cls}`);
    const word = page.locator('.doc-view .seg', { hasText: /^Muscat$/ }).first();
    await word.dblclick();
    await page.waitForSelector('.seg.pending');
    await page.keyboard.press('g');
    await page.waitForFunction(() => [...document.querySelectorAll('.doc-view .seg.m:not(.sug)')].some((e) => e.textContent === 'Muscat'));
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); await ctx.close(); }
});

test('a returning visitor never sees the static sample: their stored document is what opens', async () => {
  const srv = await startServer({ dir: process.env.DIST_DIR || 'dist', base: '/' });
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Their own document, stored by an earlier visit.
  await ctx.addInitScript(() => {
    if (localStorage.getItem('spandrel/v2/doc/mine')) return;
    const now = Date.now();
    const doc = { id: 'mine', title: 'My notes', text: 'Ada Lovelace wrote notes in London.', created: now, modified: now, status: 'new', annotations: [], relations: [], doc_labels: [], next_id: 1 };
    localStorage.setItem('spandrel/v2/doc/mine', JSON.stringify({ v: 2, revision: 1, doc }));
  });
  try {
    // Without wasm the static sample stays hidden (it is what would show before the app).
    const bare = await withoutWasm(ctx, srv.url);
    assert.equal(await bare.page.locator('#first-paint').evaluate((e) => getComputedStyle(e).display), 'none');
    await bare.page.close();
    // With the app: every frame that shows document text shows theirs, never the sample's.
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      window.__seen = [];
      const look = () => {
        const p = [...document.querySelectorAll('.doc-view .para')].find((e) => e.offsetParent !== null);
        if (p) window.__seen.push(p.textContent.slice(0, 20));
        if (window.__seen.length < 20) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(srv.url);
    await page.waitForSelector('[data-app-ready]');
    await page.waitForFunction(() => window.__seen.length >= 20, null, { timeout: 20000 });
    const seen = await page.evaluate(() => window.__seen);
    assert.ok(seen.every((t) => t.startsWith('Ada Lovelace')), `frames showed: ${JSON.stringify([...new Set(seen)])}`);
    assert.deepEqual(errors, []);
  } finally { await ctx.close(); await srv.close(); }
});

test('on a phone the app takes over the static sample where it stands: the header and search bar wrap as the app\'s do', async () => {
  const phone = { viewport: { width: 390, height: 844 }, locale: 'en-US' };
  const ctx = await browser.newContext(phone);
  await watchShifts(ctx);
  const srv = await startServer({ dir: process.env.DIST_DIR || 'dist', base: '/' });
  try {
    const bare = await withoutWasm(await browser.newContext(phone), srv.url);
    const before = await muscatAt(bare.page, '#first-paint .doc-view');
    await bare.page.context().close();
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await page.waitForSelector('[data-app-ready]');
    await waitSuggestions(page);
    await page.waitForTimeout(500);
    assert.deepEqual(await muscatAt(page, '.doc-view'), before, 'the text is where the static copy had it');
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls < 0.02, `cumulative layout shift ${cls}`);
  } finally { await ctx.close(); await srv.close(); }
});

test('a visitor who gets another interface language is not shown the English first paint', async () => {
  const srv = await startServer({ dir: process.env.DIST_DIR || 'dist', base: '/' });
  try {
    for (const [locale, query, shown] of [['de-DE', '', 'none'], ['en-GB', '', 'block'], ['en-US', '?lang=ja', 'none']]) {
      const ctx = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      const bare = await withoutWasm(ctx, srv.url + query);
      assert.equal(await bare.page.locator('#first-paint').evaluate((e) => getComputedStyle(e).display), shown, `${locale}${query}`);
      await ctx.close();
    }
  } finally { await srv.close(); }
});
