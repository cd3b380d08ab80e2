// The Agreement screen as a person uses it: load two annotators' files of one text, read the scores,
// go through every disagreement, decide each one and create the adjudicated document.
//
// Fixtures (tests/e2e/fixtures/agreement/), both of the text "Amélie Smith met Bob in New York on Monday."
// (offsets in code points; "Amélie" is 6 code points):
//   annotator-a.jsonl (doccano): [0,12) PERSON "Amélie Smith", [17,20) PERSON "Bob", [24,27) GPE "New", [36,42) DATE "Monday"
//   annotator-b.json  (spaCy):   [0,12) PERSON "Amélie Smith", [17,20) ORG "Bob",    [24,32) GPE "New York"
// B is the reference (second in the pair). Numbers as the core computes them (same data as
// crates/core/tests/agreement_fixture.rs, which checks them natively):
//   Exact:   only "Amélie Smith"/PERSON agrees. tp 1, fp 4−1 = 3, fn 3−1 = 2.
//            P = 1/4 = 0.250, R = 1/3 = 0.333, F1 = 2·(1/4)(1/3)/(1/4+1/3) = 2/7 = 0.286.
//   Overlap: also "New"/GPE ~ "New York"/GPE. tp 2, fp 2, fn 1. P = 0.500, R = 2/3 = 0.667, F1 = 4/7 = 0.571.
//   Kappa over 10 tokens (Amélie Smith met Bob in New York on Monday .):
//            A: P P O P O G O O D O;  B: P P O ORG O G G O O O → p_o = 7/10;
//            marginals A: P3 O5 G1 D1, B: P2 O5 G2 ORG1 → p_e = (6+25+2)/100 = 0.33;
//            κ = (0.70−0.33)/(1−0.33) = 37/67 = 0.552.
//   Per label (exact | overlap):
//            DATE   A {Monday}, B {}            → 0/1/0: P 0, R 1 (vacuous), F1 0       | same
//            GPE    "New" vs "New York"         → 0/1/1: 0, 0, 0                        | 1/0/0: 1, 1, 1
//            ORG    A {}, B {Bob}               → 0/0/1: P 1 (vacuous), R 0, F1 0        | same
//            PERSON A {Amélie Smith, Bob}, B {Amélie Smith} → 1/1/0: 0.5, 1, 2/3 = 0.667 | same
//   Disagreements, by position: #1 [17,20) label differs (A PERSON, B ORG); #2 [24,32) boundary differs
//            (GPE, A [24,27) "New", B [24,32) "New York"); #3 [36,42) only A (DATE "Monday").
//   Decisions #1 Both, #2 B, #3 A → agreed PERSON "Amélie Smith" + PERSON "Bob" + ORG "Bob" + GPE "New York"
//            + DATE "Monday".
//   annotator-c.txt + annotator-c.ann (brat): PERSON "Amélie Smith", PERSON "Bob", GPE "New York", DATE "Monday".
//   A vs C (C reference): exact tp 3 ("New" ≠ "New York"), fp 1, fn 1 → 0.750 / 0.750 / 0.750;
//            overlap tp 4 → 1.000 / 1.000 / 1.000 (4/0/0). Kappa: only "York" differs, p_o = 9/10;
//            A: P3 O5 G1 D1, C: P3 O4 G2 D1 → p_e = (9+20+2+1)/100 = 0.32; κ = 0.58/0.68 = 0.853.
//   B vs C: exact tp 2 (Amélie Smith, New York), fp 1 (Bob/ORG), fn 2 (Bob/PERSON, Monday)
//            → P 2/3 = 0.667, R 2/4 = 0.500, F1 4/7 = 0.571; overlap the same (no same-label overlap left).
//            Kappa: "Bob" and "Monday" differ, p_o = 8/10; B: P2 O5 ORG1 G2, C: P3 O4 G2 D1
//            → p_e = (6+20+4)/100 = 0.30; κ = 0.5/0.7 = 0.714.
//            A vs C has exactly one disagreement: GPE boundary "New" vs "New York".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, openApp } from './harness.mjs';

const fixture = (name) => fileURLToPath(new URL(`./fixtures/agreement/${name}`, import.meta.url));
const A = fixture('annotator-a.jsonl');
const B = fixture('annotator-b.json');
const OTHER = fixture('other-text.jsonl');
const C_TXT = fixture('annotator-c.txt');
const C_ANN = fixture('annotator-c.ann');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function openAgreement(page) {
  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  await page.waitForSelector('.agreement .agreement-files', { state: 'attached' });
}

const cells = (row) => row.locator('td, th').allInnerTexts().then((t) => t.map((s) => s.trim()));

