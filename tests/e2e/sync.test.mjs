// Team sync against a real Kinto (scripts/kinto.sh, PostgreSQL backend, on 127.0.0.1): two annotators of one
// project annotate while the server is unreachable, reconnect, and both end with their own annotations on the
// server; a wrong password gives a clear message. The project is laid out from node as the server's admin,
// like crates/core/src/sync/setup.rs does. The server is started here unless SPANDREL_KINTO_URL names one,
// and stopped in `after` when this file started it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, openApp, saved } from './harness.mjs';

const ADMIN = process.env.SPANDREL_KINTO_ADMIN_PASSWORD || 'admin-secret';
let browser;
let kinto = process.env.SPANDREL_KINTO_URL || '';
let startedKinto = false;

const kintoSh = (cmd) => execFileSync('bash', ['scripts/kinto.sh', cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

before(async () => {
  if (!kinto) {
    kinto = kintoSh('start').split('\n').pop();
    startedKinto = true;
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (startedKinto) kintoSh('stop');
});

const basic = (user, pw) => 'Basic ' + Buffer.from(`${user}:${pw}`).toString('base64');
async function call(method, path, body, auth = basic('admin', ADMIN)) {
  const r = await fetch(kinto + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  assert.ok(r.status < 300, `${method} ${path} → ${r.status} ${text}`);
  return JSON.parse(text);
}

/** A fresh project with two annotators and one published document. */
async function project() {
  const bucket = `e2e${Date.now()}`;
  const users = { alice: `pw-a-${bucket}`, bob: `pw-b-${bucket}`, cora: `pw-c-${bucket}` };
  for (const [u, pw] of Object.entries(users)) await call('PUT', `/accounts/${u}${bucket}`, { data: { password: pw } }, null);
  const g = (name) => `/buckets/${bucket}/groups/${name}`;
  await call('PUT', `/buckets/${bucket}`, { permissions: { write: [g('leads')] } });
  await call('PUT', `/buckets/${bucket}/groups/leads`, { data: { members: [] } });
  await call('PUT', `/buckets/${bucket}/groups/annotators`, { data: { members: ['alice', 'bob'].map((u) => `account:${u}${bucket}`) } });
  await call('PUT', `/buckets/${bucket}/groups/curators`, { data: { members: [`account:cora${bucket}`] } });
  const perms = {
    schema: { read: [g('annotators'), g('curators')] },
    documents: { read: [g('annotators'), g('curators')] },
    annotations: { read: [g('curators')], 'record:create': [g('annotators'), g('curators'), g('leads')] },
    gold: { read: [g('curators')], write: [g('curators')], 'record:create': [g('curators')] },
  };
  for (const [c, p] of Object.entries(perms)) await call('PUT', `/buckets/${bucket}/collections/${c}`, { permissions: p });
  // The document record of crates/core/src/sync/records.rs (id "d" + the document id's encoding).
  await call('PUT', `/buckets/${bucket}/collections/documents/records/dshared1`, {
    data: { doc: 'shared1', title: 'Team text', text: 'Ada Lovelace met Charles Babbage in London.', created: 1, modified: 1 },
  });
  return { bucket, users };
}

async function turnOn(page, { server, bucket, user, password, role = 'annotator' }) {
  await page.locator('.sync-state').click();
  const form = page.locator('form.sync-settings');
  await form.locator('[name=sync-server]').fill(server);
  await form.locator('[name=sync-project]').fill(bucket);
  await form.locator('[name=sync-user]').fill(user);
  await form.locator('[name=sync-password]').fill(password);
  await form.locator('[name=sync-role]').selectOption(role);
  await form.getByRole('button', { name: 'Turn sync on' }).click();
}

const syncState = (page) => page.locator('.sync-state').getAttribute('data-state');
async function waitSync(page, state, timeout = 20000) {
  await page.waitForFunction((s) => document.querySelector('.sync-state')?.dataset.state === s, state, { timeout });
}

/** Opens "Team text" from the Documents screen. */
async function openTeamText(page) {
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
  const row = page.locator('.doc-table tbody tr').filter({ has: page.locator('.doc-name', { hasText: /^Team text$/ }) });
  await row.waitFor({ timeout: 20000 });
  await row.getByRole('button', { name: 'Open' }).click();
  await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === 'Team text');
}

/** Opens "Team text" and labels `word` with the hotkey `key`. */
async function annotate(page, word, key) {
  await openTeamText(page);
  // Select the word in the text and release the mouse there, as a person would.
  await page.evaluate((word) => {
    const para = [...document.querySelectorAll('.doc-view .para')].find((p) => p.textContent.includes(word));
    const base = para.textContent.indexOf(word);
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    const point = (off) => {
      let acc = 0;
      for (let t; (t = walker.nextNode());) {
        if (off <= acc + t.length) return [t, off - acc];
        acc += t.length;
      }
      throw new Error('offset past paragraph');
    };
    const r = document.createRange();
    r.setStart(...point(base));
    walker.currentNode = para;
    r.setEnd(...point(base + word.length));
    getSelection().removeAllRanges();
    getSelection().addRange(r);
    const rect = r.getBoundingClientRect();
    r.endContainer.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.left, clientY: rect.bottom }));
  }, word);
  await page.waitForSelector('.seg.pending');
  await page.keyboard.press(key);
  await page.keyboard.press('Escape');
  await saved(page);
}

