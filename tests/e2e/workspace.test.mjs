// The Documents screen: add by pasting, open, rename, duplicate, delete (and restore), status; files
// by the picker and by dropping them on the window; edits made just before leaving are not lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, saved, openAppForAxe, seriousViolations, ready } from './harness.mjs';

const DOC_PREFIX = 'spandrel/v2/doc/';
const SETTINGS_KEY = 'spandrel/v2/settings';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const storedDocs = (page) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).sort()
  .map((k) => JSON.parse(localStorage.getItem(k)).doc), DOC_PREFIX);
const titles = (page) => page.locator('.doc-table tbody tr .doc-name').allInnerTexts();
const row = (page, title) => page.locator('.doc-table tbody tr').filter({ has: page.locator('.doc-name', { hasText: new RegExp(`^${title.replace(/[()]/g, '\\$&')}$`) }) });
async function documents(page) {
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
  await page.locator('[data-testid=doc-table]').waitFor();
}

test('add a pasted document, open, rename, duplicate, delete and restore, mark done', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await documents(page);
    assert.deepEqual(await titles(page), ['Muscat talks']);
    assert.match(await page.locator('[data-testid=usage]').innerText(), /KB of about 10\.0 MB used \([\d.]+%\)/);
    const text = 'Maria Lopez met the mayor of Lisbon on Monday.\nThey spoke about the harbour.';
    await page.getByLabel('Title').fill('Field notes');
    await page.getByLabel('Text', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Add document' }).click();
    await row(page, 'Field notes').waitFor();
    assert.equal(await page.getByLabel('Title').inputValue(), '', 'the form is cleared');
    let docs = await storedDocs(page);
    const added = docs.find((d) => d.title === 'Field notes');
    assert.equal(added.text, text);
    assert.match(added.id, /^doc-\d+-\d+$/);

    // Open it.
    await row(page, 'Field notes').getByRole('button', { name: 'Open' }).click();
    await page.waitForFunction(() => document.querySelector('.doc-view')?.textContent.includes('Maria Lopez'));
    assert.equal(await page.locator('.doc-title').innerText(), 'Field notes');
    await saved(page);

    // Rename it (it is the open document: the header follows).
    await documents(page);
    await row(page, 'Field notes').getByRole('button', { name: 'Rename' }).click();
    const input = page.getByLabel('New title');
    await input.fill('Field notes (Lisbon)');
    await input.press('Enter');
    await row(page, 'Field notes (Lisbon)').waitFor();
    assert.equal(await page.locator('.doc-title').innerText(), 'Field notes (Lisbon)');
    await saved(page);
    docs = await storedDocs(page);
    assert.equal(docs.find((d) => d.id === added.id).title, 'Field notes (Lisbon)');

    // Rename another document; Escape cancels a rename.
    await row(page, 'Muscat talks').getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('nope');
    await page.getByLabel('New title').press('Escape');
    await row(page, 'Muscat talks').waitFor();
    await row(page, 'Muscat talks').getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('Muscat (wire)');
    await page.getByLabel('New title').press('Enter');
    await row(page, 'Muscat (wire)').waitFor();

    // Duplicate.
    await row(page, 'Field notes (Lisbon)').getByRole('button', { name: 'Duplicate' }).click();
    await row(page, 'Field notes (Lisbon) (copy)').waitFor();
    docs = await storedDocs(page);
    assert.equal(docs.length, 3);
    const copy = docs.find((d) => d.title === 'Field notes (Lisbon) (copy)');
    assert.equal(copy.text, text);
    assert.notEqual(copy.id, added.id);

    // Delete the copy, restore it from the message, delete it again.
    await row(page, 'Field notes (Lisbon) (copy)').getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(() => ![...document.querySelectorAll('.doc-table .doc-name')].some((e) => e.textContent.endsWith('(copy)')));
    assert.equal((await storedDocs(page)).length, 2);
    const msg = page.locator('[data-testid=deleted-message]').filter({ hasText: 'Field notes (Lisbon) (copy)' });
    await msg.getByRole('button', { name: 'Restore' }).click();
    await row(page, 'Field notes (Lisbon) (copy)').waitFor();
    assert.equal(await msg.count(), 0);
    assert.deepEqual((await storedDocs(page)).find((d) => d.id === copy.id).text, text);
    await row(page, 'Field notes (Lisbon) (copy)').getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.doc-table tbody tr').length === 2);
    assert.ok(!(await storedDocs(page)).some((d) => d.id === copy.id));

    // Status: done / in progress.
    await row(page, 'Muscat (wire)').getByLabel(/^Status of/).selectOption('done');
    await page.waitForFunction(() => [...document.querySelectorAll('.doc-table tbody tr')].some((tr) => tr.textContent.includes('Muscat (wire)') && tr.querySelector('select').value === 'done'));
    assert.equal((await storedDocs(page)).find((d) => d.title === 'Muscat (wire)').status, 'done');
    await row(page, 'Field notes (Lisbon)').getByLabel(/^Status of/).selectOption({ label: 'In progress' });
    await saved(page);
    assert.equal((await storedDocs(page)).find((d) => d.id === added.id).status, 'inprogress');

    // Deleting the open document opens another one; everything survives a reload.
    await row(page, 'Field notes (Lisbon)').getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.doc-table tbody tr').length === 1);
    assert.equal(await page.locator('.doc-title').innerText(), 'Muscat (wire)');
    await page.reload();
    await page.waitForSelector('.doc-view .para');
    assert.equal(await page.locator('.doc-title').innerText(), 'Muscat (wire)');
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('open files with the picker: text, Markdown, HTML, doccano JSONL with a new label; a bad encoding is named', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await documents(page);
    const html = '<html><head><title>x</title><style>p{color:red}</style><script>var secret = 1;</script></head>'
      + '<body><h1>Harbour report</h1><p>The ship &amp; crew docked in Porto.</p></body></html>';
    const jsonl = `${JSON.stringify({ text: 'Aspirin helps Ann.', label: [[0, 7, 'DRUG'], [14, 17, 'PERSON']] })}\n`;
    await page.locator('[data-testid=open-files]').setInputFiles([
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Plain notes about Oslo.') },
      { name: 'readme.md', mimeType: 'text/markdown', buffer: Buffer.from('# Readme\n\nSee *Bergen*.') },
      { name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      { name: 'drugs.jsonl', mimeType: 'application/json', buffer: Buffer.from(jsonl) },
      { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
    ]);
    const err = page.getByRole('alert').filter({ hasText: 'latin1.txt' });
    await err.waitFor();
    assert.match(await err.innerText(), /offset 3/);
    await row(page, 'notes').waitFor();
    for (const t of ['Readme', 'Harbour report', 'drugs']) await row(page, t).waitFor();
    const docs = await storedDocs(page);
    assert.equal(docs.length, 5);
    assert.equal(docs.find((d) => d.title === 'notes').text, 'Plain notes about Oslo.');
    // Markdown and HTML are read as rich documents: their rendered text, with the structure kept.
    const md = docs.find((d) => d.title === 'Readme');
    assert.equal(md.text, 'Readme\nSee Bergen.');
    assert.deepEqual(md.structure.blocks.map((b) => b.type), ['heading', 'paragraph']);
    const h = docs.find((d) => d.title === 'Harbour report');
    assert.equal(h.text, 'Harbour report\nThe ship & crew docked in Porto.');
    assert.equal(h.structure.source.media_type, 'text/html');
    assert.ok(!h.text.includes('<') && !h.text.includes('secret') && !h.text.includes('color'));
    const d = docs.find((x) => x.title === 'drugs');
    assert.equal(d.text, 'Aspirin helps Ann.');
    assert.deepEqual(d.annotations.map((a) => [a.span.start, a.span.end, a.label]).sort(), [[0, 7, 'DRUG'], [14, 17, 'PERSON']]);
    // The new label joined the schema (and was saved).
    const settings = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), SETTINGS_KEY);
    assert.ok(settings.schema.labels.some((l) => l.name === 'DRUG'));
    assert.equal(settings.schema.labels.filter((l) => l.name === 'PERSON').length, 1);
    // The list shows label counts.
    assert.match(await row(page, 'drugs').innerText(), /DRUG 1 · PERSON 1/);
  } finally { await app.close(); }
});

