// Rich documents (first step: Markdown). A real README dropped on the window opens with its structure
// (headings, list items, code, table rows look like themselves), gets suggestions, takes a span, and keeps
// its structure through a reload and a share link; nothing in it runs and no request leaves the origin.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { dropFile, launch, openApp, openShared, ready, saved, storedDocs, waitSuggestions } from './harness.mjs';

const browser = await launch();
after(() => browser.close());

const FIXTURES = new URL('../../../shared/fixtures/rich/md/', import.meta.url);
const drop = (page, name, content) => dropFile(page, name, content, 'text/markdown');

test('a dropped Markdown README opens with its structure, suggestions and spans, and keeps it on reload and by link', async () => {
  const app = await openApp(browser);
  const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = app;
  try {
    await ready(page);
    const md = fs.readFileSync(new URL('ripgrep-GUIDE.md', FIXTURES), 'utf8')
      + '\n\n<script>window.__ran = true</script>\n\n<img src="https://example.org/x.png" onerror="window.__ran = true">\n';
    await drop(page, 'ripgrep-GUIDE.md', md);
    await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === 'User Guide', null, { timeout: 15000 });
    await page.waitForSelector('.doc-view .para[data-block=heading][data-level="2"]');
    const h1 = await page.locator('.doc-view .para[data-block=heading][data-level="2"]').first().innerText();
    assert.equal(h1.trim(), 'User Guide');
    // The rendered text: no Markdown syntax at line starts, headings, list items and code as blocks.
    assert.ok(await page.locator('.doc-view .para[data-block=heading][data-level="3"]').count() > 5);
    assert.ok(await page.locator('.doc-view .para[data-block=list_item]').count() > 10);
    assert.ok(await page.locator('.doc-view .para[data-block=code]').count() > 20);
    const firstLines = (await page.locator('.doc-view .para').allInnerTexts()).slice(0, 30);
    assert.ok(firstLines.every((l) => !/^\s*(#{1,6} |```|\* |- )/.test(l)), firstLines.join('\n'));
    const font = await page.locator('.doc-view .para[data-block=heading][data-level="2"]').first().evaluate((e) => getComputedStyle(e).fontWeight);
    assert.equal(font, '700');
    // Suggestions come, and a span can be made.
    await waitSuggestions(page);
    // Select the word "elementary" (in the guide's first paragraph) and label it with the hotkey o.
    await page.evaluate(() => {
      const seg = [...document.querySelectorAll('.doc-view .para[data-block=paragraph] .seg')].find((e) => /\belementary\b/.test(e.textContent));
      const node = seg.firstChild;
      const at = node.textContent.indexOf('elementary');
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + 'elementary'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
      seg.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 10, clientY: 10 }));
    });
    await page.keyboard.press('o');
    await page.waitForSelector('.doc-view .seg.m:not(.sug)');
    // Marks are drawn (inline code, links with their target shown as text, not followed) ...
    assert.ok(await page.locator('.doc-view .seg.r-code').count() > 10);
    const linked = page.locator('.doc-view .seg.r-link').first();
    assert.match(await linked.getAttribute('title'), /→ \S+/);
    assert.equal(await page.locator('.doc-view a').count(), 0, 'no link element in the text');
    // ... and a span can cross them: from the word before an inline code piece to the end of that piece.
    const crossed = await page.evaluate(() => {
      const code = [...document.querySelectorAll('.doc-view .para[data-block=paragraph] .seg.r-code:not(.m)')]
        .find((c) => c.previousElementSibling?.matches('.seg:not(.m):not(.r-code)') && /\w+ $/.test(c.previousElementSibling.textContent));
      const before = code.previousElementSibling;
      const word = /(\w+) $/.exec(before.textContent)[1];
      const r = document.createRange();
      r.setStart(before.firstChild, before.textContent.length - word.length - 1);
      r.setEnd(code.firstChild, code.textContent.length);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
      code.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 10, clientY: 10 }));
      return `${word} ${code.textContent}`;
    });
    await page.keyboard.press('o');
    await saved(page);
    const [doc] = (await storedDocs(page)).filter((d) => d.title === 'User Guide');
    assert.ok(doc.structure && doc.structure.blocks.length > 100, 'the structure is stored');
    assert.equal(doc.structure.source.name, 'ripgrep-GUIDE.md');
    const manual = doc.annotations.filter((a) => a.origin.kind === 'manual')
      .map((a) => [...doc.text].slice(a.span.start, a.span.end).join('')).sort();
    assert.deepEqual(manual, [crossed, 'elementary'].sort(), 'both spans are stored, one across a mark');
    assert.ok(!doc.text.includes('<script') && !doc.text.includes('onerror'), 'no markup in the text');
    // Reload: the same structure is drawn.
    await page.reload();
    await page.waitForSelector('[data-app-ready]');
    await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === 'User Guide');
    await page.waitForSelector('.doc-view .para[data-block=heading][data-level="2"]');
    // Share link: read-only in another browser, with the structure.
    const page2 = await openShared(page, ctx2);
    await page2.waitForSelector('.doc-view .para[data-block=heading][data-level="2"]');
    assert.ok(await page2.locator('.doc-view .para[data-block=code]').count() > 20);
    // Nothing in the file ran or was fetched.
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    assert.deepEqual(app.foreign, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await ctx2.close();
    await app.close();
  }
});