test('two annotators annotate offline, reconnect, and both their annotations reach the server', async () => {
  const { bucket, users } = await project();
  const apps = [];
  try {
    for (const [name, word, key] of [['alice', 'London', 'g'], ['bob', 'Ada', 'p']]) {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const app = await openApp(browser, { context });
      apps.push({ ...app, context, name, word, key, user: `${name}${bucket}` });
      await turnOn(app.page, { server: kinto, bucket, user: `${name}${bucket}`, password: users[name] });
      await waitSync(app.page, 'synced');
      assert.equal(await app.page.locator('form.sync-settings').count(), 0, 'the form closes once sync is on');
    }
    // Both go offline, annotate, and see their changes waiting.
    for (const a of apps) {
      await a.context.setOffline(true);
      await annotate(a.page, a.word, a.key);
      await a.page.locator('.sync-state').getByText(/Offline, [1-9]\d* change\(s\) waiting/).waitFor({ timeout: 20000 });
    }
    // Reconnecting (the browser's `online` event) sends what waited.
    for (const a of apps) await a.context.setOffline(false);
    for (const a of apps) await waitSync(a.page, 'synced', 30000);
    const alice = await call('GET', `/buckets/${bucket}/collections/annotations/records/ashared1-${apps[0].user}`);
    const bob = await call('GET', `/buckets/${bucket}/collections/annotations/records/ashared1-${apps[1].user}`);
    const text = 'Ada Lovelace met Charles Babbage in London.';
    const covered = (rec) => rec.data.annotations.filter((a) => a.state === 'accepted').map((a) => `${a.label}:${[...text].slice(a.span.start, a.span.end).join('')}`);
    assert.ok(covered(alice).includes('GPE:London'), `alice's record: ${JSON.stringify(alice.data.annotations)}`);
    assert.ok(covered(bob).includes('PERSON:Ada'), `bob's record: ${JSON.stringify(bob.data.annotations)}`);
    assert.ok(!covered(alice).includes('PERSON:Ada') && !covered(bob).includes('GPE:London'), 'each record holds only its annotator\'s work');
    // Nothing lost locally either: each browser still has its own annotation after a reload.
    for (const a of apps) {
      await a.page.reload();
      await a.page.waitForSelector('[data-app-ready]');
      const local = await a.page.evaluate(() => JSON.parse(localStorage.getItem('spandrel/v2/doc/shared1')).doc.annotations.map((x) => x.label));
      assert.ok(local.includes(a.key === 'g' ? 'GPE' : 'PERSON'), `${a.name} keeps the annotation: ${local}`);
    }
  } finally {
    for (const a of apps) { await a.close(); await a.context.close(); }
  }
});

test('a wrong password gives a clear message that the work is kept', async () => {
  const { bucket } = await project();
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const app = await openApp(browser, { context });
  try {
    await turnOn(app.page, { server: kinto, bucket, user: `alice${bucket}`, password: 'not-the-password' });
    await waitSync(app.page, 'error');
    const msg = await app.page.locator('.sync-error').innerText();
    assert.match(msg, /did not accept the password for "alicee2e\d+" \(wrong user name or password\)/);
    assert.match(msg, /your work is kept here/);
    assert.equal(await syncState(app.page), 'error');
  } finally {
    await app.close();
    await context.close();
  }
});

test('a curator sees both versions, takes one into gold, and the gold record reaches the server and another browser', async () => {
  const { bucket, users } = await project();
  const apps = [];
  const open = async (name, role) => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const app = await openApp(browser, { context });
    apps.push({ ...app, context });
    await turnOn(app.page, { server: kinto, bucket, user: `${name}${bucket}`, password: users[name], role });
    await waitSync(app.page, 'synced');
    return app.page;
  };
  try {
    const alice = await open('alice', 'annotator');
    await annotate(alice, 'London', 'g');
    await waitSync(alice, 'synced');
    const bob = await open('bob', 'annotator');
    await annotate(bob, 'Ada', 'p');
    await waitSync(bob, 'synced');
    const cora = await open('cora', 'curator');
    await openTeamText(cora);
    await cora.getByRole('button', { name: 'Curate this document' }).click();
    const version = (who) => cora.locator(`.curate .version[data-annotator="${who}${bucket}"]`);
    await version('bob').waitFor();
    assert.match(await version('alice').locator('.spans').innerText(), /GPE “London”/);
    assert.match(await version('bob').locator('.spans').innerText(), /PERSON “Ada”/);
    await version('bob').getByRole('button', { name: 'Take into gold' }).click();
    await cora.locator('.curate .gold', { hasText: 'PERSON “Ada”' }).waitFor();
    await waitSync(cora, 'synced');
    const gold = await call('GET', `/buckets/${bucket}/collections/gold/records/gshared1`);
    assert.deepEqual(gold.data.annotations.filter((a) => a.state === 'accepted').map((a) => a.label), ['PERSON']);
    // Another browser of the curator gets the gold version from the server.
    const cora2 = await open('cora', 'curator');
    await openTeamText(cora2);
    await cora2.getByRole('button', { name: 'Curate this document' }).click();
    await cora2.locator('.curate .gold', { hasText: 'PERSON “Ada”' }).waitFor();
  } finally {
    for (const a of apps) { await a.close(); await a.context.close(); }
  }
});
