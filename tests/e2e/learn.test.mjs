// Suggestions that learn from the annotator, in the browser: a new label learned from a handful of
// labelled mentions, a rejected suggestion not made again, learning kept over a reload, and Forget
// bringing back the shipped model's suggestions exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready, saved } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DOC_PREFIX = 'spandrel/v2/doc/';
const storedDocs = (page) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p))
  .map((k) => JSON.parse(localStorage.getItem(k)).doc), DOC_PREFIX);
const cp = (s, needle) => [...s.slice(0, s.indexOf(needle))].length;
/** A doccano line with `drugs` labelled DRUG. */
const line = (text, drugs) => JSON.stringify({ text, label: drugs.map((d) => [cp(text, d), cp(text, d) + [...d].length, 'DRUG']) });

async function importLines(page, lines) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('[data-testid=import-h]').waitFor();
  await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'project.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(lines.join('\n') + '\n') }]);
  await page.locator('[data-testid=import-confirm]').click();
  await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
}
const waitPos = (page, pos) => page.waitForFunction((p) => document.querySelector('[data-testid=corpus-position]')?.textContent === p, pos, { timeout: 15000 });
/** Pending suggestions of the open document as "covered:LABEL", from storage once saved. */
async function pendingOf(page, text) {
  await saved(page);
  const d = (await storedDocs(page)).find((x) => x.text === text);
  const cps = [...d.text];
  return d.annotations.filter((a) => a.state === 'suggested').map((a) => `${cps.slice(a.span.start, a.span.end).join('')}:${a.label}`).sort();
}

