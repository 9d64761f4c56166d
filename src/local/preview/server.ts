// The local preview: a node:http server (no framework) with one page, the add-on's sidebar
// and a small JSON API over a LocalRuntime. Every request is answered; a handler that
// throws yields { error } with its status, never a crashed server.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  advanceClock,
  editCell,
  listOutbox,
  listSheets,
  readWindow,
  runFunction,
  selectSheet,
} from './api';
import { loadAssets, type PreviewAssets } from './assets';
import { openDialogChannel } from './dialogChannel';
import { SheetDimensions } from './dimensions';
import { pageHtml, sidebarHtml } from './html';
import { HttpError, readJson, sendHtml, sendJson } from './http';
import type { PreviewRuntime } from './runtimePort';
import { checkHost, checkOrigin, ownHosts, shownHost } from './sameSite';
import { type SaveTarget, Saving } from './saving';
import { SidebarTracker, uiState } from './uiState';

export interface PreviewOptions {
  runtime: PreviewRuntime;
  /** 0 picks a free port. */
  port?: number;
  /** Loopback by default: the preview runs add-on code and must not face the network. */
  host?: string;
  /** Where Save writes: the opened file or --save's path; none for the bare sample. */
  save?: SaveTarget | null;
  /** Lines the page shows above the grid (how an ambiguous file was read). */
  notes?: string[];
  /** An add-on function run before the page opens, e.g. "showSidebar": the next step in view. */
  openSidebar?: string;
  /** How long an alert or prompt waits for the page's answer before it answers CLOSE. */
  dialogTimeoutMs?: number;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { runtime, port = 0, host = '127.0.0.1' } = options;
  const assets = await loadAssets();
  const tracker = new SidebarTracker();
  const dimensions = new SheetDimensions(runtime.workbook);
  const notes = [...(options.notes ?? [])];
  if (options.openSidebar) {
    const failure = openAtStart(runtime, options.openSidebar);
    if (failure) notes.push(failure);
  }
  const saving = new Saving(runtime, options.save ?? null, notes);
  // Known once listening: the Host (and Origin) a request must name to be answered.
  let hosts: ReadonlySet<string> = new Set();
  const ctx: Context = { runtime, assets, tracker, dimensions, saving, dialogEndpoint: '' };
  const server = createServer((req, res) => {
    Promise.resolve()
      .then(() => checkSameSite(req, hosts))
      .then(() => handle(req, res, ctx))
      .catch((error: unknown) => fail(res, error));
  });
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const name = shownHost(address.address, address.family);
  hosts = ownHosts(name, address.port);
  // The add-on's alerts and prompts are asked in the page, through a second server: while a
  // script waits for the answer, this thread is blocked.
  const dialogs = await openDialogChannel({
    host,
    pageOrigins: [...hosts].map((h) => `http://${h}`),
    timeoutMs: options.dialogTimeoutMs,
  }).catch(async (error: unknown) => {
    dimensions.dispose();
    await new Promise((resolve) => server.close(resolve));
    throw error;
  });
  ctx.dialogEndpoint = dialogs.url;
  const previousAskUser = runtime.setAskUser(dialogs.ask);
  return {
    url: `http://${name}:${address.port}/`,
    close: async () => {
      dimensions.dispose();
      runtime.setAskUser(previousAskUser);
      await dialogs.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

/**
 * Another page open in the same browser may send requests here (a form post, a script, a DNS
 * name rebound to 127.0.0.1). Only requests naming this server in Host are answered, and a
 * POST that carries an Origin must come from this server's own pages, so nothing else can
 * edit the workbook, save it over the user's file, run the add-on or advance its clock.
 */
function checkSameSite(req: IncomingMessage, hosts: ReadonlySet<string>): void {
  const host = checkHost(req, hosts);
  if (req.method === 'POST') checkOrigin(req, (origin) => origin === `http://${host}`);
}

interface Context {
  runtime: PreviewRuntime;
  assets: PreviewAssets;
  tracker: SidebarTracker;
  dimensions: SheetDimensions;
  saving: Saving;
  /** The dialog worker's URL (the page polls it for alerts and prompts). */
  dialogEndpoint: string;
}

/** A failure becomes a note on the page, not a dead preview: the menu can open it again. */
function openAtStart(runtime: PreviewRuntime, functionName: string): string | null {
  try {
    runtime.call(functionName);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `The sidebar did not open (${functionName}: ${message}); use the add-on menu.`;
  }
}

function fail(res: ServerResponse, error: unknown): void {
  const status = error instanceof HttpError ? error.status : 500;
  const message = error instanceof Error ? error.message : String(error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: message });
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const { runtime } = ctx;

  if (path === '/' || path === '/index.html') {
    allow(method, 'GET');
    return sendHtml(res, 200, pageHtml(ctx.assets), new URL(ctx.dialogEndpoint).origin);
  }
  if (path === '/sidebar') {
    allow(method, 'GET');
    const sidebar = runtime.ui.sidebar;
    if (!sidebar) throw new HttpError(404, 'no sidebar is open');
    return sendHtml(res, 200, sidebarHtml(sidebar.html, ctx.assets));
  }
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (path === '/api/sheets') {
    allow(method, 'GET');
    return sendJson(res, 200, listSheets(runtime));
  }
  if (path === '/api/active') {
    allow(method, 'POST');
    return sendJson(res, 200, selectSheet(runtime, await readJson(req)));
  }
  if (path === '/api/ui') {
    allow(method, 'GET');
    return sendJson(res, 200, uiState(runtime, ctx.tracker, ctx.dialogEndpoint));
  }
  if (path === '/api/outbox') {
    allow(method, 'GET');
    return sendJson(res, 200, listOutbox(runtime));
  }
  if (path === '/api/file') {
    allow(method, 'GET');
    return sendJson(res, 200, ctx.saving.state());
  }
  if (path === '/api/save') {
    allow(method, 'POST');
    return sendJson(res, 200, await ctx.saving.save());
  }
  if (path === '/api/clock/advance') {
    allow(method, 'POST');
    return sendJson(res, 200, advanceClock(runtime, await readJson(req)));
  }
  const sheet = matchName(path, '/api/sheets/');
  if (sheet !== null) {
    allow(method, 'GET');
    return sendJson(res, 200, readWindow(runtime, ctx.dimensions, sheet, url.searchParams));
  }
  const cells = matchName(path, '/api/cells/');
  if (cells !== null) {
    allow(method, 'POST');
    return sendJson(res, 200, editCell(runtime, cells, await readJson(req)));
  }
  const fn = matchName(path, '/api/run/');
  if (fn !== null) {
    allow(method, 'POST');
    return sendJson(res, 200, runFunction(runtime, fn, await readJson(req)));
  }
  throw new HttpError(404, `not found: ${method} ${path}`);
}

function allow(method: string, expected: 'GET' | 'POST'): void {
  if (method !== expected) throw new HttpError(405, `use ${expected} here, not ${method}`);
}

/** The decoded last path segment after prefix, e.g. /api/sheets/Nail%20factory. */
function matchName(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const raw = path.slice(prefix.length);
  if (raw === '' || raw.includes('/')) throw new HttpError(404, `not found: ${path}`);
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, `bad name in URL: ${raw}`);
  }
}
