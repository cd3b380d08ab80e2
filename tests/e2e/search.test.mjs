// Search box (/, options, hit count, next/previous) and "Label all" as one undoable step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, waitSuggestions } from './harness.mjs';

const SAMPLE = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');
/** Code point offsets of every regex match in the sample. */
const cpHits = (re) => [...SAMPLE.matchAll(re)].map((m) => [...SAMPLE.slice(0, m.index)].length);
const countText = (n) => (n === 0 ? 'No matches' : n === 1 ? '1 match' : `${n} matches`);
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function storedDoc(page) {
  await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Saved');
  return page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith('spandrel/v2/doc/'));
    return JSON.parse(localStorage.getItem(k)).doc;
  });
}
const orgIran = (doc, starts) => doc.annotations.filter((a) => a.label === 'ORG' && a.span.end - a.span.start === 4 && starts.includes(a.span.start));

test('/ focuses the search box; whole word and case options change the hit count; Enter walks the hits', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Find in document' });
    assert.ok(await box.evaluate((el) => el === document.activeElement), '/ focuses the search box');
    await page.keyboard.type('iran');
    const count = page.locator('[data-testid=hit-count]');
    // Case-sensitive whole word: "iran" does not occur.
    assert.equal(await count.innerText(), 'No matches');
    await page.getByRole('checkbox', { name: 'Ignore case' }).check();
    const iranWords = cpHits(/\bIran\b/gi);
    assert.equal(await count.innerText(), `${iranWords.length} matches`);
    // Without whole word, "man" also matches inside longer words ("Oman", "German"…).
    await box.fill('man');
    assert.equal(await count.innerText(), countText(cpHits(/\bman\b/gi).length));
    await page.getByRole('checkbox', { name: 'Whole word' }).uncheck();
    const manAny = cpHits(/man/gi).length;
    assert.ok(manAny > 1);
    assert.equal(await count.innerText(), countText(manAny));
    await page.getByRole('checkbox', { name: 'Whole word' }).check();
    await box.fill('iran');
    await box.focus();
    await page.keyboard.press('Enter');
    assert.equal(await count.innerText(), `1 of ${iranWords.length}`);
    assert.equal(await page.locator('.seg.pending').innerText(), 'Iran');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    assert.equal(await count.innerText(), `3 of ${iranWords.length}`);
    // The third hit is highlighted where it is in the text, and scrolled into view.
    const third = await page.locator('.seg.pending').evaluate((el) => ({ cp: Number(el.dataset.cp), top: el.getBoundingClientRect().top }));
    assert.equal(third.cp, iranWords[2]);
    assert.ok(third.top > 0 && third.top < 900, 'the hit is on screen');
    await page.keyboard.press('Shift+Enter');
    assert.equal(await count.innerText(), `2 of ${iranWords.length}`);
    await page.getByRole('button', { name: 'Previous match (Shift+Enter)' }).click();
    await page.getByRole('button', { name: 'Previous match (Shift+Enter)' }).click();
    assert.equal(await count.innerText(), `${iranWords.length} of ${iranWords.length}`, 'previous wraps around');
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('Label all “Iran” (whole word, case-sensitive) as ORG adds one span per occurrence; one Ctrl+Z removes them all', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    // Suggestions arrive first (they are not an undo step); suggestions never block label-all.
    await waitSuggestions(page);
    const starts = cpHits(/\bIran\b/g);
    // The sample has 5 whole-word, case-sensitive occurrences of "Iran" (including "Iran's" and "Iran–US").
    assert.equal(starts.length, 5);
    const before = await storedDoc(page);
    assert.equal(orgIran(before, starts).length, 0, 'no ORG span on “Iran” yet');
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('Iran');
    assert.equal(await page.getByRole('checkbox', { name: 'Whole word' }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Ignore case' }).isChecked(), false);
    await page.getByLabel('Label for Label all').selectOption('ORG');
    await page.getByRole('button', { name: 'Label all' }).click();
    await page.locator('.msg', { hasText: 'Labelled 5 occurrences of “Iran” as ORG' }).waitFor();
    assert.match(await page.locator('[data-testid=live]').innerText(), /Labelled 5 occurrences/);
    let doc = await storedDoc(page);
    const made = orgIran(doc, starts);
    assert.equal(made.length, 5);
    assert.ok(made.every((a) => a.state === 'accepted'), 'label-all spans are accepted');
    assert.deepEqual(made.map((a) => a.span.start).sort((a, b) => a - b), starts);
    // Label all again: nothing left to label.
    await page.getByRole('button', { name: 'Label all' }).click();
    await page.locator('.msg', { hasText: 'No unlabelled occurrences of “Iran”' }).waitFor();
    // One undo removes all five.
    await page.keyboard.press('Control+z');
    doc = await storedDoc(page);
    assert.equal(orgIran(doc, starts).length, 0);
    assert.equal(doc.annotations.length, before.annotations.length);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
