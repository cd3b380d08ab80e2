// Review mode in the browser: suggestions asked one at a time, most doubtful first, answered by keys
// (accept, reject, relabel by label hotkey, skip), each answer undoable, the document marked done at
// the end, and the learner learning from the answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready, saved, openAppForAxe, seriousViolations } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DOC_PREFIX = 'spandrel/v2/doc/';
const storedDocs = (page) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p))
  .map((k) => JSON.parse(localStorage.getItem(k))), DOC_PREFIX);
const storedDoc = async (page, text) => (await storedDocs(page)).find((x) => x.doc.text === text);

async function importLines(page, lines) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('[data-testid=import-h]').waitFor();
  await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'project.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(lines.join('\n') + '\n') }]);
  await page.locator('[data-testid=import-confirm]').click();
  await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
}
const waitPos = (page, pos) => page.waitForFunction((p) => document.querySelector('[data-testid=corpus-position]')?.textContent === p, pos, { timeout: 15000 });
const question = (page) => page.locator('[data-testid=review]').getAttribute('data-question');
/** Waits until the card asks something other than `before` (or reaches the end, for `''`). */
const nextQuestion = (page, before) => page.waitForFunction((b) => {
  const q = document.querySelector('[data-testid=review]')?.getAttribute('data-question');
  return q !== undefined && q !== null && q !== b;
}, before, { timeout: 10000 });
/** An annotation of the stored document by id, once saved. */
async function annotation(page, text, id) {
  await saved(page);
  const d = await storedDoc(page, text);
  return d.doc.annotations.find((a) => String(a.id) === String(id));
}