test('two annotators: pairwise and per-label scores, every disagreement, adjudicated document', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await openAgreement(page);
    await page.setInputFiles('.agreement-files', [A, B]);
    await page.waitForSelector('table.pairwise tbody tr');

    const names = await page.locator('.annotators .name').allInnerTexts();
    assert.deepEqual(names, ['annotator-a.jsonl', 'annotator-b.json']);
    assert.deepEqual(await page.locator('.annotators .count').allInnerTexts(), ['4 spans', '3 spans']);

    const pairRows = page.locator('table.pairwise tbody tr');
    assert.equal(await pairRows.count(), 1);
    assert.deepEqual(await cells(pairRows.first()), [
      'annotator-a.jsonl', 'annotator-b.json',
      '0.250', '0.333', '0.286', '1 / 3 / 2',
      '0.500', '0.667', '0.571', '2 / 2 / 1',
      '0.552', 'Compare',
    ]);

    const labelRows = page.locator('table.per-label tbody tr');
    const perLabel = [];
    for (let i = 0; i < (await labelRows.count()); i++) perLabel.push(await cells(labelRows.nth(i)));
    assert.deepEqual(perLabel, [
      ['DATE', '0.000', '1.000', '0.000', '0 / 1 / 0', '0.000', '1.000', '0.000', '0 / 1 / 0'],
      ['GPE', '0.000', '0.000', '0.000', '0 / 1 / 1', '1.000', '1.000', '1.000', '1 / 0 / 0'],
      ['ORG', '1.000', '0.000', '0.000', '0 / 0 / 1', '1.000', '0.000', '0.000', '0 / 0 / 1'],
      ['PERSON', '0.500', '1.000', '0.667', '1 / 1 / 0', '0.500', '1.000', '0.667', '1 / 1 / 0'],
    ]);

    const rows = page.locator('.disagreements > li');
    assert.equal(await rows.count(), 3);
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const r = rows.nth(i);
      seen.push({
        kind: await r.getAttribute('data-kind'),
        kindText: await r.locator('.kind').textContent(),
        mark: await r.locator('mark').innerText(),
        a: (await r.locator('.version.a').innerText()).replace(/\s+/g, ' ').trim(),
        b: (await r.locator('.version.b').innerText()).replace(/\s+/g, ' ').trim(),
      });
    }
    assert.deepEqual(seen, [
      { kind: 'label', kindText: 'Label differs', mark: 'Bob',
        a: 'A: annotator-a.jsonl PERSON “Bob” [17–20)', b: 'B: annotator-b.json ORG “Bob” [17–20)' },
      { kind: 'boundary', kindText: 'Boundary differs', mark: 'New York',
        a: 'A: annotator-a.jsonl GPE “New” [24–27)', b: 'B: annotator-b.json GPE “New York” [24–32)' },
      { kind: 'only-a', kindText: 'Only A', mark: 'Monday',
        a: 'A: annotator-a.jsonl DATE “Monday” [36–42)', b: 'B: annotator-b.json —' },
    ]);
    // The context around the covered text is shown too.
    assert.equal((await rows.nth(0).locator('.ctx').innerText()).trim(), 'Amélie Smith met Bob in New York on Monday.');

    await rows.nth(0).getByLabel('Both', { exact: true }).check();
    await rows.nth(1).getByLabel('B', { exact: true }).check();
    await rows.nth(2).getByLabel('A', { exact: true }).check();
    assert.match(await page.locator('.create .decided').innerText(), /^3 of 3 disagreements decided/);
    await page.getByRole('button', { name: 'Create adjudicated document' }).click();

    await page.waitForSelector('main.annotate .span-list');
    assert.equal(await page.locator('.doc-title').innerText(), 'Adjudicated: annotator-a.jsonl + annotator-b.json');
    const accepted = page.locator('.span-list li[data-state=accepted]');
    await page.waitForFunction(() => document.querySelectorAll('.span-list li[data-state=accepted]').length === 5);
    const spans = [];
    for (let i = 0; i < 5; i++) {
      const li = accepted.nth(i);
      spans.push(`${await li.locator('.tag').innerText()} ${await li.locator('.covered').innerText()}`);
    }
    assert.deepEqual(spans.sort(), ['DATE Monday', 'GPE New York', 'ORG Bob', 'PERSON Amélie Smith', 'PERSON Bob']);
    assert.equal(await page.locator('.doc-view').innerText().then((t) => t.includes('Amélie Smith met Bob in New York on Monday.')), true);

    // It is a saved document of the workspace, with the expected id and spans as manual accepted ones.
    await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Saved');
    const stored = await page.evaluate(() => {
      const k = Object.keys(localStorage).find((k) => /^spandrel\/v\d+\/doc\/adj-\d+/.test(k));
      return k ? JSON.parse(localStorage.getItem(k)).doc : null;
    });
    assert.ok(stored, 'the adjudicated document is in localStorage');
    assert.match(stored.id, /^adj-\d+$/);
    const manual = stored.annotations.filter((a) => a.state === 'accepted')
      .map((a) => `${a.span?.start ?? a.start}-${a.span?.end ?? a.end} ${a.label}`).sort();
    assert.deepEqual(manual, ['0-12 PERSON', '17-20 ORG', '17-20 PERSON', '24-32 GPE', '36-42 DATE']);
    assert.deepEqual(app.foreign, []);
  } finally { await app.close(); }
});