test('files dropped anywhere on the window are added and the first one opens', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Dropped text about Tromsø.'], 'dropped.txt', { type: 'text/plain' }));
      dt.items.add(new File([new Uint8Array([0xff, 0xfe, 0x41])], 'odd.txt', { type: 'text/plain' }));
      const target = document.querySelector('.doc-view');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === 'dropped');
    // The text view paints its paragraphs in the frames after the title (progressive rendering).
    await page.waitForFunction(() => document.querySelector('.doc-view')?.innerText.includes('Tromsø'), null, { timeout: 10000 });
    const err = page.getByRole('alert').filter({ hasText: 'odd.txt' });
    await err.waitFor();
    assert.match(await err.innerText(), /UTF-16.*offset 2/);
    const docs = await storedDocs(page);
    assert.deepEqual(docs.map((d) => d.title).sort(), ['Muscat talks', 'dropped']);
  } finally { await app.close(); }
});

test('an edit made just before the page is left is saved, not lost', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    // Reload at once, before the autosave delay: beforeunload saves it.
    assert.equal(await page.locator('.save-state').innerText(), 'Saving…');
    await page.reload();
    await page.waitForSelector('.doc-view .para');
    const [doc] = await storedDocs(page);
    assert.ok(doc.annotations.some((a) => a.label === 'ORG' && a.state === 'accepted' && a.span.start === 0 && a.span.end === 4));
    assert.ok(await page.locator('.doc-view .anchor[data-tag=ORG]').count() >= 1);
  } finally { await app.close(); }
});

test('axe-core finds no serious or critical accessibility violations on the Documents screen', async () => {
  const app = await openAppForAxe(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.evaluate((p) => localStorage.setItem(`${p}broken`, '{"v":2'), DOC_PREFIX);
    await page.reload();
    await page.waitForSelector('.doc-view .para');
    await documents(page);
    await page.locator('[data-testid=recovery-list] li').waitFor();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await row(page, 'Muscat talks (copy)').getByRole('button', { name: 'Delete' }).click();
    await page.locator('[data-testid=deleted-message]').waitFor();
    await page.getByRole('button', { name: 'Rename' }).click();
    assert.deepEqual(await seriousViolations(page), []);
  } finally { await app.close(); }
});
