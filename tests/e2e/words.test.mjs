// Words in every script: Chinese, Japanese and Thai text is annotated word by word, with the
// boundaries of the browser's own segmenter (Intl.Segmenter), by mouse, double-click, keyboard caret,
// "Label all" and in the CoNLL export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, ready, saved } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const ZH = '伊朗外长阿拉格齐表示，会谈暂时结束。阿拉格齐随后离开。';
const JA = '東京都知事は月曜日に大阪を訪問した。';
const TH = 'นายกรัฐมนตรีเดินทางไปกรุงเทพมหานครเมื่อวานนี้';
const TEXT = `${ZH}\n${JA}\n${TH}\nIran's foreign minister 阿拉格齐 (Alaghezi) spoke.`;

async function addAndOpen(page, title, text) {
  await page.getByRole('button', { name: 'Documents' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add document' }).click();
  const row = page.locator('.doc-table tbody tr').filter({ has: page.locator('.doc-name', { hasText: title }) });
  await row.getByRole('button', { name: 'Open' }).click();
  await page.waitForFunction((t) => document.querySelector('.doc-title')?.textContent === t, title);
  await page.waitForSelector('.doc-view .para');
}

async function storedDoc(page, title) {
  await saved(page);
  return page.evaluate((t) => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/'))
    .map((k) => JSON.parse(localStorage.getItem(k)).doc).find((d) => d.title === t), title);
}

const covered = (doc, a) => [...doc.text].slice(a.span.start, a.span.end).join('');

/** Selects `needle` (UTF-16 offsets start..end inside it) in the paragraph holding it and releases the mouse. */
async function select(page, needle, start = 0, end = needle.length) {
  await page.evaluate(([needle, start, end]) => {
    const para = [...document.querySelectorAll('.doc-view .para')].find((p) => p.textContent.includes(needle));
    const base = para.textContent.indexOf(needle);
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    const point = (off) => {
      let acc = 0;
      for (let t; (t = walker.nextNode());) { if (off <= acc + t.length) return [t, off - acc]; acc += t.length; }
      throw new Error('offset past paragraph');
    };
    const r = document.createRange();
    walker.currentNode = para; r.setStart(...point(base + start));
    walker.currentNode = para; r.setEnd(...point(base + end));
    getSelection().removeAllRanges();
    getSelection().addRange(r);
    const rect = r.getBoundingClientRect();
    r.endContainer.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.left, clientY: rect.bottom }));
  }, [needle, start, end]);
}