test('a file of another text is refused, naming it; annotators stay while visiting other screens', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await openAgreement(page);
    await page.setInputFiles('.agreement-files', [A]);
    await page.waitForSelector('.annotators li');
    await page.setInputFiles('.agreement-files', [OTHER]);
    const err = page.locator('.messages .msg.error', { hasText: 'other-text.jsonl' });
    await err.waitFor();
    const msg = await err.innerText();
    assert.match(msg, /“other-text\.jsonl” annotates a different text than “annotator-a\.jsonl”/);
    assert.match(msg, /differ from character 24/);
    assert.deepEqual(await page.locator('.annotators .name').allInnerTexts(), ['annotator-a.jsonl']);

    // Something that is no annotation file at all.
    await page.setInputFiles('.agreement-files', [{ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') }]);
    await page.locator('.messages .msg.error', { hasText: '“notes.json” is not an annotation file' }).waitFor();

    // The current document (the sample, another text) as an annotator: refused with its name.
    await page.getByRole('button', { name: 'Use the current document’s accepted spans' }).click();
    await page.locator('.messages .msg.error', { hasText: '“Current document: Muscat talks” annotates a different text' }).waitFor();
    assert.equal(await page.locator('.annotators li').count(), 1);
    assert.equal(await page.locator('table.pairwise').count(), 0);

    // Loaded annotators survive a visit to another screen.
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    await page.waitForSelector('.doc-view');
    await openAgreement(page);
    assert.deepEqual(await page.locator('.annotators .name').allInnerTexts(), ['annotator-a.jsonl']);

    // After removing it, the current document is accepted as the first annotator.
    await page.getByRole('button', { name: 'Remove annotator-a.jsonl' }).click();
    assert.equal(await page.locator('.annotators li').count(), 0);
    await page.getByRole('button', { name: 'Use the current document’s accepted spans' }).click();
    await page.locator('.annotators .name', { hasText: 'Current document: Muscat talks' }).waitFor();
  } finally { await app.close(); }
});

test('three annotators (one a brat .txt + .ann pair): every pair scored, details follow the chosen pair', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await openAgreement(page);
    await page.setInputFiles('.agreement-files', [A, B, C_TXT, C_ANN]);
    await page.waitForFunction(() => document.querySelectorAll('table.pairwise tbody tr').length === 3);
    assert.deepEqual(await page.locator('.annotators .name').allInnerTexts(), ['annotator-a.jsonl', 'annotator-b.json', 'annotator-c.ann']);
    const rows = page.locator('table.pairwise tbody tr');
    const table = [];
    for (let i = 0; i < 3; i++) table.push(await cells(rows.nth(i)));
    assert.deepEqual(table, [
      ['annotator-a.jsonl', 'annotator-b.json', '0.250', '0.333', '0.286', '1 / 3 / 2', '0.500', '0.667', '0.571', '2 / 2 / 1', '0.552', 'Compare'],
      ['annotator-a.jsonl', 'annotator-c.ann', '0.750', '0.750', '0.750', '3 / 1 / 1', '1.000', '1.000', '1.000', '4 / 0 / 0', '0.853', 'Compare'],
      ['annotator-b.json', 'annotator-c.ann', '0.667', '0.500', '0.571', '2 / 1 / 2', '0.667', '0.500', '0.571', '2 / 1 / 2', '0.714', 'Compare'],
    ]);
    // The first pair is shown in detail until another is chosen.
    assert.equal(await page.locator('.disagreements > li').count(), 3);
    await page.getByRole('button', { name: 'Compare annotator-a.jsonl with annotator-c.ann' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.disagreements > li').length === 1);
    assert.equal(await page.locator('.pair-title').innerText(), 'annotator-a.jsonl vs annotator-c.ann (reference)');
    const only = page.locator('.disagreements > li');
    assert.equal(await only.getAttribute('data-kind'), 'boundary');
    assert.equal(await only.locator('mark').innerText(), 'New York');
    assert.equal(await rows.nth(1).getAttribute('aria-selected'), 'true');
    const gpe = page.locator('table.per-label tbody tr', { has: page.locator('th', { hasText: /^GPE$/ }) });
    assert.deepEqual(await cells(gpe), ['GPE', '0.000', '0.000', '0.000', '0 / 1 / 1', '1.000', '1.000', '1.000', '1 / 0 / 0']);
    assert.deepEqual(app.errors.filter((e) => !/favicon/.test(e)), []);
  } finally { await app.close(); }
});
