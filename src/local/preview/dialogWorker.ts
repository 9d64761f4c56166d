// The dialog worker: a tiny HTTP server in a worker thread that tells the page which alert or
// prompt the add-on waits on and takes the user's answer. The main thread cannot: a script
// that calls Ui.alert blocks it (Atomics.wait) until this thread writes the answer into shared
// memory, as Apps Script suspends the script until the user answers. Bundled by esbuild into
// plain JS and started with `eval: true` (dialogChannel.ts).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import * as v from 'valibot';
import type { UserDialog } from '../services/ui';
import { HttpError, readJson, sendJson } from './http';
import type { DialogPoll, OpenDialog } from './protocol';
import { checkHost, checkOrigin, ownHosts, shownHost } from './sameSite';

/** What the main thread hands the worker. */
export interface DialogWorkerData {
  host: string;
  /** Origins of the preview page (the main server's): the only pages that may ask or answer. */
  pageOrigins: string[];
  /** Int32Array [answered (0/1), answer length]. */
  state: SharedArrayBuffer;
  /** The answer, JSON in UTF-8: { id, button, text }. */
  answer: SharedArrayBuffer;
  /** A dialog no page is polling for this long is answered CLOSE: the page went away. */
  pageGoneMs: number;
}

export type ToWorker =
  | { type: 'ask'; id: number; dialog: UserDialog }
  | { type: 'cancel'; id: number }
  | { type: 'close' };

export type FromWorker = { type: 'ready'; url: string } | { type: 'failed'; message: string };

const CLOSE = 'CLOSE';
/** A held poll is answered after this long anyway, so no proxy or browser gives up on it. */
const POLL_HOLD_MS = 20_000;

const AnswerSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  button: v.string(),
  text: v.optional(v.string()),
});

const data = workerData as DialogWorkerData;
const state = new Int32Array(data.state);
const answerBytes = new Uint8Array(data.answer);
const pageOrigins = new Set(data.pageOrigins);
let hosts: ReadonlySet<string> = new Set();
let open: OpenDialog | null = null;
/** Held polls, answered when the open dialog changes. */
const held = new Set<{ res: ServerResponse; showing: number }>();
let polling = 0;
let goneTimer: ReturnType<typeof setTimeout> | null = null;

/** Writes the answer where the waiting main thread reads it, and wakes it. */
function answer(button: string, text: string): void {
  if (!open) return;
  const bytes = new TextEncoder().encode(JSON.stringify({ id: open.id, button, text }));
  if (bytes.length > answerBytes.length) throw new HttpError(413, 'the text typed is too long');
  answerBytes.set(bytes);
  Atomics.store(state, 1, bytes.length);
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
  show(null);
}

function show(dialog: OpenDialog | null): void {
  open = dialog;
  for (const poll of held) respond(poll.res);
  held.clear();
  watchPage();
}

/** An open dialog with no page polling for it is closed after pageGoneMs. */
function watchPage(): void {
  if (open && polling === 0) {
    goneTimer ??= setTimeout(() => {
      goneTimer = null;
      if (open && polling === 0) answer(CLOSE, '');
    }, data.pageGoneMs);
  } else if (goneTimer) {
    clearTimeout(goneTimer);
    goneTimer = null;
  }
}

function respond(res: ServerResponse): void {
  if (!res.writableEnded) sendJson(res, 200, { dialog: open } satisfies DialogPoll);
}

function poll(res: ServerResponse, url: URL): void {
  const showing = Number(url.searchParams.get('showing') ?? '0');
  polling++;
  watchPage();
  res.on('close', () => {
    polling--;
    watchPage();
  });
  if ((open?.id ?? 0) !== showing) {
    respond(res);
    return;
  }
  const entry = { res, showing };
  held.add(entry);
  const timer = setTimeout(() => {
    held.delete(entry);
    respond(res);
  }, POLL_HOLD_MS);
  res.on('close', () => {
    clearTimeout(timer);
    held.delete(entry);
  });
}

async function take(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const parsed = v.safeParse(AnswerSchema, await readJson(req));
  if (!parsed.success) throw new HttpError(400, 'expected {id, button, text?}');
  const { id, button, text = '' } = parsed.output;
  if (!open || open.id !== id) throw new HttpError(409, 'that dialog is no longer open');
  if (button !== CLOSE && !open.buttons.includes(button)) {
    throw new HttpError(
      400,
      `the dialog offers ${[...open.buttons, CLOSE].join(', ')}, not ${button}`,
    );
  }
  answer(button, text);
  sendJson(res, 200, { answered: button });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkHost(req, hosts);
  checkOrigin(req, (origin) => pageOrigins.has(origin));
  // The page is served by the main server, another origin: it may read these answers.
  const origin = req.headers.origin;
  if (origin !== undefined) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/dialog' && req.method === 'GET') {
    poll(res, url);
    return;
  }
  if (url.pathname === '/answer' && req.method === 'POST') return take(req, res);
  throw new HttpError(404, `not found: ${req.method} ${url.pathname}`);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    const status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof Error ? error.message : String(error);
    if (!res.headersSent) sendJson(res, status, { error: message });
  });
});
server.keepAliveTimeout = 1000;

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'ask') show({ id: message.id, ...message.dialog });
  else if (message.type === 'cancel' && open?.id === message.id) show(null);
  else if (message.type === 'close') {
    answer(CLOSE, '');
    server.close();
    server.closeAllConnections();
    parentPort?.close();
  }
});

server.once('error', (error) => {
  parentPort?.postMessage({ type: 'failed', message: error.message } satisfies FromWorker);
});
server.listen(0, data.host, () => {
  const address = server.address() as AddressInfo;
  const name = shownHost(address.address, address.family);
  hosts = ownHosts(name, address.port);
  const url = `http://${name}:${address.port}/`;
  parentPort?.postMessage({ type: 'ready', url } satisfies FromWorker);
});
