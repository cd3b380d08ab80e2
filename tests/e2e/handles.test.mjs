// Drag handles on the focused span's edges: mouse and touch resize the span to whole words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, cpIndex, waitSuggestions, saved } from './harness.mjs';

const SAMPLE = fs.readFileSync(new URL('../../assets/muscat-talks.txt', import.meta.url), 'utf8');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Viewport point at a fraction `f` (0 = left edge, 1 = right edge) of the first occurrence of `word`
 *  right after `before` in the document text. */
async function pointIn(page, before, word, f) {
  return page.evaluate(([before, word, f]) => {
    const para = [...document.querySelectorAll('.doc-view .para')].find((p) => p.textContent.includes(before + word));
    const at = para.textContent.indexOf(before + word) + before.length;
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    let acc = 0;
    for (let t; (t = walker.nextNode());) {
      if (at < acc + t.length) {
        const r = document.createRange();
        r.setStart(t, at - acc);
        r.setEnd(t, Math.min(t.length, at - acc + word.length));
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width * f, y: b.top + b.height / 2 };
      }
      acc += t.length;
    }
    throw new Error('word not rendered');
  }, [before, word, f]);
}

async function handleCentre(page, edge) {
  const h = page.locator(`.edge-handle[data-edge=${edge}]`);
  await h.waitFor({ state: 'visible' });
  const b = await h.boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function mouseDrag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 6, from.y + ((to.y - from.y) * i) / 6);
  await page.mouse.up();
}

async function spansOf(page, label) {
  await saved(page);
  return page.evaluate((label) => {
    const k = Object.keys(localStorage).find((k) => k.startsWith('spandrel/v2/doc/'));
    return JSON.parse(localStorage.getItem(k)).doc.annotations.filter((a) => a.label === label && a.state !== 'rejected').map((a) => a.span);
  }, label);
}

/** Double-clicks `word` (right after `before`) and labels it DATE, a label nothing near it has; the new
 *  span is focused and shows its handles. */
async function labelWord(page, before, word) {
  await waitSuggestions(page);
  const p = await pointIn(page, before, word, 0.5);
  await page.mouse.dblclick(p.x, p.y);
  await page.waitForSelector('.seg.pending');
  await page.keyboard.press('d');
}

const cpSpan = (phrase) => { const s = cpIndex(SAMPLE, phrase); return { start: s, end: s + [...phrase].length }; };

test('mouse: dragging the focused span’s handles moves its edges to whole words; undo restores it', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await labelWord(page, 'held ', 'indirect');
    assert.deepEqual(await spansOf(page, 'DATE').then((s) => s.filter((x) => x.start === cpSpan('indirect').start)), [cpSpan('indirect')]);
    // The new span is focused and shows its two handles.
    const end = await handleCentre(page, 'end');
    // Drop the end handle on the last third of "talks": it snaps to the end of that word.
    await mouseDrag(page, end, await pointIn(page, 'indirect ', 'talks', 0.8));
    await page.waitForFunction(() => !document.querySelector('.seg.pending'));
    let spans = await spansOf(page, 'DATE');
    assert.ok(spans.some((s) => s.start === cpSpan('indirect talks').start && s.end === cpSpan('indirect talks').end), JSON.stringify(spans));
    // The start handle onto the first quarter of "held": the span now starts there.
    const start = await handleCentre(page, 'start');
    await mouseDrag(page, start, await pointIn(page, 'States ', 'held', 0.2));
    spans = await spansOf(page, 'DATE');
    const want = cpSpan('held indirect talks');
    assert.ok(spans.some((s) => s.start === want.start && s.end === want.end), JSON.stringify(spans));
    // Dropped early in "Muscat", the end goes back to the nearer word edge: never a split word.
    const end2 = await handleCentre(page, 'end');
    await mouseDrag(page, end2, await pointIn(page, 'talks in ', 'Muscat', 0.25));
    spans = await spansOf(page, 'DATE');
    const longer = cpSpan('held indirect talks in');
    assert.ok(spans.some((s) => s.start === longer.start && s.end === longer.end), JSON.stringify(spans));
    // Undo goes back one drag at a time.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    spans = await spansOf(page, 'DATE');
    const back = cpSpan('indirect talks');
    assert.ok(spans.some((s) => s.start === back.start && s.end === back.end), JSON.stringify(spans));
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('touch: dragging a handle with a finger resizes the span without scrolling the page', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, hasTouch: true, isMobile: false });
  const app = await openApp(browser, { context });
  const { page } = app;
  try {
    await labelWord(page, 'for ', 'sensitive');
    const end = await handleCentre(page, 'end');
    const to = await pointIn(page, 'sensitive ', 'Iran', 0.9);
    const scrollBefore = await page.evaluate(() => scrollY);
    const cdp = await context.newCDPSession(page);
    const touch = (type, p) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y, id: 1 }] : [] });
    await touch('touchStart', end);
    for (let i = 1; i <= 8; i++) await touch('touchMove', { x: end.x + ((to.x - end.x) * i) / 8, y: end.y + ((to.y - end.y) * i) / 8 });
    await touch('touchEnd', null);
    const spans = await spansOf(page, 'DATE');
    const want = cpSpan('sensitive Iran');
    assert.ok(spans.some((s) => s.start === want.start && s.end === want.end), JSON.stringify(spans));
    assert.equal(await page.evaluate(() => scrollY), scrollBefore);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); await context.close(); }
});
