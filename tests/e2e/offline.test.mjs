// Offline and deploy: after one online visit the service worker serves the app with the network off;
// the built site works from a sub-path (service worker scope, manifest and model included).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, openApp, saved } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Waits until the service worker is active, then reloads once so it controls the page. */
async function controlled(page) {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await page.reload();
  await page.waitForSelector('[data-app-ready]');
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  return scope;
}

test('after one online visit the app opens with its workspace with the network off', async () => {
  const app = await openApp(browser);
  try {
    const { page, ctx } = app;
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) > 0, null, { timeout: 15000 });
    await saved(page);
    await controlled(page);
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const c = await caches.open(keys.find((k) => k.startsWith('spandrel-')));
      return (await c.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const want of ['/', '/index.html', '/model/ner-v1.bin', '/manifest.webmanifest']) assert.ok(cached.includes(want), `${want} cached: ${cached}`);
    assert.ok(cached.some((p) => p.endsWith('_bg.wasm')), 'the wasm is cached');
    assert.ok(cached.some((p) => /\/boot-.*\.js$/.test(p)), 'the boot script is cached');

    await ctx.setOffline(true);
    const failed = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload();
    await page.waitForSelector('[data-app-ready]', { timeout: 20000 });
    assert.ok((await page.locator('.doc-view').innerText()).includes('Muscat'));
    assert.ok(Number(await page.locator('[data-testid=pending-count]').innerText()) > 0, 'stored suggestions shown');
    // The model comes from the cache too: the page can fetch it offline.
    const modelBytes = await page.evaluate(async () => (await (await fetch('./model/ner-v1.bin')).arrayBuffer()).byteLength);
    assert.ok(modelBytes > 1000);
    assert.deepEqual(failed, []);
    await ctx.setOffline(false);
  } finally { await app.close(); }
});

test('offline in another language: after one online visit in German, it opens in German with the network off', async () => {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  const app = await openApp(browser, { context });
  try {
    const { page } = app;
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid=pending-count]')?.textContent || ''), null, { timeout: 15000 });
    await controlled(page);
    await context.setOffline(true);
    const failed = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload();
    await page.waitForSelector('[data-app-ready]', { timeout: 20000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    const documents = fs.readFileSync('locales/de/app.ftl', 'utf8').match(/^header-documents = (.*)$/m)[1].trim();
    assert.equal((await page.locator('nav.screens button').allTextContents())[1], documents);
    assert.deepEqual(failed, []);
    await context.setOffline(false);
  } finally {
    await app.close();
    await context.close();
  }
});

test('the built site works under /some/sub/path/: service worker scope, manifest and model', async () => {
  const app = await openApp(browser, { base: '/some/sub/path/' });
  try {
    const { page, url } = app;
    assert.ok((await page.locator('.doc-view').innerText()).includes('Muscat'));
    // Suggestions appear: the model was fetched relative to the sub-path.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) > 0, null, { timeout: 15000 });
    const scope = await controlled(page);
    assert.equal(scope, url);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      return { href, json: await (await fetch(href)).json() };
    });
    assert.equal(manifest.href, `${url}manifest.webmanifest`);
    assert.equal(manifest.json.start_url, '.');
    assert.equal(manifest.json.display, 'standalone');
    const icon = await page.evaluate(async (u) => (await fetch(new URL(u, location.href))).status, manifest.json.icons[0].src);
    assert.equal(icon, 200);
    assert.deepEqual(app.foreign, []);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('a new deployment installs a new service worker and the page says a new version is available', async () => {
  // A private copy of the site, so the test can "deploy" a new version of it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spandrel-sw-'));
  fs.cpSync(process.env.DIST_DIR || 'dist', dir, { recursive: true });
  const srv = await startServer({ dir });
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await page.waitForSelector('[data-app-ready]');
    await controlled(page);
    const oldCaches = await page.evaluate(() => caches.keys());
    const sw = path.join(dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/\/\*VERSION\*\/"([0-9a-f]+)"/, '/*VERSION*/"$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const note = page.locator('.msg', { hasText: 'A new version of Spandrel is available' });
    await note.waitFor({ timeout: 10000 });
    // The new worker deletes the old cache while activating.
    let newCaches = [];
    for (let i = 0; i < 50; i++) {
      newCaches = await page.evaluate(() => caches.keys());
      if (newCaches.length === 1) break;
      await page.waitForTimeout(100);
    }
    assert.notDeepEqual(newCaches, oldCaches);
    assert.match(newCaches[0], /-next$/);
  } finally { await ctx.close(); await srv.close(); fs.rmSync(dir, { recursive: true, force: true }); }
});