test('a dropped saved web page opens as its readable content: headings, table cells, links as data; nothing runs or loads', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    const source = fs.readFileSync(new URL('../html/wikipedia.html', FIXTURES), 'utf8');
    const html = source
      .replace('</body>', '<script>window.__ran = true</script><img src="x" onerror="window.__ran = true"><iframe src="https://example.org/"></iframe></body>');
    await drop(page, 'wikipedia.html', html);
    await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === 'Mozilla', null, { timeout: 15000 });
    await page.waitForSelector('.doc-view .para[data-block=heading][data-level="1"]');
    assert.ok(await page.locator('.doc-view .para[data-block=table_cell]').count() > 5, 'the infobox rows');
    assert.ok(await page.locator('.doc-view .para[data-block=list_item]').count() > 20);
    await waitSuggestions(page);
    await saved(page);
    const [doc] = (await storedDocs(page)).filter((d) => d.title === 'Mozilla');
    assert.equal(doc.structure.source.media_type, 'text/html');
    assert.ok(doc.structure.marks.some((m) => m.type === 'link' && m.href.includes('wiki')), 'links kept as data');
    assert.ok(!doc.text.includes('1998-02-28'), 'hidden parts are left out');
    // Each block names the element it came from: its XPath finds that element in the page as the browser
    // parses it, and the element's text holds the block's.
    const found = await page.evaluate(([src, d]) => {
      const dom = new DOMParser().parseFromString(src, 'text/html');
      const chars = [...d.text];
      const blocks = d.structure.blocks.filter((b) => b.xpath).slice(0, 60);
      return blocks.filter((b) => {
        const el = dom.evaluate(b.xpath, dom, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
        const want = chars.slice(b.start, Math.min(b.end, b.start + 12)).join('').trim();
        return el && el.textContent.replace(/\s+/g, ' ').includes(want);
      }).length / blocks.length;
    }, [source, doc]);
    assert.ok(found >= 0.95, `XPath of ${Math.round(found * 100)}% of the blocks found`);
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    assert.deepEqual(app.foreign, []);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('the Import dialog reads Markdown and HTML as rich documents too (and "Plain text" keeps the characters)', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-testid=import-files]').setInputFiles([
      { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Field notes\n\n- Ada met *Charles* in London.\n') },
      { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<title>Site</title><h1>Harbour report</h1><p>Ships in <b>Porto</b>.</p><script>window.__ran = 1</script>') },
    ]);
    await page.locator('[data-testid=import-doc]', { hasText: 'Field notes' }).waitFor();
    await page.locator('[data-testid=import-doc]', { hasText: 'Harbour report' }).waitFor();
    await page.locator('[data-testid=import-confirm]').click();
    await page.waitForFunction(() => ['Field notes', 'Harbour report'].includes(document.querySelector('.doc-title')?.textContent));
    await saved(page);
    const docs = await storedDocs(page);
    const md = docs.find((d) => d.title === 'Field notes');
    assert.equal(md.text, 'Field notes\nAda met Charles in London.');
    assert.deepEqual(md.structure.blocks.map((b) => b.type), ['heading', 'list_item']);
    const html = docs.find((d) => d.title === 'Harbour report');
    assert.equal(html.text, 'Harbour report\nShips in Porto.');
    assert.equal(await page.evaluate(() => window.__ran), undefined);
  } finally { await app.close(); }
});
