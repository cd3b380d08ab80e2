// Corpus work: a JSONL of hundreds of sentences imported at once, walked with Done → next in import
// order with the position and progress in the header, suggestions ready when each document opens,
// the Documents table's filters, Previous, bulk status and the done-only export.
import fs from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready, saved } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const PEOPLE = ['Maria Lopez', 'John Smith', 'Ahmed Al-Said', 'Chen Wei', 'Anna Berg', 'Peter Novak'];
const PLACES = ['Lisbon', 'Muscat', 'Berlin', 'Nairobi', 'Toronto', 'Oslo'];
/** Sentence `i` of the corpus: distinct text, with a person and a place the engine finds. */
const sentence = (i) => `Report ${i}: ${PEOPLE[i % PEOPLE.length]} met the mayor of ${PLACES[(i * 5) % PLACES.length]} on Monday.`;
const jsonl = (n) => Array.from({ length: n }, (_, i) => JSON.stringify({ text: sentence(i) })).join('\n') + '\n';

async function importCorpus(page, n) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('[data-testid=import-h]').waitFor();
  await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'corpus.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(jsonl(n)) }]);
  await page.locator('[data-testid=import-confirm]').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=import-h]'), null, { timeout: 30000 });
}

/** Position text, progress value, title and how many suggestion marks the text shows, read at one moment. */
const snapshot = (page) => page.evaluate(() => ({
  pos: document.querySelector('[data-testid=corpus-position]')?.textContent,
  done: Number(document.querySelector('[data-testid=corpus-progress]')?.value),
  max: Number(document.querySelector('[data-testid=corpus-progress]')?.max),
  title: document.querySelector('.doc-title')?.textContent,
  text: document.querySelector('.doc-view')?.textContent,
  marks: document.querySelectorAll('.doc-view .seg.sug').length,
}));

const waitPos = (page, pos) => page.waitForFunction((p) => document.querySelector('[data-testid=corpus-position]')?.textContent === p, pos, { timeout: 15000 });

