// Interface languages in the browser: the language from the browser's list and from the header's menu
// (kept across reloads), `<html lang dir>`, the layout mirrored in Arabic and Hebrew, and the pseudo-locale
// (en-XA) on every screen and dialog: no visible English that did not come from a message file, and no
// text cut off by its box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, ready } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const LANGS = ['en', 'zh-CN', 'es', 'fr', 'de', 'ja', 'ar', 'he'];
const RTL = new Set(['ar', 'he']);

/** A message's text as its language's file writes it (single-line messages). */
function message(tag, file, id) {
  const src = fs.readFileSync(`locales/${tag}/${file}.ftl`, 'utf8');
  const m = src.match(new RegExp(`^${id} = (.*)$`, 'm'));
  assert.ok(m, `${tag}: ${id}`);
  return m[1].trim();
}

async function openIn(locale, opts = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, ...opts });
  const app = await openApp(browser, { context });
  return { ...app, close: async () => { await app.close(); await context.close(); } };
}

const screenButtons = (page) => page.locator('nav.screens button').allTextContents();

test('each shipped language from the browser: its words, <html lang dir>, the layout mirrored right to left', async () => {
  for (const tag of LANGS) {
    const app = await openIn(tag === 'zh-CN' ? 'zh-CN' : `${tag}-XX`.replace('-XX', tag === 'en' ? '-US' : ''));
    const { page } = app;
    // Mounted (harness's ready() waits for English words and digits).
    await page.waitForSelector('[data-app-ready]');
    await page.waitForSelector('.doc-view .para');
    const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    assert.equal(html.lang, tag);
    assert.equal(html.dir, RTL.has(tag) ? 'rtl' : 'ltr');
    const buttons = await screenButtons(page);
    assert.deepEqual(buttons, ['header-annotate', 'header-documents', 'header-agreement'].map((id) => message(tag, 'app', id)), tag);
    if (tag !== 'en') assert.notEqual(buttons[1], 'Documents', `${tag} is translated`);
    assert.equal(await page.locator('[data-testid=language]').inputValue(), tag);
    // Mirrored: the side panel stands at the document's inline end (left in RTL, right in LTR).
    const boxes = await page.evaluate(() => ({
      doc: document.querySelector('.doc-column').getBoundingClientRect().left,
      panel: document.querySelector('.side-panel').getBoundingClientRect().left,
      title: document.querySelector('.app-header h1').getBoundingClientRect().left,
      help: [...document.querySelectorAll('.app-header button')].pop().getBoundingClientRect().left,
    }));
    if (RTL.has(tag)) {
      assert.ok(boxes.panel < boxes.doc, `${tag}: the side panel is on the left`);
      assert.ok(boxes.title > boxes.help, `${tag}: the header starts on the right`);
    } else {
      assert.ok(boxes.panel > boxes.doc, `${tag}: the side panel is on the right`);
    }
    // Nothing stands outside the page (longer words wrap the header's row instead).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${tag}: the page is ${overflow}px wider than the window`);
    assert.deepEqual(app.foreign, [], 'no request leaves the origin');
    assert.deepEqual(app.errors.filter((e) => !/favicon/.test(e)), [], `${tag}: no errors`);
    await app.close();
  }
});

