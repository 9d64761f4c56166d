// PropertiesService: script, user and document stores of string key-value pairs.
// https://developers.google.com/apps-script/guides/properties#data_format: everything is
// stored as a string ("Data types that are not already strings are automatically converted").
// https://developers.google.com/apps-script/guides/services/quotas: "Properties value size
// 9 KB / val", "Properties total storage 500 KB / property store". Google's docs give no
// message for either; these are the ones scripts report meeting.
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { invalidArgument, serviceError } from './errors';

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

function storeBytes(entries: Iterable<[string, string]>): number {
  let total = 0;
  for (const [k, v] of entries) total += bytes(k) + bytes(v);
  return total;
}

export class Properties {
  readonly [SERVICE] = { className: 'Properties', counted: false };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: Map<string, string>,
  ) {}

  private write(method: string): void {
    // Custom functions only read; see https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
    this.ctx.assertWritable(method);
  }

  /** Writes all of `changes` or none: each value within 9 KB, the store within 500 KB. */
  private commit(changes: [string, string][], clearFirst: boolean): void {
    for (const [, value] of changes) {
      if (bytes(value) > MAX_VALUE_BYTES) throw serviceError('Argument too large: value');
    }
    const next = new Map(clearFirst ? [] : this.store);
    for (const [k, v] of changes) next.set(k, v);
    if (storeBytes(next) > MAX_STORE_BYTES) {
      throw serviceError(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    if (clearFirst) this.store.clear();
    for (const [k, v] of changes) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperty(key: string, value: unknown): Properties {
    this.write('setProperty');
    if (key === undefined || key === null || key === '') throw invalidArgument('key');
    this.commit([[String(key), String(value)]], false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    this.write('setProperties');
    if (typeof properties !== 'object' || properties === null) throw invalidArgument('properties');
    const changes = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    this.commit(changes, deleteAllOthers);
    return this;
  }

  deleteProperty(key: string): Properties {
    this.write('deleteProperty');
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.write('deleteAllProperties');
    this.store.clear();
    return this;
  }
}

export class PropertiesService {
  readonly [SERVICE] = { className: 'PropertiesService', counted: false };
  readonly scriptStore = new Map<string, string>();
  readonly documentStore = new Map<string, string>();
  private readonly userStores = new Map<string, Map<string, string>>();

  constructor(private readonly ctx: ServiceContext) {}

  userStore(user = this.ctx.user): Map<string, string> {
    let store = this.userStores.get(user);
    if (!store) {
      store = new Map();
      this.userStores.set(user, store);
    }
    return store;
  }

  getScriptProperties(): Properties {
    return new Properties(this.ctx, this.scriptStore);
  }

  /**
   * https://developers.google.com/apps-script/reference/properties/properties-service:
   * null "if the script is not an add-on or bound to a container".
   */
  getDocumentProperties(): Properties | null {
    return this.ctx.document ? new Properties(this.ctx, this.documentStore) : null;
  }

  getUserProperties(): Properties {
    return new Properties(this.ctx, this.userStore());
  }
}
