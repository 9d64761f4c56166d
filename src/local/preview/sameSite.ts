// Which requests a preview server answers: those naming it in Host (so a DNS name rebound to
// 127.0.0.1 gets nothing) and, when the browser sends an Origin, coming from a page allowed
// to talk to it. Shared by the page's server and the dialog worker's.

import type { IncomingMessage } from 'node:http';
import { HttpError } from './http';

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** "127.0.0.1", "localhost" or "[::1]" for a loopback address; as written otherwise. */
export function shownHost(address: string, family: string): string {
  return family === 'IPv6' ? `[${address}]` : address;
}

/** The names a server answers to: its address, and every loopback name for it. */
export function ownHosts(host: string, port: number): Set<string> {
  const names = LOOPBACK.includes(host) ? LOOPBACK : [host];
  return new Set(names.map((name) => `${name}:${port}`));
}

/** The Host a request names, if it is one of `hosts`; else a 403. */
export function checkHost(req: IncomingMessage, hosts: ReadonlySet<string>): string {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    throw new HttpError(403, `refused: the Host header (${host || 'none'}) is not this preview`);
  }
  return host;
}

/** A request whose Origin is not allowed gets a 403; one without (curl, a test) passes. */
export function checkOrigin(req: IncomingMessage, allowed: (origin: string) => boolean): void {
  const origin = req.headers.origin;
  if (origin !== undefined && !allowed(origin)) {
    throw new HttpError(403, `refused: a request from ${origin} may not change this preview`);
  }
}
