// CacheService: string values with an expiry measured on the runtime clock.
// https://developers.google.com/apps-script/reference/cache/cache: default expiry 600 s,
// at most 21600 s (6 hours); keys up to 250 characters, values up to 100 KB.
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { serviceError } from './errors';

const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21600;
const MAX_KEY = 250;
const MAX_VALUE = 100 * 1024;

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

  put(key: string, value: unknown, expirationInSeconds = DEFAULT_SECONDS): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY) throw serviceError('Argument too large: key');
    if (v.length > MAX_VALUE) throw serviceError('Argument too large: value');
    const seconds = Math.min(Math.max(1, expirationInSeconds), MAX_SECONDS);
    this.entries.set(k, { value: v, expires: this.ctx.clock.nowMs() + seconds * 1000 });
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_SECONDS): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
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

  getDocumentCache(): Cache {
    return new Cache(this.ctx, this.document);
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
