// Team set-up as a lead meets it, without a server: the sync settings form takes the same-origin address
// the README recommends (`/sync/v1`), and an unreachable server is named in the form, not by the browser's
// "Please enter a URL".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, ready } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the sync settings accept /sync/v1 (a same-origin address), and the form names what went wrong', async () => {
  const app = await openApp(browser);
  const { page } = app;
  try {
    await ready(page);
    await page.locator('.sync-state').click();
    const server = page.locator('input[name=sync-server]');
    await server.fill('/sync/v1');
    assert.equal(await server.evaluate((el) => el.checkValidity()), true, 'the browser accepts the address');
    assert.equal(await server.evaluate((el) => el.validationMessage), '');
  } finally { await app.close(); }
});
