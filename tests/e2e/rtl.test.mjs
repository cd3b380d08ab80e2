// Right-to-left documents in the browser: each paragraph laid out in its own direction, the visual order
// of the words unchanged when spans are drawn (suggested or accepted), a mouse drag over a word (also one
// written with a zero-width non-joiner) labels exactly that word, the arrow keys step in reading order, and
// spans survive a reload with their code point offsets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready, saved, cpIndex } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DOC_PREFIX = 'spandrel/v2/doc/';
const storedDoc = (page, text) => page.evaluate(([p, t]) => Object.keys(localStorage).filter((k) => k.startsWith(p))
  .map((k) => JSON.parse(localStorage.getItem(k)).doc).find((d) => d.text === t), [DOC_PREFIX, text]);
const covered = (d, a) => [...d.text].slice(a.span.start, a.span.end).join('');

const HEBREW = 'ראש הממשלה נפגש אתמול עם דוד לוי בירושלים לשיחה קצרה.';
const ARABIC = 'قالت وكالة Reuters إن المحادثات استمرت 3 ساعات في مسقط يوم الاثنين.';
const PERSIAN = 'این گزارش درباره‌ی نقش میانجی‌ها در مذاکرات تهران است.';

async function importLines(page, texts) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('[data-testid=import-h]').waitFor();
  await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'rtl.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(texts.map((text) => JSON.stringify({ text })).join('\n') + '\n') }]);
  await page.locator('[data-testid=import-confirm]').click();
  await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
}
const waitPos = (page, pos) => page.waitForFunction((p) => document.querySelector('[data-testid=corpus-position]')?.textContent === p, pos, { timeout: 15000 });

