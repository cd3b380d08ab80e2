// The app layer's promises, as a user's actions meet them: labelling a span repaints its paragraph once
// (counted by the paragraph_paints hook), and the other paragraphs not at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready, saved } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const paints = (page) => page.evaluate(() => window.wasmBindings.paragraph_paints());

test('labelling a word with its hotkey repaints that paragraph once', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    // Let the document settle (suggestions drawn, every chunk shown).
    await page.waitForSelector('.doc-view[data-complete=yes]');
    await page.waitForTimeout(500);
    for (let round = 0; round < 3; round++) {
      // The keyboard caret picks a word (a pending range); that repaint is not counted.
      for (let i = 0; i < 2 * round + 1; i++) await page.keyboard.press('ArrowRight');
      await page.waitForSelector('.seg.pending');
      await page.waitForTimeout(300);
      const word = await page.locator('.seg.pending').first().innerText();
      const before = await paints(page);
      await page.keyboard.press('q');
      // The word is labelled (drawn as a QUANTITY span) and the pending range is gone.
      await page.waitForFunction((w) => !document.querySelector('.seg.pending')
        && [...document.querySelectorAll('.doc-view .anchor[data-tag=QUANTITY]')].some((a) => {
          const segs = [...document.querySelectorAll(`.doc-view .seg[data-ids~="${a.dataset.ann}"]`)];
          return segs.map((s) => s.textContent).join('') === w;
        }), word);
      await page.waitForTimeout(400);
      const after = await paints(page);
      assert.equal(after - before, 1, `round ${round} (${word}): ${after - before} paragraph repaints for one label`);
      await page.keyboard.press('Escape');
      await saved(page);
    }
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
