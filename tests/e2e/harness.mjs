// Shared Playwright set-up: Debian's chromium, headless, no background networking; a loopback server of dist/.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Serves dist/ under `base` and opens a page on it; records every request that leaves the origin. */
export async function openApp(browser, { base = '/', context = null, hash = '' } = {}) {
  const srv = await startServer({ dir: process.env.DIST_DIR || 'dist', base });
  const ctx = context || (await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await ctx.newPage();
  const origin = new URL(srv.url).origin;
  const foreign = [];
  const errors = [];
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(srv.url + hash);
  await page.waitForSelector('[data-app-ready]', { timeout: 20000 });
  return { page, ctx, srv, url: srv.url, foreign, errors, close: async () => { if (!context) await ctx.close(); await srv.close(); } };
}

/** Code point index of `needle` in `s` (as Python counts), or -1. */
export const cpIndex = (s, needle, from = 0) => { const i = s.indexOf(needle, from); return i < 0 ? -1 : [...s.slice(0, i)].length; };

/** Waits until the extraction engine's suggestions are on screen. */
export async function waitSuggestions(page, timeout = 15000) {
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-count]')?.textContent) > 0, null, { timeout });
}

/** Waits until the save indicator reads "Saved". */
export async function saved(page, timeout = 15000) {
  await page.waitForFunction(() => document.querySelector('.save-state')?.textContent === 'Saved', null, { timeout });
}

/** The sample has been opened, suggested and saved. */
export async function ready(page) {
  await page.waitForSelector('.doc-view .para');
  await waitSuggestions(page);
  await saved(page);
}

/** Opens the app in a context that lets the test inject axe-core despite the page's CSP. */
export async function openAppForAxe(browser) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const app = await openApp(browser, { context });
  return { ...app, close: async () => { await app.close(); await context.close(); } };
}

let axeSource = null;
/** Runs axe-core on the element matching `selector` (or the whole document); returns serious and critical violations. */
export async function seriousViolations(page, selector = null) {
  if (!axeSource) {
    const { createRequire } = await import('node:module');
    const fs = await import('node:fs');
    axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  }
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (sel) => {
    const r = await window.axe.run((sel && document.querySelector(sel)) || document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, sample: v.nodes[0]?.html }));
  }, selector);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The documents in the page's localStorage (v2 records). */
export const storedDocs = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spandrel/v2/doc/'))
  .map((k) => JSON.parse(localStorage.getItem(k)).doc));

/** Drops one file on the document view, as a user dragging it from their desktop: `content` is text, or a
 * Buffer (sent as its bytes). */
export async function dropFile(page, name, content, type = '') {
  const binary = Buffer.isBuffer(content);
  await page.evaluate(([n, c, bin, t]) => {
    const data = bin ? Uint8Array.from(atob(c), (ch) => ch.charCodeAt(0)) : c;
    const dt = new DataTransfer();
    dt.items.add(new File([data], n, { type: t }));
    const target = document.querySelector('.doc-view');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, binary ? content.toString('base64') : content, binary, type]);
}

/** Shares the open document (header's Share) and opens the link in a new page of `ctx`: read-only there. */
export async function openShared(page, ctx) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const input = page.locator('[data-testid=share-link]');
  await input.waitFor();
  const page2 = await ctx.newPage();
  await page2.goto(await input.inputValue());
  await page2.locator('[data-testid=read-only-banner]').waitFor();
  return page2;
}
