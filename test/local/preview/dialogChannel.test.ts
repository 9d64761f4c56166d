// The preview's dialog channel: a script that calls Ui.alert or Ui.prompt blocks until the page
// answers over the dialog worker's HTTP server; only the preview's own pages may see or answer
// a dialog; one nobody answers, or that no page is polling for, answers CLOSE; closing the
// channel releases the script. The "page" here is a second thread: this one is blocked while
// the script waits, as the preview's main thread is.
import { request } from 'node:http';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { type DialogChannel, openDialogChannel } from '../../../src/local/preview/dialogChannel';
import type { OpenDialog } from '../../../src/local/preview/protocol';
import { fixtureRuntime } from '../runtime/fixtureDist';

const PAGE = 'http://127.0.0.1:5555';

const CODE = `
function removeAll() {
  var ui = SpreadsheetApp.getUi();
  return ui.alert('Remove KPI Guard', 'Remove everything?', ui.ButtonSet.YES_NO);
}
function rename() {
  var ui = SpreadsheetApp.getUi();
  var response = ui.prompt('Rename', 'New name?', ui.ButtonSet.OK_CANCEL);
  return [response.getSelectedButton(), response.getResponseText()];
}
`;

/**
 * A page in another thread: it polls the dialog endpoint as the preview page does and answers
 * each dialog it is shown with the next reply, sending `origin` as a browser would.
 */
