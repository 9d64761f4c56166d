// A stand-in for the two Google endpoints clasp push and pull use, so clasp's own code runs
// end to end without a network: clasp reaches it through HTTPS_PROXY (gaxios honours it) and
// trusts its throwaway certificate through NODE_EXTRA_CA_CERTS. Responses follow the Apps
// Script API reference: projects.getContent returns {scriptId, files}; projects.updateContent
// "clears all the existing files in the project" and stores the ones sent; errors use
// Google's {error: {code, message, errors, status}} shape.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface ScriptFile {
  name: string;
  type: 'SERVER_JS' | 'HTML' | 'JSON';
  source: string;
}

export interface FakeGoogle {
  /** HTTPS_PROXY and NODE_EXTRA_CA_CERTS for a child process that should reach it. */
  env: { HTTPS_PROXY: string; NODE_EXTRA_CA_CERTS: string };
  /** The script projects it holds, by script id. */
  projects: Map<string, ScriptFile[]>;
  /** Script ids whose owner has the Apps Script API turned off. */
  apiDisabled: Set<string>;
  /** Every updateContent call, in order. */
  pushes: { scriptId: string; files: ScriptFile[] }[];
  close(): Promise<void>;
}

const HOSTS = ['script.googleapis.com', 'www.googleapis.com', 'oauth2.googleapis.com'];
export const API_DISABLED_MESSAGE =
  'User has not enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';

/** A throwaway self-signed certificate for Google's hosts (openssl is part of Debian). */
async function certificate(): Promise<{ key: string; cert: string; certFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kpi-guard-fake-google-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const san = HOSTS.map((host) => `DNS:${host}`).join(',');
  try {
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=KPI Guard test',
      '-addext',
      `subjectAltName=${san}`,
    ]);
  } catch (error) {
    throw new Error(`The deploy tests need openssl (apt-get install -y openssl): ${error}`);
  }
  return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8'), certFile };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

function googleError(res: ServerResponse, code: number, status: string, message: string): void {
  const reason = code === 403 ? 'forbidden' : code === 404 ? 'notFound' : 'badRequest';
  send(res, code, {
    error: { code, message, errors: [{ message, domain: 'global', reason }], status },
  });
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function startFakeGoogle(): Promise<FakeGoogle> {
  const { key, cert, certFile } = await certificate();
  const projects = new Map<string, ScriptFile[]>();
  const apiDisabled = new Set<string>();
  const pushes: FakeGoogle['pushes'] = [];

  const api = createHttpsServer({ key, cert }, async (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    if (url.hostname === 'www.googleapis.com' && url.pathname === '/oauth2/v2/userinfo') {
      return send(res, 200, { id: '1', email: 'team-lead@example.com' });
    }
    const content = /^\/v1\/projects\/([^/]+)\/content$/.exec(url.pathname);
    if (url.hostname !== 'script.googleapis.com' || !content) {
      return googleError(res, 404, 'NOT_FOUND', `No fake for ${req.method} ${url.href}`);
    }
    const scriptId = decodeURIComponent(content[1]);
    if (apiDisabled.has(scriptId))
      return googleError(res, 403, 'PERMISSION_DENIED', API_DISABLED_MESSAGE);
    const files = projects.get(scriptId);
    if (files === undefined)
      return googleError(res, 404, 'NOT_FOUND', 'Requested entity was not found.');
    if (req.method === 'GET') return send(res, 200, { scriptId, files });
    if (req.method === 'PUT') {
      const sent = (JSON.parse(await bodyOf(req)) as { files: ScriptFile[] }).files;
      projects.set(scriptId, sent);
      pushes.push({ scriptId, files: sent });
      return send(res, 200, { scriptId, files: sent });
    }
    return googleError(res, 400, 'INVALID_ARGUMENT', `Unexpected ${req.method}`);
  });

  // An HTTP proxy that answers every CONNECT with the fake API, whatever the host.
  const proxy = createHttpServer((_req, res) => res.writeHead(405).end());
  const tunnels = new Set<Socket>();
  proxy.on('connect', (_req: IncomingMessage, socket: Socket, head: Buffer) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    api.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    env: { HTTPS_PROXY: `http://127.0.0.1:${port}`, NODE_EXTRA_CA_CERTS: certFile },
    projects,
    apiDisabled,
    pushes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
