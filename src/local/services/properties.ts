// PropertiesService: script, user and document stores of string key-value pairs.
// https://developers.google.com/apps-script/guides/properties#data_format: everything is
// stored as a string ("Data types that are not already strings are automatically converted").
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { invalidArgument } from './errors';

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
    this.store.set(String(key), String(value));
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    this.write('setProperties');
    if (typeof properties !== 'object' || properties === null) throw invalidArgument('properties');
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
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

  getDocumentProperties(): Properties {
    return new Properties(this.ctx, this.documentStore);
  }

  getUserProperties(): Properties {
    return new Properties(this.ctx, this.userStore());
  }
}
