// Defects met by a new user on the release build (issue "bad files stored anyway, names cut at '/', a panic,
// messages piling up"), each tested as that user meets it: a broken annotation file changes nothing and is named
// once; file names are kept whole; deleting the open document before its suggestions arrive does not panic;
// information messages leave by themselves without moving the text; a corpus too big for the browser is refused
// inside the Import dialog; Forget reaches documents opened before it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready, saved } from './harness.mjs';

const DOC_PREFIX = 'spandrel/v2/doc/';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const docKeys = (page) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).sort(), DOC_PREFIX);
const storedDocs = (page) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p))
  .map((k) => JSON.parse(localStorage.getItem(k)).doc), DOC_PREFIX);
async function documents(page) {
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
  await page.locator('[data-testid=doc-table]').waitFor();
}
const openFiles = (page, files) => page.locator('[data-testid=open-files]').setInputFiles(
  files.map(([name, content]) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) })),
);

test('a broken annotation file is not stored: one message names it, and "Import as plain text" is a choice', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await documents(page);
    const before = await docKeys(page);
    const broken = [
      ['spacy-float.json', '[["Ali met Bob in Paris.", {"entities": [[0.5, 3, "PERSON"], [8, 11, "PERSON"]]}]]'],
      ['spacy-negative.json', '[["Ali met Bob in Paris.", {"entities": [[-4, 3, "PERSON"]]}]]'],
      ['spacy-huge.json', '[["Ali met Bob in Paris.", {"entities": [[0, 1000000000000, "PERSON"]]}]]'],
      ['doccano-cut.jsonl', '{"text": "Ali met Bob.", "label": [[0, 3, "PERSON"]]}\n{"text": "Zoë flew to Li'],
    ];
    for (const [name, content] of broken) {
      await openFiles(page, [[name, content]]);
      const msg = page.locator('.messages .msg.error', { hasText: `“${name}” was not added` });
      await msg.waitFor();
      assert.equal(await msg.count(), 1, `one message for ${name}`);
    }
    // Nothing was stored, nothing was said to be added.
    await page.waitForTimeout(300);
    assert.deepEqual(await docKeys(page), before);
    assert.equal(await page.locator('.messages .msg', { hasText: /Added \d+ document/ }).count(), 0);
    assert.match(await page.locator('.messages .msg.error', { hasText: 'spacy-float.json' }).innerText(), /0\.5/);
    // The user chooses to keep the raw file as text: now it is a document, titled by the file name.
    await page.locator('.messages .msg', { hasText: 'spacy-float.json' }).getByRole('button', { name: 'Import as plain text' }).click();
    await page.locator('.doc-name', { hasText: /^spacy-float$/ }).waitFor();
    const added = (await storedDocs(page)).find((d) => d.title === 'spacy-float');
    assert.equal(added.text, broken[0][1]);
    assert.equal((await docKeys(page)).length, before.length + 1);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('file names with a slash are kept whole, and the status menu is named after the whole title', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await documents(page);
    const names = ['<script>window.__xss=1</script>', '<svg onload="window.__xss=2"></svg>'];
    await openFiles(page, names.map((n, i) => [`${n}.txt`, `Text number ${i + 1} of the test.`]));
    for (const n of names) {
      const cell = page.locator('.doc-name').filter({ hasText: n });
      await cell.waitFor();
      assert.equal(await cell.innerText(), n);
      assert.equal(await page.getByLabel(`Status of ${n}`, { exact: true }).count(), 1);
    }
    const titles = (await storedDocs(page)).map((d) => d.title);
    for (const n of names) assert.ok(titles.includes(n), `${n} in ${titles}`);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('deleting the open document before its suggestions arrive: no panic, nothing left pending', async () => {
  for (let round = 0; round < 4; round++) {
    const app = await openApp(browser);
    const { page } = app;
    try {
      // At once, before the suggestions: Documents → Delete the sample.
      await page.waitForSelector('.doc-view .para');
      await page.getByRole('button', { name: 'Documents', exact: true }).click();
      await page.locator('.doc-table tbody tr').first().getByRole('button', { name: 'Delete' }).click();
      await page.locator('[data-testid=deleted-message]').waitFor();
      // Whatever was on its way for it (suggestions, prefetch, panel updates) arrives and is dropped.
      await page.waitForTimeout(1500);
      assert.deepEqual(await docKeys(page), []);
      await page.getByRole('button', { name: 'Annotate', exact: true }).click();
      await page.waitForTimeout(300);
      assert.deepEqual(app.errors, [], `round ${round}`);
    } finally { await app.close(); }
  }
});

test('information messages leave by themselves, newest first, without moving the text; errors stay', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const top = () => page.locator('.doc-view .para').first().evaluate((e) => e.getBoundingClientRect().top);
    let y0 = null;
    for (let i = 1; i <= 4; i++) {
      // From the second document on, the corpus bar is in the header: measure from then.
      if (i === 2) y0 = await top();
      await documents(page);
      await openFiles(page, [[`note-${i}.txt`, `Note number ${i}.`]]);
      await page.locator('.messages .msg', { hasText: `“note-${i}”` }).waitFor();
      await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    }
    await page.locator('.doc-view .para').first().waitFor();
    // Shown newest first, at most a few, and the text did not move down.
    const texts = await page.locator('.messages .msg').allInnerTexts();
    assert.ok(texts.length <= 5, `${texts.length} messages`);
    assert.match(texts[0], /note-4/);
    assert.ok(Math.abs((await top()) - y0) < 2, 'the document did not move');
    // The live region announced the last one.
    assert.match(await page.locator('[data-testid=live]').innerText(), /Added 1 document\(s\)/);
    // An error stays; the information leaves by itself.
    await documents(page);
    await openFiles(page, [['empty.txt', '   ']]);
    await page.locator('.messages .msg.error', { hasText: 'empty.txt' }).waitFor();
    await page.waitForFunction(() => ![...document.querySelectorAll('.messages .msg')].some((m) => m.textContent.includes('note-')), null, { timeout: 12000 });
    assert.equal(await page.locator('.messages .msg.error', { hasText: 'empty.txt' }).count(), 1);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('a corpus too big for the browser is refused inside the Import dialog, with what to do; nothing stored', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const before = await docKeys(page);
    const words = ['harbour', 'minister', 'Lisbon', 'talks', 'Monday', 'agreement', 'delegation', 'Muscat'];
    const lines = [];
    for (let i = 0; i < 19355; i++) {
      const text = `Sentence ${i}: the ${words[i % 8]} met the ${words[(i * 3) % 8]} about the ${words[(i * 5) % 8]} and the ${words[(i * 7) % 8]} near the coast, again and again, for number ${i}.`;
      lines.push(JSON.stringify({ text, label: [[0, 8, 'MISC'], [text.length - 3, text.length - 1, 'CARDINAL']] }));
    }
    const body = lines.join('\n') + '\n';
    assert.ok(body.length > 3_000_000);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-h]').waitFor();
    await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'big.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(body) }]);
    await page.locator('[data-testid=import-preview]', { hasText: '19355 document(s) to add' }).waitFor({ timeout: 60000 });
    await page.locator('[data-testid=import-confirm]').click();
    // The refusal is in the dialog, where the user is looking, and says what to do.
    const refusal = page.locator('.modal [data-testid=import-refused]');
    await refusal.waitFor({ timeout: 30000 });
    assert.match(await refusal.innerText(), /need about .* but only .* are free.*at most \d+ documents/s);
    assert.ok(await refusal.isVisible());
    const onTop = await refusal.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(10, r.height / 2));
      return el === hit || el.contains(hit);
    });
    if (!onTop) await page.screenshot({ path: '/tmp/refusal.png' });
    assert.ok(onTop, 'the refusal is not covered');
    assert.ok(await page.locator('[data-testid=import-confirm]').isDisabled(), 'Import is not offered again as if nothing happened');
    assert.deepEqual(await docKeys(page), before);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('Forget reaches a document whose learned suggestions were saved before it', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const cp = (s, needle) => [...s.slice(0, s.indexOf(needle))].length;
    const line = (text, drugs) => JSON.stringify({ text, label: drugs.map((d) => [cp(text, d), cp(text, d) + [...d].length, 'DRUG']) });
    const later = 'The nurse gave him ibuprofen and later some paracetamol for the fever .';
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-h]').waitFor();
    await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'drugs.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from([
      line('The patient was given aspirin for the pain and later took ibuprofen .', ['aspirin', 'ibuprofen']),
      line('Doctors prescribed metformin and insulin to control her blood sugar , and aspirin daily .', ['metformin', 'insulin', 'aspirin']),
      line('She was treated with amoxicillin , then penicillin , then paracetamol , and finally ibuprofen again .', ['amoxicillin', 'penicillin', 'paracetamol', 'ibuprofen']),
      JSON.stringify({ text: later, label: [] }),
    ].join('\n') + '\n') }]);
    await page.locator('[data-testid=import-confirm]').click();
    await page.locator('[data-testid=import-h]').waitFor({ state: 'detached' });
    const waitPos = (pos) => page.waitForFunction((p) => document.querySelector('[data-testid=corpus-position]')?.textContent === p, pos, { timeout: 15000 });
    await waitPos('2 / 5');
    for (const pos of ['3 / 5', '4 / 5', '5 / 5']) {
      await page.keyboard.press('Control+Enter');
      await waitPos(pos);
    }
    const drugsOf = async () => {
      await saved(page);
      const d = (await storedDocs(page)).find((x) => x.text === later);
      const cps = [...d.text];
      return d.annotations.filter((a) => a.state === 'suggested' && a.label === 'DRUG').map((a) => cps.slice(a.span.start, a.span.end).join(''));
    };
    let drugs = [];
    for (let i = 0; i < 40 && !drugs.length; i++) { drugs = await drugsOf(); if (!drugs.length) await page.waitForTimeout(300); }
    assert.ok(drugs.length > 0, 'the learned label is suggested in the untouched document');
    // Go to another document, Forget there, come back.
    await page.keyboard.press('[');
    await waitPos('4 / 5');
    await saved(page);
    await page.locator('[data-testid=forget-learned]').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid=learned-note]')?.textContent || '').includes('the shipped model'));
    await page.keyboard.press(']');
    await waitPos('5 / 5');
    for (let i = 0; i < 40 && drugs.length; i++) { drugs = await drugsOf(); if (drugs.length) await page.waitForTimeout(300); }
    assert.deepEqual(drugs, [], 'the document follows Forget: no learned suggestion left');
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