test('a new label (DRUG) taught on three documents is suggested in a fourth; reload keeps it; Forget restores the shipped suggestions', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const fourth = 'The nurse gave him ibuprofen and later some paracetamol for the fever .';
    await importLines(page, [
      line('The patient was given aspirin for the pain and later took ibuprofen .', ['aspirin', 'ibuprofen']),
      line('Doctors prescribed metformin and insulin to control her blood sugar , and aspirin daily .', ['metformin', 'insulin', 'aspirin']),
      line('She was treated with amoxicillin , then penicillin , then paracetamol , and finally ibuprofen again .', ['amoxicillin', 'penicillin', 'paracetamol', 'ibuprofen']),
      line('Officials said the talks in Muscat would resume on Monday .', []),
      JSON.stringify({ text: fourth, label: [] }),
    ]);
    await waitPos(page, '2 / 6');
    // The shipped model knows no DRUG: the fourth text gets none before any teaching.
    // Done → next on the three labelled documents (each save teaches the worker).
    for (const pos of ['3 / 6', '4 / 6', '5 / 6']) {
      await page.keyboard.press('Control+Enter');
      await waitPos(page, pos);
    }
    // Each Done teaches the worker in turn: the note counts up as the three lessons land (wait for all of
    // them, not the first; if they never add up, the assertion below names the count reached).
    await page.waitForFunction(() => /shipped model \+ \d+ of your spans/.test(document.querySelector('[data-testid=learned-note]')?.textContent || ''), null, { timeout: 15000 });
    await page.waitForFunction(() => Number(/\+ (\d+) of your spans/.exec(document.querySelector('[data-testid=learned-note]')?.textContent || '')?.[1]) >= 9, null, { timeout: 15000 }).catch(() => {});
    const taught = Number(/\+ (\d+) of your spans/.exec(await page.locator('[data-testid=learned-note]').innerText())[1]);
    assert.ok(taught >= 9, `the note counts the taught spans (${taught})`);
    // Skip the Muscat sentence; the fourth document gets DRUG suggestions.
    await page.keyboard.press(']');
    await waitPos(page, '6 / 6');
    let drug = [];
    for (let i = 0; i < 30 && !drug.length; i++) {
      drug = (await pendingOf(page, fourth)).filter((s) => s.endsWith(':DRUG'));
      if (!drug.length) await page.waitForTimeout(300);
    }
    assert.ok(drug.length > 0, 'the fourth document has DRUG suggestions');
    assert.ok(drug.some((s) => s.startsWith('ibuprofen') || s.startsWith('paracetamol')), drug.join(', '));

    // Reload: what was learned is still there (a fresh copy of the fourth text is suggested DRUG too).
    await page.reload();
    await page.waitForSelector('.doc-view .para');
    await page.waitForFunction(() => /\+ \d+ of your spans/.test(document.querySelector('[data-testid=learned-note]')?.textContent || ''), null, { timeout: 15000 });
    const again = 'The doctor gave her ibuprofen and later some paracetamol for the fever .';
    await importLines(page, [JSON.stringify({ text: again, label: [] })]);
    let drug2 = [];
    for (let i = 0; i < 30 && !drug2.length; i++) {
      drug2 = (await pendingOf(page, again)).filter((s) => s.endsWith(':DRUG'));
      if (!drug2.length) await page.waitForTimeout(300);
    }
    assert.ok(drug2.length > 0, 'after a reload the learned label is still suggested');

    // Forget: the note says so and the open document's suggestions are the shipped model's, exactly.
    await page.locator('[data-testid=forget-learned]').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid=learned-note]')?.textContent || '').includes('the shipped model'));
    let afterForget = [];
    for (let i = 0; i < 30; i++) {
      afterForget = await pendingOf(page, again);
      if (!afterForget.some((s) => s.endsWith(':DRUG'))) break;
      await page.waitForTimeout(300);
    }
    // The shipped suggestions of the same text, in a fresh browser context that learned nothing.
    const other = await openApp(browser);
    try {
      await ready(other.page);
      await importLines(other.page, [JSON.stringify({ text: again, label: [] })]);
      let shipped = [];
      for (let i = 0; i < 30; i++) {
        shipped = await pendingOf(other.page, again).catch(() => []);
        if (shipped.length) break;
        await other.page.waitForTimeout(300);
      }
      assert.deepEqual(afterForget, shipped);
    } finally { await other.close(); }
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('rejecting the same wrong suggestion in two documents stops it in a third', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const texts = [1, 2, 3].map((i) => `Minutes ${i} : the committee met Jordan Hall staff and Jordan Hall sent regrets .`);
    await importLines(page, texts.map((text) => JSON.stringify({ text, label: [] })));
    await waitPos(page, '2 / 4');
    // A suggestion all three texts share (not the numbers, which differ).
    let first = [];
    for (let i = 0; i < 30 && !first.length; i++) {
      first = (await pendingOf(page, texts[0])).filter((s) => !/\d/.test(s));
      if (!first.length) await page.waitForTimeout(300);
    }
    assert.ok(first.length > 0, 'the shipped model suggests something here');
    const target = first[0];
    const [covered, label] = target.split(':');
    // Reject every suggestion of that span and label in documents 1 and 2, then go on (not done).
    for (const [k, pos] of [[0, '3 / 4'], [1, '4 / 4']]) {
      const d = (await storedDocs(page)).find((x) => x.text === texts[k]);
      const cps = [...d.text];
      const ids = d.annotations.filter((a) => a.state === 'suggested' && a.label === label && cps.slice(a.span.start, a.span.end).join('') === covered).map((a) => a.id);
      // The first is suggested it by the shipped model; the second may already have learned better.
      if (k === 0) assert.ok(ids.length > 0, `document ${k + 1} is suggested ${target}`);
      for (const id of ids) {
        const seg = page.locator(`.doc-view .seg[data-ids~="${id}"]`).first();
        await seg.click();
        await page.waitForFunction((i) => document.querySelector(`.doc-view .seg[data-focused][data-ids~="${i}"]`), id);
        await page.keyboard.press('Delete');
      }
      await saved(page);
      await page.keyboard.press(']');
      await waitPos(page, pos);
    }
    // The third document: that suggestion is gone once the learner has both rejections.
    let third = null;
    for (let i = 0; i < 40; i++) {
      third = await pendingOf(page, texts[2]);
      if (!third.includes(target)) break;
      await page.waitForTimeout(300);
    }
    assert.ok(!third.includes(target), `${target} is no longer suggested: ${third.join(', ')}`);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
