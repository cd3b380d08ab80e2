// Relations between spans (mouse and keyboard), their persistence and export; document labels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, cpIndex, waitSuggestions } from './harness.mjs';

const SAMPLE = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function waitSaved(page) {
  await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Saved');
}
async function storedDoc(page) {
  await waitSaved(page);
  return page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith('spandrel/v2/doc/'));
    return JSON.parse(localStorage.getItem(k)).doc;
  });
}
/** Viewport centre of `len` UTF-16 units at `offset` after the first occurrence of `needle` in a paragraph of the view. */
async function wordPoint(page, needle, offset = 0, len = needle.length) {
  return page.evaluate(([needle, offset, len]) => {
    const para = [...document.querySelectorAll('.doc-view .para')].find((p) => p.textContent.includes(needle));
    if (!para) return null;
    let at = para.textContent.indexOf(needle) + offset;
    // Find the text node holding that position (pieces split the paragraph into several nodes).
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && at >= node.textContent.length) at -= node.textContent.length;
    const r = document.createRange();
    r.setStart(node, at);
    r.setEnd(node, Math.min(at + len, node.textContent.length));
    node.parentElement.scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, [needle, offset, len]);
}
/** Relations of the stored document as "from text → to text (kind)". */
function describe(doc) {
  const cover = (id) => { const a = doc.annotations.find((a) => a.id === id); return [...doc.text].slice(a.span.start, a.span.end).join(''); };
  return doc.relations.map((r) => `${cover(r.from)} → ${cover(r.to)} (${r.type})`);
}