const PAGE_SCRIPT = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
function send(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, workerData.url), {
      method, headers: { origin: workerData.origin, 'content-type': 'text/plain' },
    }, (res) => {
      let text = '';
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
(async () => {
  let showing = 0;
  let dialog = null;
  for (const reply of workerData.replies) {
    while (!dialog) {
      dialog = (await send('GET', 'dialog?showing=' + showing)).body.dialog;
      showing = dialog ? dialog.id : 0;
      if (dialog) parentPort.postMessage({ dialog });
    }
    const answer = await send('POST', 'answer', JSON.stringify({ id: dialog.id, ...reply }));
    parentPort.postMessage({ answer });
    // A refused answer leaves the dialog open: the next reply answers it.
    if (answer.status === 200) dialog = null;
  }
})();
`;

interface Reply {
  button: string;
  text?: string;
}

function pageAnswering(channel: DialogChannel, replies: Reply[]) {
  const seen: unknown[] = [];
  const worker = new Worker(PAGE_SCRIPT, {
    eval: true,
    workerData: { url: channel.url, origin: PAGE, replies },
  });
  worker.on('message', (message) => seen.push(message));
  return { seen, stop: () => worker.terminate() };
}

/** A request from this thread, with the Host and Origin a browser would send. */
function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; json: unknown; allowOrigin: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          json: JSON.parse(text) as unknown,
          allowOrigin: res.headers['access-control-allow-origin'] as string | undefined,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
};

let channel: DialogChannel | undefined;
afterEach(async () => {
  await channel?.close();
  channel = undefined;
});

const open = (extra: { timeoutMs?: number; pageGoneMs?: number } = {}) =>
  openDialogChannel({ host: '127.0.0.1', pageOrigins: [PAGE], ...extra });

describe('the preview dialog channel', () => {
  it("blocks the script until the page answers, with the page's button and text", async () => {
    channel = await open({ timeoutMs: 60_000 });
    const runtime = fixtureRuntime(CODE);
    runtime.setAskUser(channel.ask);
    const page = pageAnswering(channel, [{ button: 'NO' }, { button: 'OK', text: 'Leads' }]);
    expect(runtime.call('removeAll')).toBe('NO');
    expect(runtime.call('rename')).toEqual(['OK', 'Leads']);
    await until(() => page.seen.length === 4);
    await page.stop();
    const dialogs = page.seen.flatMap((m) => ('dialog' in (m as object) ? [m] : []));
    expect(dialogs).toEqual([
      {
        dialog: {
          id: 1,
          kind: 'alert',
          title: 'Remove KPI Guard',
          prompt: 'Remove everything?',
          buttons: ['YES', 'NO'],
        } satisfies OpenDialog,
      },
      {
        dialog: {
          id: 2,
          kind: 'prompt',
          title: 'Rename',
          prompt: 'New name?',
          buttons: ['OK', 'CANCEL'],
        } satisfies OpenDialog,
      },
    ]);
  });

  it('refuses a request naming another Host, or coming from another page', async () => {
    channel = await open();
    const dialogUrl = `${channel.url}dialog`;
    const own = new URL(channel.url).host;
    const rebound = await send(dialogUrl, 'GET', {
      host: `evil.example:${new URL(channel.url).port}`,
    });
    expect(rebound.status).toBe(403);
    expect(rebound.json).toEqual({ error: expect.stringContaining('Host header') });
    const foreign = await send(dialogUrl, 'GET', { host: own, origin: 'http://evil.example' });
    expect([foreign.status, foreign.allowOrigin]).toEqual([403, undefined]);
    const answer = JSON.stringify({ id: 1, button: 'YES' });
    const forged = await send(
      `${channel.url}answer`,
      'POST',
      { host: own, origin: 'http://evil.example' },
      answer,
    );
    expect(forged.status).toBe(403);
    // The preview's page is let in, and may read the answer across origins.
    // showing=-1: a page showing no such dialog is answered at once, not held.
    const fromPage = await send(`${dialogUrl}?showing=-1`, 'GET', { host: own, origin: PAGE });
    expect([fromPage.status, fromPage.json, fromPage.allowOrigin]).toEqual([
      200,
      { dialog: null },
      PAGE,
    ]);
  });

  it('answers CLOSE when nobody answers within the bound, and refuses a late answer', async () => {
    channel = await open({ timeoutMs: 300, pageGoneMs: 60_000 });
    const runtime = fixtureRuntime(CODE);
    runtime.setAskUser(channel.ask);
    expect(runtime.call('removeAll')).toBe('CLOSE');
    const late = await send(
      `${channel.url}answer`,
      'POST',
      { origin: PAGE },
      JSON.stringify({ id: 1, button: 'YES' }),
    );
    expect([late.status, late.json]).toEqual([409, { error: 'that dialog is no longer open' }]);
  });

  it('answers CLOSE when no page polls for the dialog (the page went away)', async () => {
    channel = await open({ timeoutMs: 60_000, pageGoneMs: 200 });
    const runtime = fixtureRuntime(CODE);
    runtime.setAskUser(channel.ask);
    const started = Date.now();
    expect(runtime.call('rename')).toEqual(['CLOSE', '']);
    // A loose guard: closed by the page-gone bound, long before the 60 s one.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('refuses a button the dialog does not show, and keeps it open', async () => {
    channel = await open({ timeoutMs: 60_000 });
    const runtime = fixtureRuntime(CODE);
    runtime.setAskUser(channel.ask);
    const page = pageAnswering(channel, [{ button: 'CANCEL' }, { button: 'CLOSE' }]);
    expect(runtime.call('removeAll')).toBe('CLOSE');
    await until(() => page.seen.length === 3);
    await page.stop();
    expect(page.seen.slice(1)).toEqual([
      { answer: { status: 400, body: { error: 'the dialog offers YES, NO, CLOSE, not CANCEL' } } },
      { answer: { status: 200, body: { answered: 'CLOSE' } } },
    ]);
  });

  it('once closed, stops its server and answers CLOSE at once', async () => {
    channel = await open({ timeoutMs: 60_000 });
    const { url } = channel;
    await channel.close();
    const runtime = fixtureRuntime(CODE);
    runtime.setAskUser(channel.ask);
    expect(runtime.call('removeAll')).toBe('CLOSE');
    await expect(send(`${url}dialog`, 'GET', { origin: PAGE })).rejects.toThrow();
  });
});