test('import 300, Done → next walks them in import order with suggestions ready; reload keeps it all', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await importCorpus(page, 300);
    // The sample is document 1; the import follows in file order, its first document opened.
    await waitPos(page, '2 / 301');
    let s = await snapshot(page);
    assert.ok(s.text.includes(sentence(0)), s.text);
    assert.equal(s.max, 301);
    await page.waitForFunction(() => document.querySelectorAll('.doc-view .seg.sug').length > 0, null, { timeout: 20000 });
    for (let k = 1; k <= 6; k++) {
      await page.keyboard.press('Control+Enter');
      await waitPos(page, `${k + 2} / 301`);
      s = await snapshot(page);
      assert.ok(s.text.includes(sentence(k)), `document ${k + 2} is sentence ${k}: ${s.text}`);
      assert.equal(s.done, k, 'the progress bar counts the documents done');
      assert.ok(s.marks > 0, `the suggestions of sentence ${k} are on screen when it opens`);
    }
    assert.match(await page.locator('[data-testid=corpus-done]').innerText(), /^6 of 301 done/);
    await saved(page);
    // The documents marked done were stored with their suggestions accepted.
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/'))
      .map((k) => JSON.parse(localStorage.getItem(k)).doc));
    const done = stored.filter((d) => d.status === 'done');
    assert.equal(done.length, 6);
    for (const d of done) assert.ok(d.annotations.some((a) => a.state === 'accepted'), `${d.title} has accepted spans`);
    // Unopened documents' suggestions are not written to storage.
    const untouched = stored.find((d) => d.text === sentence(200));
    assert.equal(untouched.annotations.length, 0);

    await page.reload();
    await waitPos(page, '8 / 301');
    s = await snapshot(page);
    assert.ok(s.text.includes(sentence(6)));
    assert.equal(s.done, 6);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('filter "Not done", open, Done → next skips done documents; Previous goes back in corpus order', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await importCorpus(page, 12);
    await waitPos(page, '2 / 13');
    // Mark sentences 3, 4 and 6 done from the table's status menus.
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    for (const i of [3, 4, 6]) {
      await page.locator('.doc-table tbody tr').filter({ hasText: sentence(i) }).getByLabel(/^Status of/).selectOption('done');
    }
    await page.getByLabel('Filter by status').selectOption('notdone');
    await page.waitForFunction(() => document.querySelectorAll('.doc-table tbody tr').length === 10);
    const shown = await page.locator('.doc-table tbody tr .doc-name').allInnerTexts();
    assert.ok(!shown.some((t) => t.includes('Report 3:') || t.includes('Report 4:')), shown.join(' | '));
    // Positions are corpus positions, not row numbers.
    const positions = await page.locator('.doc-table tbody tr td.position').allInnerTexts();
    assert.deepEqual(positions.map(Number), [1, 2, 3, 4, 7, 9, 10, 11, 12, 13]);
    // Open sentence 2 with the keyboard (Enter on its row).
    await page.locator('.doc-table tbody tr').filter({ hasText: sentence(2) }).focus();
    await page.keyboard.press('Enter');
    await waitPos(page, '4 / 13');
    await page.keyboard.press('Control+Enter');
    // 3 and 4 are done: the next to do is sentence 5 (position 7).
    await waitPos(page, '7 / 13');
    assert.ok((await snapshot(page)).text.includes(sentence(5)));
    await page.keyboard.press('Control+Enter');
    await waitPos(page, '9 / 13');
    // Previous goes back in corpus order, done documents included.
    await page.getByRole('button', { name: '◀ Previous' }).click();
    await waitPos(page, '8 / 13');
    assert.ok((await snapshot(page)).text.includes(sentence(6)));
    await page.keyboard.press('[');
    await waitPos(page, '7 / 13');
    await page.keyboard.press(']');
    await waitPos(page, '8 / 13');
    // Skip goes on without marking.
    await page.keyboard.press('Control+Shift+Enter');
    await waitPos(page, '9 / 13');
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid=corpus-progress]').value), 5);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('bulk status on the filtered documents, and the done-only export says how many it holds', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await importCorpus(page, 40);
    await waitPos(page, '2 / 41');
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    await page.getByLabel('Filter by text').fill('Lisbon');
    const lisbon = Array.from({ length: 40 }, (_, i) => i).filter((i) => sentence(i).includes('Lisbon')).length;
    await page.waitForFunction((k) => document.querySelectorAll('.doc-table tbody tr').length === k, lisbon);
    assert.ok(lisbon > 1);
    await page.locator('[data-testid=bulk-filtered-done]').click();
    await page.waitForFunction((k) => [...document.querySelectorAll('.doc-table tbody tr select')].filter((s) => s.value === 'done').length === k, lisbon);
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/'))
      .map((k) => JSON.parse(localStorage.getItem(k)).doc));
    assert.equal(stored.filter((d) => d.status === 'done').length, lisbon);

    // Export the done documents only, as JSONL (doccano): one line per document, in corpus order.
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('radio', { name: /Done documents only/ }).check();
    assert.match(await page.locator('[data-testid=export-count-done]').innerText(), new RegExp(`\\(${lisbon} documents\\)`));
    await page.getByLabel('Export format').selectOption('doccano');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-download]').click()]);
    const body = await (await download.createReadStream()).toArray();
    const lines = Buffer.concat(body).toString('utf8').trim().split('\n');
    assert.equal(lines.length, lisbon);
    const texts = lines.map((l) => JSON.parse(l).text);
    const expected = Array.from({ length: 40 }, (_, i) => sentence(i)).filter((t) => t.includes('Lisbon'));
    assert.deepEqual(texts, expected);
    await page.waitForFunction((k) => [...document.querySelectorAll('.msg')].some((m) => m.textContent.includes(`Exported ${k} document(s)`)), lisbon);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

