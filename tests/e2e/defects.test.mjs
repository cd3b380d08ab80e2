// Defects found when the app was tried as a new user would, each tested as that user meets it:
// same-moment edits in two tabs, undo after a merge, a save waiting for space, dialogs and messages,
// bidi characters in file names, the read-only view, garbage links, the header on a laptop screen,
// and web APIs that fail (clipboard, service worker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready, saved } from './harness.mjs';

const DOC_PREFIX = 'spandrel/v2/doc/';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Labels of the accepted manual spans stored for the only document, as "LABEL:text". */
function storedManual(page) {
  return page.evaluate((p) => {
    const k = Object.keys(localStorage).find((k) => k.startsWith(p));
    const doc = JSON.parse(localStorage.getItem(k)).doc;
    const cps = [...doc.text];
    return doc.annotations.filter((a) => a.origin.kind === 'manual').map((a) => `${a.label}:${cps.slice(a.span.start, a.span.end).join('')}`).sort();
  }, DOC_PREFIX);
}

/** The manual spans drawn in the text, as "LABEL:text". */
function shownManual(page) {
  return page.evaluate(() => [...document.querySelectorAll('.doc-view .anchor')].map((an) => {
    const segs = [...document.querySelectorAll(`.doc-view .seg[data-ids~="${an.dataset.ann}"]`)];
    if (segs.some((s) => s.classList.contains('sug'))) return null;
    return `${an.dataset.tag}:${segs.map((s) => s.textContent).join('')}`;
  }).filter(Boolean).sort());
}

async function twoTabs() {
  const app = await openApp(browser);
  const a = app.page;
  const b = await app.ctx.newPage();
  await ready(a);
  await b.goto(app.url);
  await b.waitForSelector('[data-app-ready]');
  await ready(b);
  return { app, a, b };
}

test('two tabs pressing a label hotkey at the same moment: both spans are kept, in storage and on both screens', async () => {
  const { app, a, b } = await twoTabs();
  try {
    const expected = [];
    for (let round = 0; round < 5; round++) {
      // A different word in each tab: A walks from the start, B from further on.
      for (let i = 0; i < 2 * round + 1; i++) await a.keyboard.press('ArrowRight');
      for (let i = 0; i < 2 * round + 12; i++) await b.keyboard.press('ArrowRight');
      const wa = await a.locator('.seg.pending').first().innerText();
      const wb = await b.locator('.seg.pending').first().innerText();
      await Promise.all([a.keyboard.press('q'), b.keyboard.press('k')]);
      expected.push(`QUANTITY:${wa}`, `CARDINAL:${wb}`);
      await a.keyboard.press('Escape');
      await b.keyboard.press('Escape');
      await saved(a);
      await saved(b);
    }
    expected.sort();
    const want = [...new Set(expected)].sort();
    await a.waitForFunction(async ([p, want]) => {
      const k = Object.keys(localStorage).find((k) => k.startsWith(p));
      const doc = JSON.parse(localStorage.getItem(k)).doc;
      const cps = [...doc.text];
      const got = doc.annotations.filter((x) => x.origin.kind === 'manual').map((x) => `${x.label}:${cps.slice(x.span.start, x.span.end).join('')}`);
      return want.every((w) => got.includes(w));
    }, [DOC_PREFIX, want], { timeout: 8000 }).catch(async (e) => { throw new Error(`${e.message}; stored ${await storedManual(a)}; want ${want}`); });
    for (const p of [a, b]) {
      await p.waitForFunction((want) => {
        const shown = [...document.querySelectorAll('.doc-view .anchor')].map((an) => `${an.dataset.tag}:${[...document.querySelectorAll(`.doc-view .seg[data-ids~="${an.dataset.ann}"]`)].map((s) => s.textContent).join('')}`);
        return want.every((w) => shown.includes(w));
      }, want, { timeout: 5000 }).catch(async (e) => { throw new Error(`${e.message}; shown ${await shownManual(p)}`); });
      await saved(p);
    }
    assert.deepEqual(app.errors, []);
  } finally { await b.close(); await app.close(); }
});