test('review mode: accept, reject, relabel and skip by keys; undo asks again; the end marks the document done and opens the next', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const first = 'Angela Merkel met Emmanuel Macron and Mark Rutte in Paris on Monday , before Pedro Sanchez flew to Madrid with officials of the European Union .';
    const second = 'Reuters reported that Toyota and Honda will open factories in Ohio and Texas next year .';
    await importLines(page, [first, second].map((text) => JSON.stringify({ text })));
    await waitPos(page, '2 / 3');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) >= 5, null, { timeout: 15000 });
    await saved(page);
    const pendingBefore = (await storedDoc(page, first)).doc.annotations.filter((a) => a.state === 'suggested').length;

    // Shift + V: the card asks one suggestion, shown in its sentence with its label and score, and focused in the text.
    await page.keyboard.press('Shift+V');
    await page.locator('[data-testid=review-span]').waitFor();
    const q1 = await question(page);
    assert.ok(q1, 'a question is asked');
    const span1 = await page.locator('[data-testid=review-span]').innerText();
    assert.ok(first.includes(span1), `the asked span "${span1}" is in the text`);
    assert.ok((await page.locator('[data-testid=review-context]').innerText()).length > span1.length, 'shown in its sentence');
    assert.match(await page.locator('[data-testid=review-score]').innerText(), /score 0\.\d\d/);
    await page.waitForSelector(`.doc-view .seg[data-focused][data-ids~="${q1}"]`);

    // Enter accepts.
    await page.keyboard.press('Enter');
    await nextQuestion(page, q1);
    assert.equal((await annotation(page, first, q1)).state, 'accepted');
    // Backspace rejects.
    const q2 = await question(page);
    await page.keyboard.press('Backspace');
    await nextQuestion(page, q2);
    assert.equal((await annotation(page, first, q2)).state, 'rejected');
    // A label hotkey accepts under that label (one with a hotkey other than the asked label).
    const q3 = await question(page);
    const label3 = await page.locator('[data-testid=review-label]').innerText();
    const titles = await page.locator('.review-relabel').evaluateAll((bs) => bs.map((b) => b.getAttribute('title')));
    const other = titles.map((t) => /^Accept as (.+) \((.)\)$/.exec(t)).find((m) => m && m[1] !== label3);
    assert.ok(other, `a label with a hotkey besides ${label3}: ${titles.join(', ')}`);
    await page.keyboard.press(other[2]);
    await nextQuestion(page, q3);
    const relabelled = await annotation(page, first, q3);
    assert.deepEqual([relabelled.state, relabelled.label], ['accepted', other[1]]);
    assert.match(await page.locator('[data-testid=review-pace]').innerText(), /^3 decisions/);
    // Tab skips: the suggestion stays pending.
    const q4 = await question(page);
    await page.keyboard.press('Tab');
    await nextQuestion(page, q4);
    assert.equal((await annotation(page, first, q4)).state, 'suggested');
    // Ctrl + Z undoes the relabel, and that suggestion is asked again.
    await page.keyboard.press('Control+z');
    await page.waitForFunction((q) => document.querySelector('[data-testid=review]')?.getAttribute('data-question') === q, q3);
    const undone = await annotation(page, first, q3);
    assert.deepEqual([undone.state, undone.label], ['suggested', label3]);
    // The buttons answer too (touch): reject it.
    await page.getByRole('button', { name: /^✗ Reject/ }).click();
    await nextQuestion(page, q3);

    // Answer the rest with Enter, until nothing but the skipped one is left.
    for (let i = 0; i < 40 && await page.locator('[data-testid=review-span]').count(); i++) {
      const q = await question(page);
      await page.keyboard.press('Enter');
      await nextQuestion(page, q);
    }
    await page.locator('[data-testid=review-finish]').waitFor();
    assert.match(await page.locator('[data-testid=review-finish]').innerText(), /1 skipped suggestion left/);
    // Tab asks the skipped one again; Enter accepts it; the document is still not done.
    await page.keyboard.press('Tab');
    await page.waitForFunction((q) => document.querySelector('[data-testid=review]')?.getAttribute('data-question') === q, q4);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=review-finish]').waitFor();
    assert.match(await page.locator('[data-testid=review-finish]').innerText(), /Done → next/);
    await saved(page);
    const answered = await storedDoc(page, first);
    // Every suggestion shown (score ≥ the 0.5 threshold) is answered; those hidden below it stay pending.
    assert.equal(answered.doc.annotations.filter((a) => a.state === 'suggested' && (a.origin?.score ?? 1) >= 0.5).length, 0, 'every shown suggestion answered');
    assert.equal(answered.doc.annotations.length, pendingBefore, 'answers add and remove nothing');
    assert.notEqual(answered.doc.status, 'done');
    // Enter at the end: Done → next; the next document is asked at once.
    await page.keyboard.press('Enter');
    await waitPos(page, '3 / 3');
    await saved(page);
    assert.equal((await storedDoc(page, first)).doc.status, 'done');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) > 0, null, { timeout: 15000 });
    await page.locator('[data-testid=review-span]').waitFor();
    assert.ok(second.includes(await page.locator('[data-testid=review-span]').innerText()));
    // The keyboard map lists review mode; Escape leaves it.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=review]').waitFor({ state: 'detached' });
    await page.keyboard.press('?');
    const help = await page.getByRole('dialog').innerText();
    assert.match(help, /Review mode/);
    assert.match(help, /Review: accept under that label/);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('review answers teach the learner: a suggestion rejected in review in two documents is not made in the third', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const texts = [1, 2, 3].map((i) => `Minutes ${i} : the committee met Jordan Hall staff and Jordan Hall sent regrets .`);
    await importLines(page, texts.map((text) => JSON.stringify({ text })));
    await waitPos(page, '2 / 4');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) > 0, null, { timeout: 15000 });
    await page.getByTestId('review-toggle').click();
    await page.locator('[data-testid=review-span]').waitFor();
    // The suggestion to reject: the first asked that every text shares (not a number).
    let target = null;
    for (const [k, pos] of [[0, '3 / 4'], [1, '4 / 4']]) {
      if (k === 1) await page.waitForFunction(() => document.querySelector('[data-testid=review-span]') || document.querySelector('[data-testid=review-finish]'));
      for (let i = 0; i < 20 && await page.locator('[data-testid=review-span]').count(); i++) {
        const q = await question(page);
        const what = `${await page.locator('[data-testid=review-span]').innerText()}:${await page.locator('[data-testid=review-label]').innerText()}`;
        if (!target && !/\d/.test(what)) target = what;
        await page.keyboard.press(what === target ? 'Backspace' : 'Enter');
        await nextQuestion(page, q);
      }
      assert.ok(target, 'the shipped model suggests something shared');
      await page.locator('[data-testid=review-finish]').waitFor();
      await page.keyboard.press('Enter');
      await waitPos(page, pos);
    }
    // The third document: that suggestion is gone once the learner has both rejections.
    let third = [];
    for (let i = 0; i < 40; i++) {
      await saved(page);
      const d = await storedDoc(page, texts[2]);
      const cps = [...d.doc.text];
      third = d.doc.annotations.filter((a) => a.state === 'suggested').map((a) => `${cps.slice(a.span.start, a.span.end).join('')}:${a.label}`);
      if (!third.includes(target)) break;
      await page.waitForTimeout(300);
    }
    assert.ok(!third.includes(target), `${target} is no longer suggested: ${third.join(', ')}`);
    // Two documents done.
    const done = (await storedDocs(page)).filter((d) => texts.includes(d.doc.text) && d.doc.status === 'done').length;
    assert.equal(done, 2);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('the review card has no serious accessibility violations and is styled (style/app.css is linked)', async () => {
  const app = await openAppForAxe(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.getByTestId('review-toggle').click();
    await page.locator('[data-testid=review-span]').waitFor();
    assert.deepEqual(await seriousViolations(page, '[data-testid=review]'), []);
    // The style sheet of the corpus row and the review card is part of the page (it once was not linked).
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=review]')).borderTopStyle);
    assert.equal(styled, 'solid');
    await page.getByTestId('review-toggle').click();
    await page.locator('[data-testid=review]').waitFor({ state: 'detached' });
  } finally { await app.close(); }
});
