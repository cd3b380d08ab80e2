// The annotation screen as a person uses it: mouse, keyboard only, snapping, suggestions, accessibility.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, cpIndex, waitSuggestions, openAppForAxe, seriousViolations } from './harness.mjs';

const SAMPLE = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function pendingCount(page) { return Number(await page.locator('[data-testid=pending-count]').innerText()); }
async function storedDoc(page) {
  await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Saved');
  return page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith('spandrel/v2/doc/'));
    return JSON.parse(localStorage.getItem(k)).doc;
  });
}
/** Selects UTF-16 offsets [start, end) relative to the first occurrence of `needle` in a paragraph's text
 *  (the selection may cross rendered pieces), then releases the mouse there as a person would. */
async function selectInside(page, needle, start, end) {
  await page.evaluate(([needle, start, end]) => {
    const para = [...document.querySelectorAll('.doc-view .para')].find((p) => p.textContent.includes(needle));
    const base = para.textContent.indexOf(needle);
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    const point = (off) => {
      let acc = 0;
      for (let n = walker.currentNode = para, t; (t = walker.nextNode());) {
        if (off <= acc + t.length) return [t, off - acc];
        acc += t.length;
      }
      throw new Error('offset past paragraph');
    };
    const r = document.createRange();
    r.setStart(...point(base + start));
    r.setEnd(...point(base + end));
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    const rect = r.getBoundingClientRect();
    r.endContainer.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.left, clientY: rect.bottom }));
  }, [needle, start, end]);
}

test('mouse: select Muscat and press the GPE or ORG hotkey → a mark with that label covers exactly Muscat', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    const muscat = page.locator('.doc-view .seg', { hasText: /^Muscat$/ }).first();
    await muscat.dblclick();
    await page.waitForSelector('.seg.pending');
    assert.equal(await page.locator('.seg.pending').innerText(), 'Muscat');
    await page.keyboard.press('g');
    await page.keyboard.press('Escape');
    // The accepted mark is drawn solid (not as a suggestion) and its label tag reads GPE.
    const tag = await page.evaluate(() => {
      const seg = [...document.querySelectorAll('.doc-view .seg.m:not(.sug)')].find((e) => e.textContent === 'Muscat');
      const ids = seg.dataset.ids.split(' ');
      return ids.map((id) => document.getElementById('ann-' + id)?.dataset.tag);
    });
    assert.deepEqual(tag, ['GPE']);
    // ORG on the same word: a second, overlapping mark.
    await muscat.dblclick();
    await page.keyboard.press('o');
    const doc = await storedDoc(page);
    const at = cpIndex(SAMPLE, 'Muscat');
    const labels = doc.annotations.filter((a) => a.span.start === at && a.span.end === at + 6 && a.state === 'accepted').map((a) => a.label).sort();
    assert.deepEqual(labels, ['GPE', 'ORG']);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('keyboard only: create a span, relabel, undo, redo, delete', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    const live = page.locator('[data-testid=live]');
    await page.keyboard.press('ArrowRight'); // "Iran"
    await page.keyboard.press('ArrowRight'); // "and"
    await page.keyboard.press('ArrowRight'); // "the"
    await page.keyboard.press('Shift+ArrowRight'); // "the United"
    assert.equal(await page.locator('.seg.pending').allInnerTexts().then((t) => t.join('')), 'the United');
    await page.keyboard.press('o');
    const row = page.locator('.span-list .rows li', { hasText: 'the United' });
    await row.waitFor();
    assert.match(await row.innerText(), /ORG/);
    await page.keyboard.press('p'); // relabel the focused span
    await page.waitForFunction(() => [...document.querySelectorAll('.span-list .rows li')].some((li) => li.textContent.includes('the United') && li.textContent.includes('PERSON')));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => [...document.querySelectorAll('.span-list .rows li')].some((li) => li.textContent.includes('the United') && li.textContent.includes('ORG')));
    assert.match(await live.innerText(), /Undid/);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => [...document.querySelectorAll('.span-list .rows li')].some((li) => li.textContent.includes('the United') && li.textContent.includes('PERSON')));
    // Focus it with Tab from the text and delete it.
    await page.keyboard.press('Escape');
    let guard = 0;
    while (guard++ < 40) {
      await page.keyboard.press('Tab');
      const txt = await page.locator('.details .covered-text').innerText().catch(() => '');
      if (txt.includes('the United')) break;
    }
    assert.match(await page.locator('.details .covered-text').innerText(), /the United/);
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => ![...document.querySelectorAll('.span-list .rows li')].some((li) => li.textContent.includes('the United')));
    const doc = await storedDoc(page);
    assert.ok(!doc.annotations.some((a) => a.label === 'PERSON' && a.span.start === cpIndex(SAMPLE, 'the United')));
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('a selection inside 阿拉格齐 snaps to the whole name; stored offsets are Python code points', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    await selectInside(page, '阿拉格齐', 1, 3); // "拉格"
    await page.waitForSelector('.seg.pending');
    assert.equal(await page.locator('.seg.pending').innerText(), '阿拉格齐');
    await page.keyboard.press('p');
    const doc = await storedDoc(page);
    const start = cpIndex(SAMPLE, '阿拉格齐');
    const a = doc.annotations.find((a) => a.label === 'PERSON' && a.state === 'accepted' && a.span.start === start);
    assert.ok(a, 'an accepted PERSON span starts at the code point offset of 阿拉格齐');
    assert.equal(a.span.end, start + 4);
    // Python agrees: len() counts code points.
    const py = (await import('node:child_process')).execFileSync('python3', ['-c',
      'import sys; t=open(sys.argv[1],encoding="utf-8").read(); i=t.index("阿拉格齐"); print(i, i+4)', 'assets/muscat-talks.txt']).toString().trim();
    assert.equal(py, `${a.span.start} ${a.span.end}`);
    // A selection that ends on the apostrophe of "Tehran’s" snaps back to just "Tehran".
    await selectInside(page, 'Tehran’s red', 1, 7);
    assert.equal(await page.locator('.seg.pending').innerText(), 'Tehran');
  } finally { await app.close(); }
});