test('the menu switches the language, a reload keeps it, and the browser language no longer decides', async () => {
  const app = await openIn('en-US');
  const { page } = app;
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await Promise.all([page.waitForEvent('load'), page.locator('[data-testid=language]').selectOption('he')]);
  await page.waitForSelector('[data-app-ready]');
  await page.waitForFunction(() => document.documentElement.lang === 'he');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal((await screenButtons(page))[1], message('he', 'app', 'header-documents'));
  await page.reload();
  await page.waitForSelector('[data-app-ready]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'he');
  await Promise.all([page.waitForEvent('load'), page.locator('[data-testid=language]').selectOption('de')]);
  await page.waitForSelector('[data-app-ready]');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal((await screenButtons(page))[0], message('de', 'app', 'header-annotate'));
  // The document and its work are untouched by the reloads.
  await page.waitForSelector('.doc-view .para');
  assert.ok((await page.locator('.doc-view').textContent()).includes('Muscat'));
  await app.close();
});

test('numbers the language\'s way: Arabic as Intl writes it for Arabic, English with plain digits', async () => {
  for (const [locale, tag] of [['ar-EG', 'ar'], ['en-US', 'en']]) {
    const app = await openIn(locale);
    const { page } = app;
    // The suggestions are in (the count is in the language's digits, and "Saved" in its words).
    await page.waitForFunction(() => /[1-9١-٩]/.test(document.querySelector('[data-testid=pending-count]')?.textContent || ''), null, { timeout: 20000 });
    const shown = (await page.locator('[data-testid=pending-count]').textContent()).trim();
    const n = Number([...shown].map((c) => { const d = '٠١٢٣٤٥٦٧٨٩'.indexOf(c); return d >= 0 ? String(d) : c; }).join('').replace(/[^0-9]/g, ''));
    assert.ok(n > 0, `${locale}: a pending count (${shown})`);
    const expected = tag === 'en' ? String(n) : await page.evaluate(([t, v]) => new Intl.NumberFormat(t).format(v), [tag, n]);
    assert.equal(shown, expected, locale);
    await app.close();
  }
});

test('key caps of the active layout: on an Arabic keyboard the palette and the ? dialog show the key each hotkey sits on', async () => {
  // The browser's keyboard map, as Chromium reports an Arabic layout (navigator.keyboard.getLayoutMap()).
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const arabic = new Map([['KeyP', 'ح'], ['KeyG', 'ل'], ['KeyZ', 'ئ'], ['KeyY', 'غ'], ['BracketLeft', 'ج'], ['BracketRight', 'د'], ['Slash', 'ظ'], ['KeyV', 'ر'], ['KeyR', 'ق'], ['Digit1', '1']]);
    Object.defineProperty(navigator, 'keyboard', { value: { getLayoutMap: async () => arabic }, configurable: true });
  });
  const app = await openApp(browser, { context });
  const { page } = app;
  try {
    await ready(page);
    const person = page.locator('.label-btn', { hasText: 'PERSON' });
    await person.locator('[data-testid=layout-cap]').waitFor();
    assert.equal(await person.locator('[data-testid=layout-cap]').textContent(), 'ح');
    assert.equal(await page.locator('.label-btn', { hasText: 'GPE' }).locator('[data-testid=layout-cap]').textContent(), 'ل');
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('?');
    await page.waitForSelector('#help-h');
    const rows = await page.locator('table.keymap kbd').allTextContents();
    assert.ok(rows.includes('Ctrl + Z (ئ)'), rows.join(' | '));
    assert.ok(rows.includes('] (د) / [ (ج)'), rows.join(' | '));
    assert.ok(rows.includes('/ (ظ)'), rows.join(' | '));
    assert.ok(rows.includes('Escape'), 'named keys have no cap');
    await page.keyboard.press('Escape');
    // That these keys work on such a layout (read by place) is tested in rtl.test.mjs.
    assert.deepEqual(app.errors.filter((e) => !/favicon/.test(e)), []);
  } finally {
    await app.close();
    await context.close();
  }
});

// ---- The pseudo-locale ----------------------------------------------------------------------------

/**
 * Visible English: text on screen (and the names and hints of controls) outside a message. Every message
 * is bracketed in en-XA, so what is left after removing [ … ] and user data (the document, titles, labels,
 * file names: the app isolates those in <bdi> / dir=auto / .doc-view / <kbd>) must hold no Latin word.
 * Also: text cut off by a box that hides its overflow.
 */
function scan() {
  const USER = '.doc-view, .review-context, bdi, [dir=auto], kbd, code, input, textarea, select option:not(:checked), .chip-label, [data-user]';
  const ALLOW = /^(Spandrel|spaCy|doccano|Prodigy|Label|Studio|brat|CoNLL|IOB|BIO|BILOU|JSON|JSONL|W3C|Kinto|URL|CSV|TSV|UTF|ZIP|PDF|HTML|Markdown|ID|OK|Ctrl|Shift|Alt|Enter|Esc|Escape|Tab|Space|Backspace|Delete|F1|px|ms|KB|KiB|MB|MiB|en|XA|Wikipedia|WikiANN|GMB|PERSON|ORG|GPE|LOC|NORP|DATE|TIME|MONEY|PERCENT|QUANTITY|CARDINAL|ORDINAL|EVENT|FAC|LAW|PRODUCT|WORK_OF_ART|LANGUAGE|MISC|PER)$/;
  const visible = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || e.hidden) return false;
      if (e.classList.contains('sr-only')) return true;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const english = [];
  const strip = (s) => {
    let out = '';
    let depth = 0;
    for (const c of s) {
      if (c === '[') depth++;
      else if (c === ']' && depth > 0) depth--;
      else if (depth === 0) out += c;
    }
    return out;
  };
  const check = (text, where) => {
    for (const w of strip(text).match(/[A-Za-z][A-Za-z'’]+/g) || []) {
      if (!ALLOW.test(w)) english.push(`${where}: ${JSON.stringify(text.trim().slice(0, 80))} (${w})`);
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.data.trim() || el.closest(USER) || el.closest('script,style,noscript')) continue;
    if (!visible(el)) continue;
    check(n.data, el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''));
  }
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[aria-description]')) {
    if (el.closest('.doc-view') || !visible(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'aria-description']) {
      const v = el.getAttribute(a);
      // A label's guidance (its title) is the schema's text, data like the label's name.
      if (el.closest('[data-label]') && (a === 'title' || a === 'aria-description')) continue;
      if (v && !el.closest('[data-user]')) check(v, `${el.tagName.toLowerCase()}@${a}`);
    }
  }
  const clipped = [];
  for (const el of document.querySelectorAll('button, label, th, td, h1, h2, h3, p, span, a, legend, summary, li, dt, dd')) {
    // Visually hidden text for screen readers is clipped on purpose.
    if (el.closest(USER) || el.closest('.sr-only') || !visible(el) || !el.textContent.includes('[')) continue;
    const s = getComputedStyle(el);
    const hides = (v) => v === 'hidden' || v === 'clip' || v === 'auto' || v === 'scroll';
    if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1 && s.overflowY !== 'auto' && s.overflowY !== 'scroll')) {
      clipped.push(`${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 60)}`);
    }
  }
  return { english, clipped };
}

