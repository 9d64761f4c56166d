// Small node:http helpers: JSON bodies in and out, and an error type that carries a status,
// so every handler can just throw and the server answers { error } instead of crashing.

import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Cell edits and run arguments are small; anything bigger is a mistake or an attack. */
const MAX_BODY_BYTES = 1_000_000;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body is too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') throw new HttpError(400, 'request body is empty, expected JSON');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpError(400, `request body is not valid JSON (${reason})`);
  }
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, (_key, value: unknown) =>
    // No NaN/Infinity in JSON: they would arrive as null anyway; say so explicitly.
    typeof value === 'number' && !Number.isFinite(value) ? null : value,
  );
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * The page and the sidebar may only talk to this server: the CSP keeps any stray URL
 * (a font, a CDN script in add-on HTML) from leaving localhost.
 */
const csp = (connect: string): string =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${connect ? ` ${connect}` : ''}`,
    "frame-src 'self'",
    "form-action 'self'",
  ].join('; ');

/** `connect`: one more origin the page may fetch from (the preview's dialog server). */
export function sendHtml(res: ServerResponse, status: number, html: string, connect = ''): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': csp(connect),
    'content-length': Buffer.byteLength(html),
  });
  res.end(html);
}