test('mouse only: two spans, link mode, click source and target → a located_in relation, listed and drawn', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    // Start from plain text so that each click hits only the span made here.
    await page.getByRole('button', { name: 'Reject all', exact: true }).click();
    for (const [needle, len] of [['Muscat on February', 6], ['Oman has long', 4]]) {
      const p = await wordPoint(page, needle, 0, len);
      await page.mouse.dblclick(p.x, p.y);
      await page.locator('.picker button[data-label=GPE]').click();
      await page.locator('.doc-view .seg.m', { hasText: needle.slice(0, len) }).first().waitFor();
    }
    await page.getByLabel('Relation type', { exact: true }).selectOption('located_in');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    assert.equal(await page.getByRole('button', { name: 'Link', exact: true }).getAttribute('aria-pressed'), 'true');
    let p = await wordPoint(page, 'Muscat on February', 0, 6);
    await page.mouse.click(p.x, p.y);
    await page.locator('.link-status', { hasText: 'From “Muscat”' }).waitFor();
    p = await wordPoint(page, 'Oman has long', 0, 4);
    await page.mouse.click(p.x, p.y);
    const row = page.locator('.relations .rel-rows li');
    await row.first().waitFor();
    assert.equal(await row.count(), 1);
    assert.match(await row.first().innerText(), /Muscat\s*→\s*Oman\s*located_in/);
    assert.equal(await page.getByRole('button', { name: 'Link', exact: true }).getAttribute('aria-pressed'), 'false');
    // The connector is drawn with its label once both ends are on screen.
    await page.locator('.relation-layer .rel-arc text', { hasText: 'located_in' }).waitFor({ state: 'attached' });
    const doc = await storedDoc(page);
    assert.deepEqual(describe(doc), ['Muscat → Oman (located_in)']);
    // Clicking the row focuses the source span; the delete button removes the relation; undo brings it back.
    await row.first().locator('.rel-row').click();
    assert.match(await page.locator('.details .covered-text').innerText(), /Muscat/);
    await page.getByRole('button', { name: 'Delete relation Muscat → Oman (located_in)' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.relations .rel-rows li').length === 0);
    await page.getByRole('button', { name: /Undo/ }).click();
    await row.first().waitFor();
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('keyboard only: spans by arrows and hotkeys, Shift+R, Tab, Enter → relation survives reload and is exported', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    await page.keyboard.press('ArrowRight'); // "Iran"
    await page.keyboard.press('g');
    await page.keyboard.press('ArrowRight'); // "and"
    await page.keyboard.press('ArrowRight'); // "the"
    await page.keyboard.press('ArrowRight'); // "United"
    await page.keyboard.press('Shift+ArrowRight'); // "United States"
    assert.equal(await page.locator('.seg.pending').allInnerTexts().then((t) => t.join('')), 'United States');
    await page.keyboard.press('g');
    // The focused span's text and state, from the Details panel (an accepted span, not a suggestion).
    const covered = async () => {
      const t = await page.locator('.details .covered-text').innerText().catch(() => '');
      const m = await page.locator('.details .meta').innerText().catch(() => '');
      return m.includes('accepted') ? t : '';
    };
    let guard = 0;
    while (!(await covered()).includes('Iran') && guard++ < 10) await page.keyboard.press('Shift+Tab');
    assert.match(await covered(), /“Iran”/);
    await page.keyboard.press('Shift+R');
    assert.equal(await page.getByRole('button', { name: 'Link', exact: true }).getAttribute('aria-pressed'), 'true');
    guard = 0;
    while (!(await covered()).includes('United States') && guard++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const row = page.locator('.relations .rel-rows li');
    await row.first().waitFor();
    assert.match(await row.first().innerText(), /Iran\s*→\s*United States\s*related_to/);
    // Escape cancels a started link without adding anything.
    await page.keyboard.press('Shift+R');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('button', { name: 'Link', exact: true }).getAttribute('aria-pressed'), 'false');
    assert.equal(await row.count(), 1);

    await waitSaved(page);
    await page.reload();
    await page.waitForSelector('[data-app-ready]');
    await page.locator('.relations .rel-rows li').first().waitFor();
    assert.match(await page.locator('.relations .rel-rows li').first().innerText(), /Iran\s*→\s*United States\s*related_to/);
    const doc = await storedDoc(page);
    assert.deepEqual(describe(doc), ['Iran → United States (related_to)']);

    // Export in the Spandrel format and as doccano relations: both carry the relation.
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    if (await exportButton.count()) {
      console.log('# exporting through the Export dialog');
      for (const format of ['spandrel', 'doccano-rel']) {
        await exportButton.click();
        await page.getByLabel('Export format').selectOption(format);
        const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-download]').click()]);
        const body = fs.readFileSync(await dl.path(), 'utf8');
        const iran = cpIndex(SAMPLE, 'Iran');
        const us = cpIndex(SAMPLE, 'United States');
        if (format === 'spandrel') {
          const d = JSON.parse(body).documents[0];
          const rel = (d.relations || []).find((r) => r.type === 'related_to');
          assert.ok(rel, 'the Spandrel export has the relation');
          assert.equal(d.spans.find((a) => a.id === rel.from).start, iran);
          assert.equal(d.spans.find((a) => a.id === rel.to).start, us);
        } else {
          const line = JSON.parse(body.trim().split('\n')[0]);
          const ent = (id) => line.entities.find((e) => e.id === id);
          const rel = line.relations.find((r) => r.type === 'related_to');
          assert.ok(rel, 'the doccano export has the relation');
          assert.equal(ent(rel.from_id).start_offset, iran);
          assert.equal(ent(rel.to_id).start_offset, us);
        }
        await page.getByRole('button', { name: 'Close' }).click();
      }
    }
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('document labels: single choice toggles, undo, and the choice persists after reload', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    const group = page.getByRole('group', { name: 'Document labels' });
    const relevant = group.getByRole('button', { name: 'relevant', exact: true });
    const review = group.getByRole('button', { name: 'needs review', exact: true });
    await relevant.click();
    assert.equal(await relevant.getAttribute('aria-pressed'), 'true');
    await review.click();
    assert.equal(await review.getAttribute('aria-pressed'), 'true');
    assert.equal(await relevant.getAttribute('aria-pressed'), 'false', 'one document label at a time');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector('.doc-labels button[aria-pressed=true]')?.textContent === 'relevant');
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => document.querySelector('.doc-labels button[aria-pressed=true]')?.textContent === 'needs review');
    const doc = await storedDoc(page);
    assert.deepEqual(doc.doc_labels, ['needs review']);
    await page.reload();
    await page.waitForSelector('[data-app-ready]');
    await page.waitForFunction(() => document.querySelector('.doc-labels button[aria-pressed=true]')?.textContent === 'needs review');
    assert.equal(await page.locator('.doc-labels button[aria-pressed=true]').count(), 1);
    // Clicking the chosen label again clears it.
    await page.getByRole('group', { name: 'Document labels' }).getByRole('button', { name: 'needs review' }).click();
    assert.equal(await page.locator('.doc-labels button[aria-pressed=true]').count(), 0);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('a new relation type is added to the schema and kept; attributes of the focused span are set and removed', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await waitSuggestions(page);
    await page.getByRole('textbox', { name: 'New relation type' }).fill('meets');
    await page.getByRole('button', { name: 'Add type' }).click();
    const select = page.getByLabel('Relation type', { exact: true });
    assert.equal(await select.inputValue(), 'meets');
    await page.reload();
    await page.waitForSelector('[data-app-ready]');
    assert.ok((await select.locator('option').allInnerTexts()).includes('meets'), 'the new type survives a reload');

    await page.locator('.doc-view .seg.sug', { hasText: /^Oman$/ }).first().click();
    await page.getByRole('textbox', { name: 'Attribute name' }).fill('wikidata');
    await page.getByRole('textbox', { name: 'Attribute value' }).fill('Q842');
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    await page.locator('.attributes li', { hasText: 'wikidata = Q842' }).waitFor();
    let doc = await storedDoc(page);
    const oman = cpIndex(SAMPLE, 'Oman');
    const a = doc.annotations.find((a) => a.span.start === oman && a.attributes?.wikidata === 'Q842');
    assert.ok(a, 'the attribute is stored on the Oman span');
    await page.getByRole('button', { name: 'Remove attribute wikidata' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.attributes li').length === 0);
    doc = await storedDoc(page);
    assert.ok(!doc.annotations.some((a) => a.attributes?.wikidata));
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