// Every state is scanned, then the test fails with all that was found.
const found = [];
async function expectClean(page, state) {
  const { english, clipped } = await page.evaluate(scan);
  for (const e of english) found.push(`${state}: English not from a message file: ${e}`);
  for (const c of clipped) found.push(`${state}: cut off: ${c}`);
}

test('the pseudo-locale on every screen and dialog: every visible word comes from a message file, none is cut off', async () => {
  const app = await openIn('en-XA');
  const { page } = app;
  await ready(page).catch(() => page.waitForSelector('.doc-view .para'));
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) > 0);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
  await expectClean(page, 'Annotate');

  // A word selected: the label picker.
  const box = await page.locator('.doc-view .para').first().boundingBox();
  await page.mouse.dblclick(box.x + 30, box.y + 10);
  await page.waitForSelector('.picker:not([hidden])', { timeout: 5000 }).catch(() => {});
  await expectClean(page, 'label picker');
  await page.keyboard.press('Escape');

  // A suggestion focused: the details in the side panel.
  await page.locator('.doc-view [data-state=suggested]').first().click().catch(() => {});
  await expectClean(page, 'a suggestion focused');
  await page.keyboard.press('Escape');

  // Review mode.
  await page.locator('[data-testid=review-toggle]').click();
  await page.waitForSelector('[data-testid=review]');
  await expectClean(page, 'review mode');
  await page.keyboard.press('Escape');

  // Find.
  await page.keyboard.press('/');
  await page.keyboard.type('Muscat');
  await expectClean(page, 'find');
  await page.keyboard.press('Escape');

  // The keyboard map.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('?');
  await page.waitForSelector('#help-h');
  await expectClean(page, 'the keyboard map');
  await page.keyboard.press('Escape');
  await page.locator('#help-h').waitFor({ state: 'detached' }).catch(async () => page.locator('.modal button[autofocus]').click());

  // The guidelines, read and edited.
  await page.locator('[data-testid=guidelines-button]').click();
  await page.waitForSelector('[data-testid=guidelines]');
  await expectClean(page, 'guidelines');
  await page.locator('[data-testid=guidelines] button').first().click();
  await expectClean(page, 'guidelines, editing');
  await page.locator('[data-testid=guidelines] button').last().click();

  // Import, export and share.
  for (const id of ['import-button', 'export-button', 'share-button']) {
    await page.locator(`[data-testid=${id}]`).click();
    await page.waitForTimeout(300);
    await expectClean(page, id);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }

  // Sync settings.
  await page.locator('.sync-state').click();
  await page.waitForTimeout(300);
  await expectClean(page, 'sync settings');
  await page.keyboard.press('Escape');

  // The Documents and Agreement screens.
  const screens = page.locator('nav.screens button');
  await screens.nth(1).click();
  await page.waitForSelector('[data-testid=doc-table]');
  await expectClean(page, 'Documents');
  await screens.nth(2).click();
  await page.waitForTimeout(300);
  await expectClean(page, 'Agreement');
  await screens.nth(0).click();
  assert.deepEqual([...new Set(found)], []);
  assert.deepEqual(app.errors.filter((e) => !/favicon/.test(e)), []);
  await app.close();
});
