import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp } from './harness.mjs';

const SAMPLE = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the sample document is shown as readable text with its paragraphs', async () => {
  const app = await openApp(browser);
  try {
    assert.match(await app.page.locator('header').innerText(), /Spandrel/);
    const view = app.page.locator('.doc-view');
    const shown = await view.innerText();
    for (const needle of ['阿拉格齐 (Alaghezi)', 'Tehran’s red lines', 'Iran–US diplomacy', '“temporary”', 'Washington—and']) {
      assert.ok(shown.includes(needle), `document view shows ${needle}`);
    }
    const paragraphs = SAMPLE.split('\n').filter((p) => p.trim() !== '').length;
    // Non-empty paragraphs as in the file (a trailing newline gives one empty last line, kept for offsets).
    const shownParas = (await view.locator('.para').allInnerTexts()).filter((t) => t.trim() !== '').length;
    assert.equal(shownParas, paragraphs);
    // Every paragraph's text is exactly the file's paragraph.
    const first = await view.locator('.para').first().innerText();
    assert.equal(first.replace(/\s+$/, ''), SAMPLE.split('\n')[0]);
  } finally { await app.close(); }
});

test('no request leaves the page origin while loading and using the app', async () => {
  const app = await openApp(browser);
  try {
    await app.page.keyboard.press('Tab');
    await app.page.mouse.click(300, 200);
    await app.page.waitForTimeout(1500);
    assert.deepEqual(app.foreign, []);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('the built site works when served from a sub-path', async () => {
  const app = await openApp(browser, { base: '/some/sub/path/' });
  try {
    assert.ok((await app.page.locator('.doc-view').innerText()).includes('Muscat'));
    assert.deepEqual(app.foreign, []);
  } finally { await app.close(); }
});
