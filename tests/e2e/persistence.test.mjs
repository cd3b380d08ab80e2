// Persistence as a person meets it: every kind of edit survives a reload, a full storage never loses
// what was saved (and keeps the edit on screen), damaged entries are set aside, two tabs stay in step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, cpIndex, saved, ready } from './harness.mjs';

// Key layout of crates/core/src/storage/schema.rs (version 2).
const DOC_PREFIX = 'spandrel/v2/doc/';
const INDEX_KEY = 'spandrel/v2/index';
const RECOVERY_PREFIX = 'spandrel/recovery/';

const SAMPLE = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const spandrelKeys = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('spandrel/')).sort().map((k) => [k, localStorage.getItem(k)])));
const docKeys = (page) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).sort(), DOC_PREFIX);
async function onlyDoc(page) {
  const keys = await docKeys(page);
  assert.equal(keys.length, 1);
  return page.evaluate((k) => ({ key: k, ...JSON.parse(localStorage.getItem(k)) }), keys[0]);
}
/** What the annotation screen shows: title, spans drawn in the text, suggestion count. */
function screenState(page) {
  return page.evaluate(() => ({
    title: document.querySelector('.doc-title')?.textContent,
    pending: document.querySelector('[data-testid=pending-count]')?.textContent,
    spans: document.querySelector('#spans-h .badge')?.textContent,
    anchors: [...document.querySelectorAll('.doc-view .anchor')].map((a) => `${a.dataset.ann}:${a.dataset.tag}`),
    pieces: [...document.querySelectorAll('.doc-view .seg[data-ids]')].map((s) => `${s.dataset.cp}|${s.className}|${s.dataset.ids}`),
  }));
}
/** Waits for "Saved", reloads, and checks storage and screen are exactly as before. Returns the stored doc. */
async function survivesReload(page, what) {
  await saved(page);
  const store = await spandrelKeys(page);
  const shown = await screenState(page);
  await page.reload();
  await page.waitForSelector('[data-app-ready]');
  await page.waitForSelector('.doc-view .para');
  await saved(page);
  assert.deepEqual(await spandrelKeys(page), store, `${what}: storage is unchanged by the reload`);
  assert.deepEqual(await screenState(page), shown, `${what}: the screen shows the same state after the reload`);
  return (await onlyDoc(page)).doc;
}
const cpSlice = (text, a) => [...text].slice(a.span.start, a.span.end).join('');
const find = (doc, covered, label) => doc.annotations.find((a) => a.label === label && cpSlice(doc.text, a) === covered);

/** Focuses the span with this covered text and label by its row in the span list. */
async function focusSpan(page, covered, label) {
  const i = await page.evaluate(([covered, label]) => [...document.querySelectorAll('.span-list .rows li')]
    .findIndex((li) => li.querySelector('.covered')?.textContent === covered && li.querySelector('.tag')?.textContent === label), [covered, label]);
  assert.ok(i >= 0, `a ${label} row for ${covered}`);
  await page.locator('.span-list .rows li').nth(i).locator('button').click();
  await page.waitForFunction((c) => document.querySelector('.details .covered-text')?.textContent.includes(c), covered);
}