test("another tab's change keeps this tab's undo: Ctrl+Z undoes only this tab's own edit", async () => {
  const { app, a, b } = await twoTabs();
  try {
    await a.keyboard.press('ArrowRight');
    const wa = await a.locator('.seg.pending').first().innerText();
    await a.keyboard.press('q');
    await saved(a);
    // B labels another word after A's edit reached it.
    await b.waitForFunction((w) => [...document.querySelectorAll('.doc-view .anchor[data-tag=QUANTITY]')].length > 0, wa);
    for (let i = 0; i < 6; i++) await b.keyboard.press('ArrowRight');
    const wb = await b.locator('.seg.pending').first().innerText();
    await b.keyboard.press('k');
    await saved(b);
    await a.waitForFunction(() => document.querySelectorAll('.doc-view .anchor[data-tag=CARDINAL]').length > 0);
    // A's Undo is still enabled and reverts A's span only.
    assert.equal(await a.getByRole('button', { name: 'Undo (Ctrl+Z)' }).isDisabled(), false);
    await a.keyboard.press('Escape');
    await a.keyboard.press('Control+z');
    await a.waitForFunction(() => document.querySelectorAll('.doc-view .anchor[data-tag=QUANTITY]').length === 0);
    await saved(a);
    assert.deepEqual(await storedManual(a), [`CARDINAL:${wb}`]);
    await b.waitForFunction(() => document.querySelectorAll('.doc-view .anchor[data-tag=QUANTITY]').length === 0);
    assert.deepEqual(await shownManual(b), [`CARDINAL:${wb}`]);
    assert.deepEqual(app.errors, []);
  } finally { await b.close(); await app.close(); }
});

test('a save refused for lack of space is retried once space is freed, without another edit', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.evaluate(() => {
      let size = 1 << 20;
      let i = 0;
      while (size >= 1) {
        try { localStorage.setItem(`filler-${i}`, 'x'.repeat(size)); i += 1; } catch { size = Math.floor(size / 2); }
      }
    });
    await page.keyboard.press('ArrowRight');
    const word = await page.locator('.seg.pending').first().innerText();
    await page.keyboard.press('q');
    await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Not saved', null, { timeout: 5000 });
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
    // No edit: the retry saves it and says so.
    await saved(page, 10000);
    await page.locator('.messages .msg', { hasText: 'Storage has room again' }).waitFor();
    assert.deepEqual(await storedManual(page), [`QUANTITY:${word}`]);
  } finally { await app.close(); }
});

