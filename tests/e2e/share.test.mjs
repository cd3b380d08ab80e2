// Share by link: a link made in one browser opens read-only in another, survives "Save a copy", stays
// short, and damaged or hostile links never run anything or touch the reader's workspace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { launch, openApp, waitSuggestions, saved } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const b64url = (buf) => Buffer.from(buf).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
function varint(n) { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; }
function str(s) { const b = Buffer.from(s, 'utf8'); return [...varint(b.length), ...b]; }
/** A valid v1 share payload of a document with no spans. */
function payloadOf(title, text) {
  const raw = Buffer.from([0, ...str(title), ...str(text), 0, 0, 0, 0, 0]);
  return b64url(Buffer.concat([Buffer.from([1]), zlib.deflateSync(raw, { level: 9 })]));
}

const storage = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
const docKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/')).sort());
const spansOf = (doc) => doc.annotations.map((a) => `${a.span.start}-${a.span.end}:${a.label}:${a.state}`).sort();
async function storedDocs(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/')).map((k) => JSON.parse(localStorage.getItem(k)).doc));
}
async function acceptAll(page) {
  await waitSuggestions(page);
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) === 0);
  await saved(page);
}
async function shareLink(page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const input = page.locator('[data-testid=share-link]');
  await input.waitFor();
  return { link: await input.inputValue(), len: Number(await page.locator('[data-testid=share-length]').getAttribute('data-len')) };
}

test('a shared link opens read-only in a fresh browser with the same text and spans; "Save a copy" keeps it', async () => {
  const app = await openApp(browser);
  const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = app;
    await acceptAll(page);
    const [orig] = await storedDocs(page);
    const origText = await page.locator('.doc-view').innerText();
    const origRows = await page.locator('.span-list li').allInnerTexts();
    const { link } = await shareLink(page);
    assert.ok(link.startsWith(app.url) && link.includes('#share='), link.slice(0, 80));

    const page2 = await ctx2.newPage();
    const errors = [];
    page2.on('pageerror', (e) => errors.push(String(e)));
    await page2.goto(link);
    await page2.waitForSelector('[data-app-ready]');
    const banner = page2.locator('[data-testid=read-only-banner]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /Shared document — read-only/);
    assert.equal(await page2.locator('.doc-view').innerText(), origText);
    assert.deepEqual(await page2.locator('.span-list li').allInnerTexts(), origRows);
    // Nothing is stored while reading, and a hotkey on a selected word adds no span.
    assert.deepEqual(await docKeys(page2), []);
    const before = await page2.locator('.doc-view [data-ann], .doc-view .seg.m').count();
    await page2.locator('.doc-view .seg', { hasText: /^Muscat$/ }).first().dblclick();
    await page2.keyboard.press('p');
    await page2.keyboard.press('g');
    await page2.waitForTimeout(300);
    assert.equal(await page2.locator('.doc-view [data-ann], .doc-view .seg.m').count(), before);
    assert.deepEqual(await page2.locator('.span-list li').allInnerTexts(), origRows);
    assert.deepEqual(await docKeys(page2), []);

    await page2.getByRole('button', { name: 'Save a copy to my workspace' }).click();
    await banner.waitFor({ state: 'detached' });
    await saved(page2);
    const keys = await docKeys(page2);
    const copyKey = keys.find((k) => k.includes('/shared-'));
    assert.ok(copyKey, `a new document key: ${keys}`);
    assert.equal(new URL(page2.url()).hash, '');
    const copy = (await storedDocs(page2)).find((d) => d.id.startsWith('shared-'));
    assert.equal(copy.text, orig.text);
    assert.deepEqual(spansOf(copy), spansOf(orig));
    await page2.reload();
    await page2.waitForSelector('[data-app-ready]');
    assert.ok((await docKeys(page2)).includes(copyKey));
    assert.equal(await page2.locator('.doc-view').innerText(), origText);
    assert.deepEqual(errors, []);
  } finally { await ctx2.close(); await app.close(); }
});

test('the sample with at least 50 spans makes a link under 8 KB', async () => {
  const app = await openApp(browser);
  try {
    const { page } = app;
    await acceptAll(page);
    // Label 30 more words from the keyboard: → selects the next word, q labels it QUANTITY.
    await page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('q');
    }
    await saved(page);
    const [doc] = await storedDocs(page);
    const accepted = doc.annotations.filter((a) => a.state === 'accepted').length;
    assert.ok(accepted >= 50, `accepted spans: ${accepted}`);
    const { link, len } = await shareLink(page);
    assert.equal(len, link.length);
    assert.ok(link.length < 8192, `link length ${link.length}`);
    console.log(`${accepted} spans → link of ${link.length} characters`);
    assert.match(await page.locator('[data-testid=share-advice]').innerText(), /pasted anywhere/);
  } finally { await app.close(); }
});

test('damaged and hostile links show an error (or plain text), run no script and leave the workspace alone', async () => {
  const app = await openApp(browser);
  try {
    const { page, url } = app;
    await waitSuggestions(page);
    await saved(page);
    const { link } = await shareLink(page);
    const good = link.split('#share=')[1];
    const before = await storage(page);
    const valid = Buffer.from(good.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    const cases = [
      ['truncated', good.slice(0, Math.floor(good.length / 2) + 1), /cut short|damaged/],
      ['bad base64', good.slice(0, 10) + '$%*' + good.slice(10), /not allowed/],
      ['wrong version', b64url(Buffer.concat([Buffer.from([9]), valid.subarray(1)])), /newer or unknown version/],
      ['compressed garbage', b64url(Buffer.concat([Buffer.from([1]), zlib.deflateSync(Buffer.from('garbage!'.repeat(40)))])), /damaged/],
    ];
    for (const [name, payload, re] of cases) {
      await page.goto('about:blank');
      await page.goto(`${url}#share=${payload}`);
      await page.waitForSelector('[data-app-ready]');
      const err = page.locator('.msg.error', { hasText: 'shared link could not be opened' });
      await err.waitFor({ timeout: 5000 });
      assert.match(await err.innerText(), re, name);
      assert.equal(await page.locator('[data-testid=read-only-banner]').count(), 0, name);
      assert.ok((await page.locator('.doc-view').innerText()).includes('Muscat'), `${name}: own workspace shown`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(await storage(page), before, `${name}: workspace unchanged`);
    }
    const hostile = 'Before <script>window.__pwned=1</script> and <img src=x onerror=window.__pwned=1> after.';
    // Pasted into the open tab's address bar (only the hash changes): the app starts over on the link.
    await page.evaluate((h) => { location.hash = h; }, `share=${payloadOf('<img src=x onerror=window.__pwned=1>', hostile)}`);
    await page.waitForSelector('[data-testid=read-only-banner]');
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.doc-view').innerText().then((t) => t.trim()), hostile);
    assert.equal(await page.locator('.doc-view img, .doc-view script').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(await storage(page), before);
  } finally { await app.close(); }
});
