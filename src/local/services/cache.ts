// CacheService: string values with an expiry measured on the runtime clock.
// https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer):
// "The maximum length of a key is 250 characters. The maximum amount of data that can be
// stored per key is 100KB." "The cap for cached items is 1,000. If more than 1,000 items are
// written, the cache stores the 900 items farthest from expiration." expirationInSeconds:
// "The minimum is 1 second and the maximum is 21600 seconds (6 hours)."
// Google's docs give no message for an oversized key or value; these are the ones scripts
// report. What an expiry outside 1..21600 does is not documented: the emulator refuses it.
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { invalidArgument, serviceError } from './errors';

const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21600;
const MAX_KEY = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_ITEMS = 1000;
const KEPT_ITEMS = 900;

interface Entry {
  value: string;
  expires: number;
}

export class Cache {
  readonly [SERVICE] = { className: 'Cache', counted: false };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly entries: Map<string, Entry>,
  ) {}

  private live(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= this.ctx.clock.nowMs()) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  get(key: string): string | null {
    return this.live(String(key))?.value ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const entry = this.live(String(key));
      if (entry) out[key] = entry.value;
    }
    return out;
  }

  private checked(key: unknown, value: unknown, seconds: number): [string, string] {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY) throw serviceError('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES)
      throw serviceError('Argument too large: value');
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_SECONDS) {
      throw invalidArgument('expirationInSeconds');
    }
    return [k, v];
  }

  put(key: string, value: unknown, expirationInSeconds = DEFAULT_SECONDS): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_SECONDS): void {
    const seconds = Number(expirationInSeconds);
    const checked = Object.entries(values).map(([k, v]) => this.checked(k, v, seconds));
    const expires = this.ctx.clock.nowMs() + seconds * 1000;
    for (const [k, v] of checked) this.entries.set(k, { value: v, expires });
    this.evict();
  }

  /** Past 1,000 items, only the 900 farthest from expiry stay. */
  private evict(): void {
    if (this.entries.size <= MAX_ITEMS) return;
    const byExpiry = [...this.entries].sort((a, b) => b[1].expires - a[1].expires);
    for (const [key] of byExpiry.slice(KEPT_ITEMS)) this.entries.delete(key);
  }

  remove(key: string): void {
    this.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

export class CacheService {
  readonly [SERVICE] = { className: 'CacheService', counted: false };
  private readonly script = new Map<string, Entry>();
  private readonly document = new Map<string, Entry>();
  private readonly users = new Map<string, Map<string, Entry>>();

  constructor(private readonly ctx: ServiceContext) {}

  getScriptCache(): Cache {
    return new Cache(this.ctx, this.script);
  }

  /** https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache():
   * "If this method is called outside of the context of a containing document (such as from a
   * standalone script or web app), this method returns null." */
  getDocumentCache(): Cache | null {
    return this.ctx.document ? new Cache(this.ctx, this.document) : null;
  }

  getUserCache(): Cache {
    let entries = this.users.get(this.ctx.user);
    if (!entries) {
      entries = new Map();
      this.users.set(this.ctx.user, entries);
    }
    return new Cache(this.ctx, entries);
  }
}