test('a modal dialog is above the messages: its buttons can be clicked while messages are shown', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    // Some messages (each a file that cannot be added).
    await page.getByRole('button', { name: 'Documents' }).click();
    await page.locator('input[type=file]').first().setInputFiles(
      [1, 2, 3, 4, 5, 6].map((i) => ({ name: `empty-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from('   ') })),
    );
    await page.waitForFunction(() => document.querySelectorAll('.messages .msg').length >= 5);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-h]').waitFor();
    const close = page.locator('.modal').getByRole('button', { name: 'Close' });
    const hit = await close.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return el === top || el.contains(top);
    });
    assert.ok(hit, 'the Close button is on top');
    // No message box overlaps the dialog.
    const overlap = await page.evaluate(() => {
      const m = document.querySelector('.modal').getBoundingClientRect();
      return [...document.querySelectorAll('.messages .msg')].some((e) => {
        const r = e.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + 4, r.top + 4);
        return r.right > m.left && r.left < m.right && r.bottom > m.top && r.top < m.bottom && e.contains(top);
      });
    });
    assert.equal(overlap, false);
    await close.click();
    await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
  } finally { await app.close(); }
});

test('a bidi override in a file name stays inside that name in the messages', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.getByRole('button', { name: 'Documents' }).click();
    await page.locator('input[type=file]').first().setInputFiles([
      { name: '\u202Eevil.txt', mimeType: 'text/plain', buffer: Buffer.from('One text.') },
      { name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from('Another text.') },
    ]);
    const msg = page.locator('.messages .msg', { hasText: 'Added 2 document(s)' });
    await msg.waitFor();
    // Every user string is in its own isolate, so the override cannot reach the sentence.
    const isolated = await msg.evaluate((m) => [...m.querySelectorAll('bdi')].map((b) => b.textContent));
    assert.deepEqual(isolated, ['\u202Eevil', 'report']);
    const outside = await msg.evaluate((m) => {
      const span = m.querySelector('span');
      return [...span.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    });
    assert.ok(!outside.includes('\u202E'));
    // The document list shows the title isolated too.
    assert.equal(await page.locator('.doc-name', { hasText: 'evil' }).getAttribute('dir'), 'auto');
  } finally { await app.close(); }
});

test('the read-only view of a shared link shows no editing controls and offers Save a copy', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await saved(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.locator('[data-testid=share-link]').inputValue();
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('[data-testid=read-only-banner]').waitFor();
    await page.keyboard.press('Tab');
    await page.locator('.details:not([hidden])').waitFor();
    for (const name of ['Delete', 'Accept', 'Reject', 'Start one word earlier (extend)']) {
      assert.equal(await page.locator('.details').getByRole('button', { name, exact: true }).isVisible().catch(() => false), false, name);
    }
    assert.equal(await page.locator('.details textarea').isVisible(), false, 'no note field');
    assert.equal(await page.getByLabel('Label of this span').isDisabled(), true);
    await page.locator('.details').getByRole('button', { name: 'Save a copy to edit it' }).waitFor();
  } finally { await app.close(); }
});

test('a 2 MB garbage share link is named as not a share link, not as cut short', async () => {
  const app = await openApp(browser);
  const { page, url } = app;
  try {
    await ready(page);
    const garbage = 'Q'.repeat(2_000_001);
    await page.goto('about:blank');
    await page.goto(`${url}#share=${garbage}`);
    const msg = page.locator('.messages .msg, [role=alert]').filter({ hasText: /share link/i }).first();
    await msg.waitFor({ timeout: 15000 });
    const text = await msg.innerText();
    assert.ok(!/cut short/i.test(text), text);
    assert.match(text, /not a Spandrel share link/i);
  } finally { await app.close(); }
});

test('at 1280 and 1366 px a long title does not push Redo, the save state or ? onto a second line', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.getByRole('button', { name: 'Documents' }).click();
    const long = 'A very long document title that goes on and on about the Muscat talks and their aftermath';
    await page.getByLabel('Title').fill(long);
    await page.getByLabel('Text', { exact: true }).fill('Some text.');
    await page.getByRole('button', { name: 'Add document' }).click();
    const row = page.locator('.doc-table tbody tr').filter({ has: page.locator('.doc-name', { hasText: long }) });
    await row.getByRole('button', { name: 'Open' }).click();
    await page.waitForFunction((t) => document.querySelector('.doc-title')?.textContent === t, long);
    for (const width of [1280, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const tops = await page.evaluate(() => {
        const top = (el) => Math.round(el.getBoundingClientRect().top);
        const h = document.querySelector('.app-header h1');
        const redo = [...document.querySelectorAll('.app-header button')].find((b) => b.textContent.includes('Redo'));
        const help = [...document.querySelectorAll('.app-header button')].find((b) => b.textContent.trim() === '?');
        const mid = (el) => { const r = el.getBoundingClientRect(); return Math.round(r.top + r.height / 2); };
        return { h1: mid(h), redo: mid(redo), save: mid(document.querySelector('.save-state')), help: mid(help), h1top: top(h) };
      });
      for (const k of ['redo', 'save', 'help']) assert.ok(Math.abs(tops[k] - tops.h1) < 12, `${width}px: ${k} is on the first line (${JSON.stringify(tops)})`);
    }
  } finally { await app.close(); }
});

test('failures of web APIs are said: the clipboard refusing a copy, the offline worker not installing', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }, configurable: true });
    });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.messages .msg', { hasText: 'could not be copied' }).waitFor();
    assert.notEqual(await page.locator('[data-testid=live]').innerText(), 'Link copied');
  } finally { await app.close(); }

  // sw.js missing: the registration fails and the page says offline use is off.
  const ctx = await browser.newContext();
  await ctx.route('**/sw.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
  const app2 = await openApp(browser, { context: ctx });
  try {
    await app2.page.locator('.messages .msg', { hasText: 'Offline use is off' }).waitFor({ timeout: 15000 });
  } finally { await ctx.close(); await app2.close(); }
});