test('every kind of edit is saved and comes back identical after a reload', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    // Add a span with the mouse: double-click a word, press a label's hotkey.
    await page.locator('.doc-view .seg', { hasText: /^Muscat$/ }).first().dblclick();
    await page.waitForSelector('.seg.pending');
    await page.keyboard.press('o');
    let doc = await survivesReload(page, 'add span (mouse)');
    const muscat = find(doc, 'Muscat', 'ORG');
    assert.ok(muscat && muscat.state === 'accepted' && muscat.span.start === cpIndex(SAMPLE, 'Muscat'));

    // Add a span with the keyboard: the first word, hotkey.
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.seg.pending');
    const first = await page.locator('.seg.pending').innerText();
    await page.keyboard.press('o');
    doc = await survivesReload(page, 'add span (keyboard)');
    assert.ok(find(doc, first, 'ORG'), `ORG span on ${first}`);

    // Relabel it in the details panel.
    await focusSpan(page, first, 'ORG');
    await page.getByLabel('Label of this span').selectOption('PERSON');
    doc = await survivesReload(page, 'relabel');
    assert.ok(find(doc, first, 'PERSON') && !find(doc, first, 'ORG'));
    const id = find(doc, first, 'PERSON').id;

    // Resize with Alt+ArrowRight: the end moves one word right.
    await focusSpan(page, first, 'PERSON');
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForFunction(() => document.querySelector('.save-state')?.textContent !== 'Saved');
    doc = await survivesReload(page, 'resize');
    const resized = doc.annotations.find((a) => a.id === id);
    assert.ok(resized.span.end > cpIndex(SAMPLE, first) + [...first].length, 'the span is longer');
    const resizedText = cpSlice(doc.text, resized);

    // Accept one suggestion (click, Enter), reject another (Details → Reject).
    await page.locator('.doc-view .seg.sug', { hasText: /^Oman$/ }).first().click();
    await page.keyboard.press('Enter');
    doc = await survivesReload(page, 'accept suggestion');
    assert.ok(doc.annotations.some((a) => cpSlice(doc.text, a) === 'Oman' && a.state === 'accepted' && a.origin.kind !== 'manual'));
    await page.locator('.doc-view .seg.sug', { hasText: /^Washington$/ }).first().click();
    await page.locator('.details button', { hasText: 'Reject' }).click();
    doc = await survivesReload(page, 'reject suggestion');
    assert.ok(doc.annotations.some((a) => cpSlice(doc.text, a) === 'Washington' && a.state === 'rejected'));

    // A note on the resized span.
    await focusSpan(page, resizedText, 'PERSON');
    await page.locator('.details textarea').fill('checked against the wire report');
    await page.locator('.details textarea').evaluate((el) => el.blur());
    doc = await survivesReload(page, 'note');
    assert.equal(doc.annotations.find((a) => a.id === id).note, 'checked against the wire report');

    // Delete the Muscat span.
    await focusSpan(page, 'Muscat', 'ORG');
    await page.locator('.details button.danger', { hasText: 'Delete' }).click();
    doc = await survivesReload(page, 'delete');
    assert.ok(!doc.annotations.some((a) => a.id === muscat.id));

    // Rename the document on the Documents screen.
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    const row = page.locator('.doc-table tbody tr').first();
    await row.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('Muscat talks (checked)');
    await page.getByLabel('New title').press('Enter');
    await page.locator('.doc-table tbody tr', { hasText: 'Muscat talks (checked)' }).waitFor();
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    doc = await survivesReload(page, 'rename');
    assert.equal(doc.title, 'Muscat talks (checked)');
    assert.equal(await page.locator('.doc-title').innerText(), 'Muscat talks (checked)');
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('storage full: a warning, the edit stays on screen and exports, nothing saved before changes', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    await saved(page);
    const { key } = await onlyDoc(page);
    const before = await spandrelKeys(page);
    // Fill localStorage up to the quota with filler keys, halving the chunk until not even one character fits.
    const fillers = await page.evaluate(() => {
      let size = 1 << 20;
      let i = 0;
      while (size >= 1) {
        try { localStorage.setItem(`filler-${i}`, 'x'.repeat(size)); i += 1; } catch { size = Math.floor(size / 2); }
      }
      return i;
    });
    assert.ok(fillers > 1);
    // The next edit: "and" (the word after the focused span) as GPE.
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.seg.pending');
    const word = await page.locator('.seg.pending').innerText();
    await page.keyboard.press('g');
    await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Not saved', null, { timeout: 5000 });
    const alert = page.getByRole('alert').filter({ hasText: /storage is full/i });
    await alert.waitFor();
    // The edit is on screen…
    assert.ok(await page.evaluate((w) => [...document.querySelectorAll('.span-list .rows li')]
      .some((li) => li.querySelector('.covered')?.textContent === w && li.querySelector('.tag')?.textContent === 'GPE'), word));
    assert.ok(await page.locator('.doc-view .anchor[data-tag=GPE]').count() >= 1);
    // …nothing saved before was touched…
    const afterFill = await spandrelKeys(page);
    assert.deepEqual(afterFill, before, 'every stored value is byte-identical');
    assert.equal(afterFill[key], before[key]);
    // …and Export still carries it.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.locator('[data-testid=export-download]').click();
    const file = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
    assert.ok(file.documents[0].spans.some((s) => s.text === word && s.label === 'GPE'), 'the export has the unsaved span');
    await page.keyboard.press('Escape');
    // Free space: the next edit saves everything, the earlier unsaved span included.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('d');
    await saved(page);
    const { doc } = await onlyDoc(page);
    assert.ok(find(doc, word, 'GPE'), 'the span made while storage was full is saved now');
  } finally { await app.close(); }
});