/** `n` real sentences (WikiANN English dev, when ../shared has it), else varied made-up ones. */
function realSentences(n) {
  const file = new URL('../../../shared/data/ner/wikiann-en-dev.conll', import.meta.url);
  const out = [];
  if (fs.existsSync(file)) {
    let cur = [];
    for (const l of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!l.trim()) { if (cur.length > 3) out.push(cur.join(' ')); cur = []; } else cur.push(l.split('\t')[0]);
      if (out.length >= n) break;
    }
  }
  for (let i = out.length; i < n; i++) out.push(i % 3 ? sentence(i) : `Note ${i} : the ${['committee', 'board', 'council'][i % 3]} of ${PLACES[i % 6]} met ${PEOPLE[(i * 7) % 6]} in ${1990 + (i % 30)} .`);
  return out;
}

/** The queue's next ids once they have not changed for `ms` (a ranking asked after learning has arrived). */
async function stableNextIds(page, ms = 800) {
  let last = await nextIds(page);
  let since = Date.now();
  while (Date.now() - since < ms) {
    await page.waitForTimeout(100);
    const now = await nextIds(page);
    if (now.join(' ') !== last.join(' ')) { last = now; since = Date.now(); }
  }
  return last;
}
const nextIds = (page) => page.evaluate(() => (document.querySelector('[data-testid=queue-next]')?.dataset.nextIds || '').split(' ').filter(Boolean));

test('most informative first: the queue follows the learner\'s doubt, changes after learning, and the choice survives a reload', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const texts = realSentences(300);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-h]').waitFor();
    await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'real.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(texts.map((text) => JSON.stringify({ text })).join('\n') + '\n') }]);
    await page.locator('[data-testid=import-confirm]').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=import-h]'), null, { timeout: 30000 });
    await waitPos(page, '2 / 301');
    const corpusNext = await nextIds(page);
    assert.equal(corpusNext.length, 30);
    assert.equal(await page.locator('[data-testid=queue-order]').inputValue(), 'corpus');
    await page.locator('[data-testid=queue-order]').selectOption('informative');
    await page.waitForFunction((c) => (document.querySelector('[data-testid=queue-next]')?.dataset.nextIds || '') !== c, corpusNext.join(' '), { timeout: 30000 });
    const ranked = await nextIds(page);
    assert.notDeepEqual(ranked.slice(0, 10), corpusNext.slice(0, 10), 'the worker ranked the queue');
    const titleOf = Object.fromEntries((await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/'))
      .map((k) => JSON.parse(localStorage.getItem(k)).doc).map((d) => [d.id, d.title]))));
    // Ten documents with Done → next, each the next one the queue named.
    const visited = [];
    for (let k = 0; k < 10; k++) {
      const expected = (await stableNextIds(page))[0];
      const title = await page.locator('.doc-title').textContent();
      await page.keyboard.press('Control+Enter');
      await page.waitForFunction((t) => document.querySelector('.doc-title')?.textContent !== t, title, { timeout: 15000 });
      assert.equal(await page.locator('.doc-title').textContent(), titleOf[expected], `Done → next opened the document the queue named (${k})`);
      visited.push(expected);
    }
    assert.match(await page.locator('[data-testid=corpus-done]').innerText(), /^10 of 301 done/);
    // After learning from them, the queue is not the first ranking minus what was done.
    await saved(page);
    const after = await stableNextIds(page, 1500);
    const stale = ranked.filter((id) => !visited.includes(id));
    assert.ok(stale.length >= 10, `${stale.length} of the first ranking are left`);
    assert.notDeepEqual(after.slice(0, 10), stale.slice(0, 10), 'the queue was ranked again after learning');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid=queue-order]')?.value === 'informative', null, { timeout: 15000 });
    assert.match(await page.locator('[data-testid=corpus-done]').innerText(), /^10 of 301 done/);
    await page.waitForFunction(() => (document.querySelector('[data-testid=queue-next]')?.dataset.nextIds || '').length > 0, null, { timeout: 15000 });
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