/** The centre of `needle` in the document, in viewport coordinates. */
async function centreOf(page, needle) {
  return page.evaluate((needle) => {
    const para = [...document.querySelectorAll('.doc-view .para')].find((p) => p.textContent.includes(needle));
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    for (let t; (t = walker.nextNode());) {
      const i = t.data.indexOf(needle);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(t, i); r.setEnd(t, i + needle.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    throw new Error(`${needle} is not inside one text node`);
  }, needle);
}

test('a mouse selection of a name inside Chinese, Japanese and Thai text labels exactly that name', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await addAndOpen(page, 'Scripts', TEXT);
    for (const [needle, label] of [['阿拉格齐', 'p'], ['大阪', 'g'], ['กรุงเทพมหานคร', 'g']]) {
      await select(page, needle);
      await page.waitForSelector('.seg.pending');
      assert.equal(await page.locator('.seg.pending').first().innerText(), needle, `pending range for ${needle}`);
      await page.keyboard.press(label);
      await page.keyboard.press('Escape');
    }
    // A part of a name whose edges the segmenter does not know is kept as selected, never widened
    // to the whole run up to the comma.
    await select(page, '外长阿拉格齐', 2, 4);
    await page.waitForSelector('.seg.pending');
    const part = await page.locator('.seg.pending').first().innerText();
    assert.ok(['阿拉', '阿拉格齐'].includes(part), `selecting 阿拉 gives ${part}`);
    await page.keyboard.press('Escape');
    const doc = await storedDoc(page, 'Scripts');
    const manual = doc.annotations.filter((a) => a.origin.kind === 'manual').map((a) => `${a.label}:${covered(doc, a)}`).sort();
    assert.deepEqual(manual, ['GPE:กรุงเทพมหานคร', 'GPE:大阪', 'PERSON:阿拉格齐']);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('a double-click selects a dictionary word; the keyboard caret walks the segmenter\'s words', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await addAndOpen(page, 'Japanese', JA);
    const at = await centreOf(page, '大阪');
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForSelector('.seg.pending');
    assert.equal(await page.locator('.seg.pending').first().innerText(), '大阪');
    await page.keyboard.press('Escape');
    // → walks the words Intl.Segmenter finds (punctuation is not a word), ← walks back.
    const words = await page.evaluate((s) => [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(s)]
      .filter((x) => x.isWordLike).map((x) => x.segment), JA);
    assert.ok(words.includes('大阪') && words.length >= 6, words.join('|'));
    const seen = [];
    for (let i = 0; i < words.length; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await page.locator('.seg.pending').first().innerText());
    }
    assert.deepEqual(seen, words);
    const back = [];
    for (let i = 1; i < words.length; i++) {
      await page.keyboard.press('ArrowLeft');
      back.push(await page.locator('.seg.pending').first().innerText());
    }
    assert.deepEqual(back, words.slice(0, -1).reverse());
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('Label all with whole word finds a Chinese name in a Chinese paragraph; CoNLL export writes one token per word', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await addAndOpen(page, 'Chinese', ZH);
    await page.keyboard.press('/');
    await page.keyboard.type('阿拉格齐');
    await page.getByLabel('Label for Label all').selectOption('PERSON');
    await page.getByRole('button', { name: 'Label all' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.doc-view .anchor[data-tag=PERSON]').length === 2);
    const doc = await storedDoc(page, 'Chinese');
    const names = doc.annotations.filter((a) => a.label === 'PERSON' && a.state === 'accepted').map((a) => covered(doc, a));
    assert.deepEqual(names, ['阿拉格齐', '阿拉格齐']);

    // CoNLL: one token per segmenter word (not per character, not the whole run).
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Export format').selectOption('conll');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-download]').click()]);
    const conll = fs.readFileSync(await dl.path(), 'utf8');
    await page.keyboard.press('Escape');
    const tokens = conll.split('\n').filter((l) => l.trim() && !l.startsWith('-DOCSTART-')).map((l) => l.split(/\s+/)[0]);
    const segs = await page.evaluate((s) => [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(s)]
      .map((x) => x.segment).filter((x) => x.trim()), ZH);
    assert.deepEqual(tokens, segs);
    // It imports back with the same spans.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'chinese.conll', mimeType: 'text/plain', buffer: Buffer.from(conll) }]);
    await page.locator('[data-testid=import-confirm]').click();
    await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
    await saved(page);
    const all = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/')).map((k) => JSON.parse(localStorage.getItem(k)).doc));
    const back = all.find((d) => d.id !== doc.id && d.text === ZH);
    assert.ok(back, `the imported document has the same text: ${all.map((d) => JSON.stringify(d.text)).join(' / ')}`);
    assert.equal(back.text, ZH);
    assert.deepEqual(back.annotations.map((a) => `${a.label}:${covered(back, a)}`), ['PERSON:阿拉格齐', 'PERSON:阿拉格齐']);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('the read-only view of a shared Chinese document searches and snaps by words', async () => {
  const app = await openApp(browser);
  const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = app;
    await ready(page);
    await addAndOpen(page, 'Chinese shared', ZH);
    await saved(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const input = page.locator('[data-testid=share-link]');
    await input.waitFor();
    const link = await input.inputValue();
    await page.keyboard.press('Escape');

    const page2 = await ctx2.newPage();
    const errors = [];
    page2.on('pageerror', (e) => errors.push(String(e)));
    await page2.goto(link);
    await page2.locator('[data-testid=read-only-banner]').waitFor();
    await page2.waitForSelector('.doc-view .para');
    // Whole-word search (the default) finds the name twice: the word boundaries are the segmenter's.
    await page2.keyboard.press('/');
    await page2.keyboard.type('阿拉格齐');
    await page2.waitForFunction(() => document.querySelector('[data-testid=hit-count]')?.textContent === '2 matches', null, { timeout: 5000 })
      .catch(async (e) => { throw new Error(`${e.message}: ${await page2.locator('[data-testid=hit-count]').innerText()}`); });
    // Going to the first match shows the whole word as the range.
    await page2.keyboard.press('Enter');
    await page2.waitForFunction(() => [...document.querySelectorAll('.doc-view .seg.pending')].map((s) => s.textContent).join('') === '阿拉格齐', null, { timeout: 5000 })
      .catch(async (e) => { throw new Error(`${e.message}: ${(await page2.locator('.doc-view .seg.pending').allInnerTexts()).join('|')}`); });
    assert.deepEqual(errors, []);
  } finally { await ctx2.close(); await app.close(); }
});