test('a garbage entry and one from a newer version are set aside and named; the rest opens', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const garbage = 'this is {not json';
    await page.evaluate(([DOC_PREFIX, INDEX_KEY, garbage]) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith(DOC_PREFIX));
      const rec = JSON.parse(localStorage.getItem(key));
      const future = { ...rec, v: 99, doc: { ...rec.doc, id: 'future', title: 'From the future' } };
      localStorage.setItem(`${DOC_PREFIX}broken`, garbage);
      localStorage.setItem(`${DOC_PREFIX}future`, JSON.stringify(future));
      const index = JSON.parse(localStorage.getItem(INDEX_KEY));
      const entry = index.docs[0];
      index.docs.push({ ...entry, id: 'broken', title: 'Broken notes' }, { ...entry, id: 'future', title: 'From the future' });
      localStorage.setItem(INDEX_KEY, JSON.stringify(index));
    }, [DOC_PREFIX, INDEX_KEY, garbage]);
    await page.reload();
    await page.waitForSelector('[data-app-ready]');
    await page.getByRole('alert').filter({ hasText: 'Broken notes' }).waitFor();
    const future = page.getByRole('alert').filter({ hasText: 'From the future' });
    await future.waitFor();
    assert.match(await future.innerText(), /newer version/);
    // The sample opens as usual.
    await page.waitForSelector('.doc-view .para');
    assert.ok((await page.locator('.doc-view').innerText()).includes('Muscat'));
    assert.deepEqual(await docKeys(page), [(await onlyDoc(page)).key]);
    // Read and dismissed, the messages free the screen. The Documents screen lists one document and two set-aside entries.
    while (await page.getByRole('button', { name: 'Dismiss message' }).count()) await page.getByRole('button', { name: 'Dismiss message' }).first().click();
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    assert.equal(await page.locator('.doc-table tbody tr').count(), 1);
    const items = page.locator('[data-testid=recovery-list] li');
    await items.first().waitFor();
    assert.equal(await items.count(), 2);
    const broken = items.filter({ hasText: `${DOC_PREFIX}broken` });
    const download = page.waitForEvent('download');
    await broken.getByRole('button', { name: 'Download' }).click();
    assert.equal(fs.readFileSync(await (await download).path(), 'utf8'), garbage);
    await broken.getByRole('button', { name: 'Discard' }).click();
    await broken.getByRole('button', { name: 'Yes, discard' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=recovery-list] li').length === 1);
    const left = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), RECOVERY_PREFIX);
    assert.equal(left.length, 1);
    assert.match(left[0], /future$/);
  } finally { await app.close(); }
});

test('two tabs: an edit shows in the other tab within a second; concurrent edits are both kept', async () => {
  const app = await openApp(browser);
  const a = app.page;
  const b = await app.ctx.newPage();
  try {
    await ready(a);
    await b.goto(app.url);
    await b.waitForSelector('[data-app-ready]');
    await ready(b);
    const orgsInB = await b.locator('.doc-view .anchor[data-tag=ORG]').count();
    await a.keyboard.press('ArrowRight');
    await a.waitForSelector('.seg.pending');
    const firstWord = await a.locator('.seg.pending').innerText();
    await a.keyboard.press('o');
    const t0 = Date.now();
    await b.waitForFunction((n) => document.querySelectorAll('.doc-view .anchor[data-tag=ORG]').length > n, orgsInB, { timeout: 1000 });
    assert.ok(Date.now() - t0 <= 1000);
    assert.ok(await b.evaluate((w) => [...document.querySelectorAll('.span-list .rows li')]
      .some((li) => li.querySelector('.covered')?.textContent === w && li.querySelector('.tag')?.textContent === 'ORG'), firstWord));
    await saved(a);
    await saved(b);

    // Both tabs add a different span before either has saved.
    await a.keyboard.press('ArrowRight'); // the word after the focused span
    await a.keyboard.press('ArrowRight');
    await b.keyboard.press('ArrowRight'); // the first word
    await b.keyboard.press('ArrowRight');
    await a.keyboard.press('g');
    await b.keyboard.press('p');
    await saved(a);
    await saved(b);
    // Storage ends up with both, and so does each tab.
    await a.waitForFunction(([p]) => {
      const k = Object.keys(localStorage).find((k) => k.startsWith(p));
      const doc = JSON.parse(localStorage.getItem(k)).doc;
      const cps = [...doc.text];
      const txt = (s) => cps.slice(s.span.start, s.span.end).join('');
      return doc.annotations.some((x) => x.label === 'GPE' && x.state === 'accepted' && x.origin.kind === 'manual' && txt(x) === 'the')
        && doc.annotations.some((x) => x.label === 'PERSON' && x.state === 'accepted' && txt(x) === 'and');
    }, [DOC_PREFIX], { timeout: 5000 }).catch(async (e) => {
      const doc = (await onlyDoc(a)).doc;
      throw new Error(`${e.message}; stored accepted: ${doc.annotations.filter((x) => x.state === 'accepted').map((x) => `${x.label}:${cpSlice(doc.text, x)}`).join(', ')}`);
    });
    // Each tab draws both in the text.
    for (const p of [a, b]) {
      await p.waitForFunction(() => {
        const shown = [...document.querySelectorAll('.doc-view .anchor')].map((an) => {
          const text = [...document.querySelectorAll(`.doc-view .seg[data-ids~="${an.dataset.ann}"]`)].map((s) => s.textContent).join('');
          return `${an.dataset.tag}:${text}`;
        });
        return shown.includes('GPE:the') && shown.includes('PERSON:and') && shown.includes('ORG:Iran');
      }, null, { timeout: 3000 });
      await saved(p);
    }
    assert.deepEqual(app.errors, []);
  } finally { await b.close(); await app.close(); }
});
