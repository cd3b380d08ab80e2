// Export in every format, import through the dialog (preview → confirm), and a broken file changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, ready, saved, openAppForAxe, seriousViolations } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const storage = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
const docKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/')).sort());
async function storedDocs(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/')).map((k) => JSON.parse(localStorage.getItem(k)).doc));
}
async function acceptAll(page) {
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) > 0, null, { timeout: 15000 });
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) === 0);
  await saved(page);
}
/** Exports the current document in `format`; resolves to [{name, content}] (brat gives two files). */
async function exportAs(page, format, expected = 1) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.locator('[data-testid=export-h]').waitFor();
  await page.getByLabel('Export format').selectOption(format);
  const files = [];
  const got = new Promise((resolve) => {
    const on = async (d) => {
      files.push({ name: d.suggestedFilename(), content: fs.readFileSync(await d.path(), 'utf8') });
      if (files.length === expected) { page.off('download', on); resolve(); }
    };
    page.on('download', on);
  });
  await page.locator('[data-testid=export-download]').click();
  await got;
  await page.keyboard.press('Escape');
  await page.locator('[data-testid=export-h]').waitFor({ state: 'detached' });
  return files;
}
async function importFiles(page, files) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('[data-testid=import-h]').waitFor();
  await page.locator('[data-testid=import-files]').setInputFiles(files.map(({ name, content }) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) })));
}