/** The first paragraph's computed direction and the screen box of each word (by its text). */
const layout = (page, words) => page.evaluate((ws) => {
  const para = document.querySelector('.doc-view .para');
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const full = nodes.map((x) => x.data).join('');
  const at = (k) => { let acc = 0; for (const x of nodes) { if (k <= acc + x.data.length) return [x, k - acc]; acc += x.data.length; } return null; };
  const boxes = {};
  let from = 0;
  for (const w of ws) {
    const i = full.indexOf(w, from);
    if (i < 0) { boxes[w] = null; continue; }
    from = i + w.length;
    const r = document.createRange();
    r.setStart(...at(i)); r.setEnd(...at(i + w.length));
    const b = r.getBoundingClientRect();
    boxes[w] = { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
  }
  return { dir: getComputedStyle(para).direction, align: para.getBoundingClientRect().right, boxes };
}, words);

/** Words given in reading (logical) order stand from right to left on one line. */
function assertRightToLeft(l, words, what) {
  for (let i = 1; i < words.length; i++) {
    const a = l.boxes[words[i - 1]], b = l.boxes[words[i]];
    assert.ok(a && b, `${what}: ${words[i - 1]} and ${words[i]} are on screen`);
    assert.ok(Math.abs(a.top - b.top) < 4, `${what}: one line`);
    assert.ok(b.right <= a.left + 1, `${what}: “${words[i]}” stands left of “${words[i - 1]}” (${b.right} vs ${a.left})`);
  }
}

/** Drags the mouse across a word from its start (right edge) to its end (left edge). */
async function dragOver(page, word) {
  const b = (await layout(page, [word])).boxes[word];
  const y = (b.top + b.bottom) / 2;
  await page.mouse.move(b.right - 1, y);
  await page.mouse.down();
  await page.mouse.move(b.left + 1, y, { steps: 6 });
  await page.mouse.up();
  await page.locator('.doc-view .seg.pending').waitFor();
}

test('Hebrew, Arabic with Latin and digits, Persian with ZWNJ: right to left, order kept with spans, drags label exactly the word, arrows in reading order, offsets kept', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await importLines(page, [HEBREW, ARABIC, PERSIAN]);
    await waitPos(page, '2 / 4');
    const heWords = ['ראש', 'הממשלה', 'נפגש', 'אתמול', 'עם', 'דוד', 'לוי', 'בירושלים', 'לשיחה', 'קצרה'];
    let l = await layout(page, heWords);
    assert.equal(l.dir, 'rtl', 'the Hebrew paragraph reads right to left');
    assertRightToLeft(l, heWords, 'Hebrew, as imported');
    // A drag over דוד labels exactly that word; the order of the words does not change.
    await dragOver(page, 'דוד');
    assert.equal(await page.locator('.doc-view .seg.pending').innerText(), 'דוד');
    await page.keyboard.press('p');
    await page.locator('.doc-view .seg.m', { hasText: 'דוד' }).first().waitFor();
    assertRightToLeft(await layout(page, heWords), heWords, 'Hebrew, with a span');
    // Alt + ← moves the span's end a word later in reading order: it now covers "דוד לוי".
    await page.keyboard.press('Alt+ArrowLeft');
    await page.locator('.doc-view .seg.m', { hasText: 'לוי' }).first().waitFor();
    await saved(page);
    let he = await storedDoc(page, HEBREW);
    assert.deepEqual(he.annotations.map((a) => [covered(he, a), a.label]), [['דוד לוי', 'PERSON']]);
    assert.equal(he.annotations[0].span.start, cpIndex(HEBREW, 'דוד'));
    assertRightToLeft(await layout(page, heWords), heWords, 'Hebrew, after the nudge');
    // The edge handles sit at the span's start on the right and its end on the left.
    await page.locator('.doc-view .seg.m', { hasText: 'לוי' }).first().click();
    await page.waitForFunction(() => [...document.querySelectorAll('.edge-handle')].every((h) => getComputedStyle(h).display !== 'none'));
    const [hs, he2] = await Promise.all(['start', 'end'].map((e) => page.locator(`.edge-handle[data-edge=${e}]`).boundingBox()));
    const [first, last] = await Promise.all(['דוד', 'לוי'].map((w) => page.locator('.doc-view .seg.m', { hasText: w }).first().boundingBox()));
    assert.ok(hs.x > he2.x, `start handle (${hs.x}) right of the end handle (${he2.x})`);
    assert.ok(Math.abs(hs.x + hs.width / 2 - (first.x + first.width)) < 6, `the start handle at דוד’s right edge: ${JSON.stringify([hs, first])}`);
    assert.ok(Math.abs(he2.x + he2.width / 2 - last.x) < 6, `the end handle at לוי’s left edge: ${JSON.stringify([he2, last])}`);
    // ← with nothing selected selects the first word in reading order (the rightmost).
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('.doc-view .seg.pending').innerText(), 'ראש');
    await page.keyboard.press('Escape');

    // Arabic with a Latin name and a digit: right to left with the suggestions drawn, and with one accepted.
    await page.keyboard.press(']');
    await waitPos(page, '3 / 4');
    const arWords = ['قالت', 'وكالة', 'Reuters', 'إن', 'المحادثات', 'استمرت', '3', 'ساعات', 'في', 'مسقط'];
    l = await layout(page, arWords);
    assert.equal(l.dir, 'rtl');
    assertRightToLeft(l, arWords, 'Arabic');
    await dragOver(page, 'مسقط');
    await page.keyboard.press('g');
    await page.locator('.doc-view .seg.m', { hasText: 'مسقط' }).first().waitFor();
    await dragOver(page, 'Reuters');
    await page.keyboard.press('o');
    await page.locator('.doc-view .seg.m', { hasText: 'Reuters' }).first().waitFor();
    assertRightToLeft(await layout(page, arWords), arWords, 'Arabic, with spans');

    // Persian: a word written with a zero-width non-joiner is labelled whole by a drag.
    await page.keyboard.press(']');
    await waitPos(page, '4 / 4');
    const faWords = ['این', 'گزارش', 'درباره‌ی', 'نقش', 'میانجی‌ها', 'در', 'مذاکرات', 'تهران'];
    assertRightToLeft(await layout(page, faWords), faWords, 'Persian');
    await dragOver(page, 'میانجی‌ها');
    assert.equal(await page.locator('.doc-view .seg.pending').innerText(), 'میانجی‌ها');
    await page.keyboard.press('p');
    await page.locator('.doc-view .seg.m', { hasText: 'میانجی‌ها' }).first().waitFor();
    assertRightToLeft(await layout(page, faWords), faWords, 'Persian, with a span');
    await saved(page);

    // After a reload every span is where it was, in code points.
    const before = await Promise.all([HEBREW, ARABIC, PERSIAN].map((t) => storedDoc(page, t)));
    await page.reload();
    await page.waitForSelector('.doc-view .para');
    await page.locator('.doc-view .seg.m', { hasText: 'میانجی‌ها' }).first().waitFor();
    const fa = await storedDoc(page, PERSIAN);
    const mine = fa.annotations.filter((a) => a.state === 'accepted');
    assert.deepEqual(mine.map((a) => [a.span.start, a.span.end, covered(fa, a)]), [[cpIndex(PERSIAN, 'میانجی‌ها'), cpIndex(PERSIAN, 'میانجی‌ها') + [...'میانجی‌ها'].length, 'میانجی‌ها']]);
    const after = await Promise.all([HEBREW, ARABIC, PERSIAN].map((t) => storedDoc(page, t)));
    assert.deepEqual(after.map((d) => d.annotations.map((a) => [a.span, a.label, a.state])), before.map((d) => d.annotations.map((a) => [a.span, a.label, a.state])));
    assertRightToLeft(await layout(page, faWords), faWords, 'Persian, after a reload');

    // The document's settings can set one direction for the whole document: one undoable edit, kept.
    await page.getByTestId('text-direction').selectOption('ltr');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.doc-view .para')).direction === 'ltr');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.doc-view .para')).direction === 'rtl');
    await page.keyboard.press('Control+y');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.doc-view .para')).direction === 'ltr');
    await saved(page);
    assert.equal((await storedDoc(page, PERSIAN)).direction, 'ltr');
    await page.reload();
    await page.waitForSelector('.doc-view .para');
    assert.equal((await layout(page, [])).dir, 'ltr');
    assert.equal(await page.getByTestId('text-direction').inputValue(), 'ltr');
    await page.getByTestId('text-direction').selectOption('auto');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.doc-view .para')).direction === 'rtl');
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('hotkeys on Arabic, Russian and AZERTY layouts: the key events those layouts send label, undo and move on', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await importLines(page, [HEBREW, ARABIC]);
    await waitPos(page, '2 / 3');
    // What Chromium sends on each layout for the physical key (code) where the US layout has the letter.
    const press = (key, code, mods = {}) => page.evaluate(([k, c, m]) => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: c, ctrlKey: !!m.ctrl, shiftKey: !!m.shift, bubbles: true, cancelable: true }));
    }, [key, code, mods]);
    // Arabic layout: the P key types ح; it is still the PERSON hotkey.
    await dragOver(page, 'דוד');
    await press('ح', 'KeyP');
    await page.locator('.doc-view .seg.m', { hasText: 'דוד' }).first().waitFor();
    // Russian layout: Ctrl + the Z key (я) undoes it.
    await press('я', 'KeyZ', { ctrl: true });
    await page.locator('.doc-view .seg.m', { hasText: 'דוד' }).waitFor({ state: 'detached' });
    // AZERTY: the letter typed counts (Ctrl + Shift + Z redoes, Ctrl + Z undoes: on the US W key), then G labels GPE.
    await press('Z', 'KeyW', { ctrl: true, shift: true });
    await page.locator('.doc-view .seg.m', { hasText: 'דוד' }).first().waitFor();
    await press('z', 'KeyW', { ctrl: true });
    await page.locator('.doc-view .seg.m', { hasText: 'דוד' }).waitFor({ state: 'detached' });
    await dragOver(page, 'בירושלים');
    await press('g', 'KeyG');
    await page.locator('.doc-view .seg.m', { hasText: 'בירושלים' }).first().waitFor();
    await saved(page);
    const he = await storedDoc(page, HEBREW);
    assert.deepEqual(he.annotations.filter((a) => a.state === 'accepted').map((a) => [covered(he, a), a.label]), [['בירושלים', 'GPE']]);
    // Hebrew layout: the ] key types ץ and opens the next document.
    await press('ץ', 'BracketRight');
    await waitPos(page, '3 / 3');
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