test('suggestions: accept and reject singly and in bulk; undo restores them', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    const n0 = await pendingCount(page);
    // Accept one by clicking it and pressing Enter.
    await page.locator('.doc-view .seg.sug', { hasText: /^Oman$/ }).first().click();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=pending-count]').textContent) === n - 1, n0);
    // Reject one with the Details button.
    const washingtons = await page.locator('.doc-view .seg.sug', { hasText: /^Washington$/ }).count();
    await page.locator('.doc-view .seg.sug', { hasText: /^Washington$/ }).first().click();
    await page.locator('.details button', { hasText: 'Reject' }).click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=pending-count]').textContent) === n - 2, n0);
    // The rejected one is no longer drawn in the text.
    assert.equal(await page.locator('.doc-view .seg.sug', { hasText: /^Washington$/ }).count(), washingtons - 1);
    // Bulk: accept all, then undo.
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=pending-count]').textContent === '0');
    assert.equal(await page.locator('.doc-view .seg.sug').count(), 0);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=pending-count]').textContent) === n - 2, n0);
    // Reject all of one label.
    await page.getByRole('button', { name: 'Reject every GPE suggestion' }).click();
    const doc = await storedDoc(page);
    assert.ok(!doc.annotations.some((a) => a.label === 'GPE' && a.state === 'suggested'));
    assert.ok(doc.annotations.some((a) => a.label === 'GPE' && a.state === 'rejected'));
  } finally { await app.close(); }
});

test('? shows the keyboard map; hotkeys do not fire while typing in an input', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    const before = await page.locator('.span-list .rows li').count();
    await page.keyboard.press('ArrowRight');
    await page.getByPlaceholder('New label').click();
    await page.keyboard.type('pog');
    assert.equal(await page.locator('.span-list .rows li').count(), before);
  } finally { await app.close(); }
});

test('axe-core finds no serious or critical accessibility violations on the main screen', async () => {
  const app = await openAppForAxe(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    assert.deepEqual(await seriousViolations(page), []);
  } finally { await app.close(); }
});