test('export the current document in every format: each file parses and carries the spans', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await acceptAll(page);
    const [doc] = await storedDocs(page);
    const text = doc.text;
    const cps = [...text];
    const spans = doc.annotations.filter((a) => a.state === 'accepted')
      .map((a) => ({ start: a.span.start, end: a.span.end, label: a.label, covered: cps.slice(a.span.start, a.span.end).join('') }));
    const n = spans.length;
    assert.ok(n > 5);
    const key = (s) => `${s.start}-${s.end}:${s.label}`;
    const want = spans.map(key).sort();
    // Offsets in the files are code points.
    const fromTriples = (arr) => arr.map(([s, e, l]) => `${s}-${e}:${l}`).sort();

    let [f] = await exportAs(page, 'spandrel');
    assert.equal(f.name, 'muscat-talks.spandrel.json');
    let j = JSON.parse(f.content);
    assert.equal(j.documents[0].text, text);
    assert.deepEqual(j.documents[0].spans.map((a) => `${a.start}-${a.end}:${a.label}`).sort(), want);
    for (const sp of j.documents[0].spans) assert.equal(sp.text, cps.slice(sp.start, sp.end).join(''));

    [f] = await exportAs(page, 'spacy');
    assert.equal(f.name, 'muscat-talks.spacy.json');
    j = JSON.parse(f.content);
    assert.equal(j[0][0], text);
    assert.equal(j[0][1].entities.length, n);

    [f] = await exportAs(page, 'spacy-doc');
    j = JSON.parse(f.content);
    assert.equal(j.text ?? j[0]?.text, text);

    [f] = await exportAs(page, 'doccano');
    assert.match(f.name, /\.doccano\.jsonl$/);
    j = f.content.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(j.length, 1);
    assert.equal(j[0].text, text);
    assert.deepEqual(fromTriples(j[0].label), want);

    [f] = await exportAs(page, 'doccano-rel');
    j = JSON.parse(f.content.trim().split('\n')[0]);
    assert.equal(j.entities.length, n);

    [f] = await exportAs(page, 'labelstudio');
    j = JSON.parse(f.content);
    assert.ok(Array.isArray(j) && j.length === 1);
    assert.ok(JSON.stringify(j).includes(spans[0].label));

    const brat = await exportAs(page, 'brat', 2);
    const txt = brat.find((x) => x.name.endsWith('.txt'));
    const ann = brat.find((x) => x.name.endsWith('.ann'));
    assert.ok(txt && ann, brat.map((x) => x.name).join());
    assert.equal(txt.content, text);
    const tlines = ann.content.split('\n').filter((l) => /^T\d+\t/.test(l));
    assert.equal(tlines.length, n);
    for (const s of spans) assert.ok(tlines.some((l) => l.endsWith(`\t${s.covered}`) && l.includes(`\t${s.label} `)), `brat has ${s.covered}`);

    [f] = await exportAs(page, 'conll');
    assert.match(f.name, /\.conll\.conll$/);
    const tags = f.content.split('\n').filter((l) => / B-\S+$/.test(l));
    assert.ok(tags.length > 0 && tags.length <= n, `B- tags: ${tags.length}`);

    [f] = await exportAs(page, 'w3c');
    j = JSON.parse(f.content);
    assert.ok(JSON.stringify(j).includes(spans[0].covered.replace(/"/g, '\\"')));
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('import our own Spandrel export and a doccano file via preview → confirm; a broken file changes nothing', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await acceptAll(page);
    const [orig] = await storedDocs(page);
    const [exported] = await exportAs(page, 'spandrel');

    // Spandrel round trip.
    let before = await docKeys(page);
    await importFiles(page, [exported]);
    await page.locator('[data-testid=import-preview]').waitFor();
    assert.deepEqual(await docKeys(page), before, 'nothing saved before confirming');
    const row = await page.locator('[data-testid=import-doc]').innerText();
    assert.match(row, new RegExp(`Muscat talks — ${Object.keys(orig.annotations).length} span`));
    await page.locator('[data-testid=import-confirm]').click();
    await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
    await saved(page);
    let after = await docKeys(page);
    assert.equal(after.length, before.length + 1);
    const added = (await storedDocs(page)).find((d) => d.id !== orig.id);
    assert.match(added.id, /^doc-\d+-\d+$/, "one id rule for every intake path");
    assert.equal(added.text, orig.text);
    const sig = (d) => d.annotations.map((a) => `${a.span.start}-${a.span.end}:${a.label}:${a.state}`).sort();
    assert.deepEqual(sig(added), sig(orig));

    // doccano with a label the schema lacks.
    before = after;
    const doccano = [
      JSON.stringify({ text: 'Ali met Bob in Paris.', label: [[0, 3, 'PERSON'], [8, 11, 'HERO'], [15, 20, 'GPE']] }),
      JSON.stringify({ text: 'Zoë flew to Oslo 🚀 today.', label: [[12, 16, 'GPE']] }),
    ].join('\n');
    await importFiles(page, [{ name: 'batch.jsonl', content: doccano }]);
    await page.locator('[data-testid=import-preview]').waitFor();
    assert.deepEqual(await page.locator('[data-testid=import-doc]').allInnerTexts(), ['Ali met Bob in Paris. — 3 span(s)', 'Zoë flew to Oslo 🚀 today. — 1 span(s)']);
    assert.match(await page.locator('[data-testid=import-preview]').innerText(), /Add these labels to the schema: HERO/);
    await page.locator('[data-testid=import-confirm]').click();
    await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
    after = await docKeys(page);
    assert.equal(after.length, before.length + 2);
    const docs = await storedDocs(page);
    const ali = docs.find((d) => d.text === 'Ali met Bob in Paris.');
    assert.deepEqual(ali.annotations.map((a) => `${a.span.start}-${a.span.end}:${a.label}`).sort(), ['0-3:PERSON', '15-20:GPE', '8-11:HERO']);
    const settings = await page.evaluate(() => JSON.parse(localStorage.getItem('spandrel/v2/settings')));
    assert.ok(JSON.stringify(settings).includes('"HERO"'), 'HERO added to the schema');

    // Whole-workspace export: every stored document in one file.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Whole workspace').check();
    await page.getByLabel('Export format').selectOption('spandrel');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-download]').click()]);
    assert.equal(dl.suggestedFilename(), 'workspace.spandrel.json');
    const all = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
    assert.deepEqual(all.documents.map((d) => d.text).sort(), (await storedDocs(page)).map((d) => d.text).sort());
    assert.equal(all.documents.length, 4);
    await page.keyboard.press('Escape');

    // Broken JSON: the problem list, no confirm button, storage untouched.
    const snapshot = await storage(page);
    await importFiles(page, [{ name: 'broken.json', content: '{"format": "spandrel", "version": 1, "documents": [ {"text": "abc", ' }]);
    const problems = page.locator('[data-testid=import-problems]');
    await problems.waitFor();
    assert.match(await problems.innerText(), /problem/);
    assert.ok((await problems.locator('li').count()) >= 1);
    assert.equal(await page.locator('[data-testid=import-confirm]').count(), 0);
    assert.equal(await page.locator('[data-testid=import-partial]').count(), 0, '"Import the valid part" is not offered when no part is valid');
    await page.keyboard.press('Escape');
    assert.deepEqual(await storage(page), snapshot);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('files dropped onto the import dialog are read and previewed', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    // Suggestions arrive (and are saved) shortly after opening: take the snapshot after them.
    await ready(page);
    const before = await storage(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-drop]').waitFor();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([JSON.stringify({ text: 'Dropped text about Lima.', label: [[19, 23, 'GPE']] })], 'drop.jsonl'));
      document.querySelector('[data-testid=import-drop]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.locator('[data-testid=import-preview]').waitFor();
    assert.deepEqual(await page.locator('[data-testid=import-doc]').allInnerTexts(), ['drop — 1 span(s)'], 'a file of one document is titled by its name');
    assert.match(await page.locator('[data-testid=import-preview]').innerText(), /Read as doccano/);
    // Only the dialog took the drop: nothing was added to the workspace before confirming.
    await page.waitForTimeout(300);
    assert.deepEqual(await storage(page), before);
  } finally { await app.close(); }
});

test('the Export, Import and Share dialogs and the read-only banner have no serious accessibility violations', async () => {
  const app = await openAppForAxe(browser);
  const { page } = app;
  const check = async (what) => assert.deepEqual(await seriousViolations(page, '[role=dialog]'), [], what);
  try {
    for (const [button, id] of [['Export', 'export-h'], ['Import', 'import-h'], ['Share', 'share-h']]) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.locator(`[data-testid=${id}]`).waitFor();
      await check(button);
      await page.keyboard.press('Escape');
      await page.locator(`[data-testid=${id}]`).waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.locator('[data-testid=share-link]').inputValue();
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('[data-testid=read-only-banner]').waitFor();
    await check('read-only view');
  } finally { await app.close(); }
});

test('the offset unit option: UTF-16 offsets from a JavaScript tool land on the same characters', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await saved(page);
    const before = await docKeys(page);
    // "Oslo" is at UTF-16 units 3..7 (the rocket takes two units) but code points 2..6.
    await importFiles(page, [{ name: 'js-tool.jsonl', content: JSON.stringify({ text: '🚀 Oslo', label: [[3, 7, 'GPE']] }) }]);
    await page.locator('[data-testid=import-preview]').waitFor();
    // Forced to code points, 3..7 runs past the end of the text: refused with the problem listed.
    await page.getByLabel('Offset unit').selectOption('cp');
    await page.locator('[data-testid=import-problems]').waitFor();
    assert.match(await page.locator('[data-testid=import-problems]').innerText(), /record 1|line 1/);
    assert.equal(await page.locator('[data-testid=import-confirm]').count(), 0);
    await page.getByLabel('Offset unit').selectOption('utf16');
    await page.locator('[data-testid=import-preview]').waitFor();
    assert.equal(await page.locator('[data-testid=import-problems]').count(), 0);
    await page.locator('[data-testid=import-confirm]').click();
    await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
    const after = await docKeys(page);
    assert.equal(after.length, before.length + 1);
    const doc = (await storedDocs(page)).find((d) => d.text === '🚀 Oslo');
    assert.deepEqual(doc.annotations.map((a) => [a.span.start, a.span.end, a.label]), [[2, 6, 'GPE']]);
    assert.equal(doc.title, 'js-tool', 'a file of one document is titled by its name (one title rule for every intake path)');
  } finally { await app.close(); }
});
