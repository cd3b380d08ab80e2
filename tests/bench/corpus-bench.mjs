// Corpus benchmarks (prints numbers; asserts nothing), on the built site:
//  1. import a 10,000-line JSONL of WikiANN-sized sentences: time to all documents listed, longest page task;
//  2. storage: bytes per document, and app start to annotating with 10,000 documents stored;
//  3. Documents table: filter by text, by status, sort by modified (event → DOM laid out);
//  4. Done → next: key press → the next document's text and suggestions on screen (warm), median of 50;
//  5. key presses per document for "accept all suggestions and go on" and "fix one label and go on".
// Usage: node tests/bench/corpus-bench.mjs [dist-dir]
import fs from 'node:fs';
import { launch, openApp } from '../e2e/harness.mjs';

if (process.argv[2]) process.env.DIST_DIR = process.argv[2];
const N = Number(process.env.CORPUS_DOCS) || 10000;

/** Sentences of the WikiANN dev set (real sentence lengths), else generated ones of the same size. */
function sentences(n) {
  const file = new URL('../../../shared/data/ner/wikiann-en-dev.conll', import.meta.url);
  let out = [];
  if (fs.existsSync(file)) {
    let cur = [];
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) { if (cur.length) out.push(cur.join(' ')); cur = []; } else cur.push(line.split('\t')[0]);
    }
    if (cur.length) out.push(cur.join(' '));
  }
  const base = out.length ? out : ['Maria Lopez met the mayor of Lisbon on Monday .', 'The Sioux Falls Arena is in South Dakota .'];
  return Array.from({ length: n }, (_, i) => (i < base.length ? base[i] : `${base[i % base.length]} (${i})`));
}

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = [];
const browser = await launch();
try {
  const lines = sentences(N).map((text) => JSON.stringify({ text }));
  const jsonl = lines.join('\n') + '\n';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  });
  const app = await openApp(browser, { context });
  const { page } = app;
  await page.waitForSelector('.doc-view .para');
  await page.getByRole('button', { name: 'Documents', exact: true }).click();

  // ---- 1. import.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('[data-testid=import-files]').setInputFiles([{ name: 'corpus.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl) }]);
  await page.locator('[data-testid=import-confirm]').waitFor({ timeout: 120000 });
  const tPlan = await page.evaluate(() => performance.now());
  await page.locator('[data-testid=import-confirm]').click();
  // Done: the import's first document is open and the corpus counts every document.
  await page.waitForFunction((n) => (document.querySelector('[data-testid=corpus-position]')?.textContent || '').endsWith(`/ ${n}`), N + 1, { timeout: 300000, polling: 20 });
  const tListed = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(([a, b]) => Math.max(0, ...window.__long.filter(([s, d]) => s + d > a && s < b).map(([, d]) => d)), [t0, tListed]);
  out.push([`import ${N} JSONL lines (${(jsonl.length / 1024).toFixed(0)} KB)`, `${Math.round(tListed - t0)} ms`, `to all listed (file read + preview ${Math.round(tPlan - t0)} ms); longest page task ${Math.round(longest)} ms`]);

  // ---- 2. storage.
  const [docBytes, allBytes, count] = await page.evaluate(() => {
    let d = 0, a = 0, n = 0;
    for (const k of Object.keys(localStorage)) {
      const b = 2 * (k.length + localStorage.getItem(k).length);
      a += b;
      if (k.startsWith('spandrel/v2/doc/')) { d += b; n++; }
    }
    return [d, a, n];
  });
  out.push(['storage per document (UTF-16 bytes, key + value)', `${Math.round(docBytes / count)} B`, `${count} documents, ${(allBytes / 1048576).toFixed(2)} MiB of the ~10 MiB localStorage`]);

  // ---- 3. Documents table: event → DOM updated and laid out.
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
  await page.locator('[data-testid=filter-text]').waitFor();
  const timed = (fn) => page.evaluate(`(async () => { const t = performance.now(); (${fn})(); await new Promise((r) => setTimeout(r, 0)); void document.body.getBoundingClientRect(); return performance.now() - t; })()`);
  const setInput = (sel, v) => `() => { const el = document.querySelector('${sel}'); el.value = ${JSON.stringify(v)}; el.dispatchEvent(new Event('${sel.includes('select') || sel.includes('sort') || sel.includes('status') ? 'change' : 'input'}', { bubbles: true })); }`;
  const filt = [];
  for (const q of ['Lon', 'Smith', 'the', '', 'zzz', '']) filt.push(await timed(setInput('[data-testid=filter-text]', q)));
  const stat = [];
  for (const v of ['notdone', 'new', 'any']) stat.push(await timed(setInput('[data-testid=filter-status]', v)));
  const sort = [];
  for (const v of ['modified', 'position', 'modified', 'position']) sort.push(await timed(setInput('[data-testid=sort]', v)));
  out.push([`Documents table, ${N + 1} documents: filter by text`, `median ${med(filt).toFixed(1)} ms`, `max ${Math.max(...filt).toFixed(1)} ms`]);
  out.push(['  … filter by status', `median ${med(stat).toFixed(1)} ms`, `max ${Math.max(...stat).toFixed(1)} ms`]);
  out.push(['  … sort by position / modified', `median ${med(sort).toFixed(1)} ms`, `max ${Math.max(...sort).toFixed(1)} ms`]);

  // ---- 4. workspace start with 10k documents: navigation → text on screen, annotating.
  const starts = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.waitForSelector('.doc-view .para', { timeout: 60000 });
    starts.push(await page.evaluate(() => performance.now()));
  }
  out.push([`app start with ${N + 1} documents stored`, `median ${Math.round(med(starts))} ms`, `navigation → text on screen (${starts.map(Math.round).join(', ')} ms)`]);

  // ---- 5. Done → next, warm: open the first imported document, let suggestions be prepared ahead.
  await page.waitForSelector('[data-testid=corpus-position]');
  await page.waitForTimeout(3000);
  const next = [];
  for (let i = 0; i < 50; i++) {
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const before = document.querySelector('[data-testid=corpus-position]').textContent;
      const t = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
      const check = () => {
        const pos = document.querySelector('[data-testid=corpus-position]').textContent;
        if (pos !== before && document.querySelector('.doc-view .para')) {
          void document.body.getBoundingClientRect();
          resolve([performance.now() - t, document.querySelectorAll('.doc-view .seg.sug').length]);
        } else setTimeout(check, 0);
      };
      setTimeout(check, 0);
    }));
    next.push(ms);
    await page.waitForTimeout(30);
  }
  const withSugg = next.filter(([, n]) => n > 0).length;
  out.push(['Done → next (key → next text and suggestions on screen)', `median ${med(next.map(([m]) => m)).toFixed(1)} ms`, `max ${Math.max(...next.map(([m]) => m)).toFixed(1)} ms; ${withSugg} of 50 opened with suggestions showing`]);

  // ---- 6. key presses per document, keyboard only, on the next documents.
  const pos = () => page.locator('[data-testid=corpus-position]').innerText();
  let presses = 0, docs = 0;
  for (let i = 0; i < 5; i++) {
    const p = await pos();
    await page.keyboard.press('Control+Enter'); presses++; docs++;
    await page.waitForFunction((b) => document.querySelector('[data-testid=corpus-position]').textContent !== b, p);
  }
  out.push(['key presses: accept all suggestions and go on', `${(presses / docs).toFixed(1)} per document`, 'Ctrl+Enter']);
  presses = 0; docs = 0;
  for (let i = 0; i < 10 && docs < 5; i++) {
    const p = await pos();
    const has = await page.evaluate(() => document.querySelectorAll('.doc-view .seg.sug').length > 0);
    if (!has) { await page.keyboard.press('Control+Shift+Enter'); await page.waitForFunction((b) => document.querySelector('[data-testid=corpus-position]').textContent !== b, p); continue; }
    await page.keyboard.press('Tab'); // focus the first span
    await page.keyboard.press('o'); // relabel it ORG
    await page.keyboard.press('Control+Enter');
    presses += 3; docs++;
    await page.waitForFunction((b) => document.querySelector('[data-testid=corpus-position]').textContent !== b, p);
  }
  out.push(['key presses: fix one label and go on', `${docs ? (presses / docs).toFixed(1) : 'n/a'} per document`, 'Tab, label hotkey, Ctrl+Enter']);
  await app.close();
  await context.close();
} finally {
  await browser.close();
}
for (const [a, b, c] of out) console.log(`${a.padEnd(56)} ${String(b).padEnd(20)} ${c}`);
