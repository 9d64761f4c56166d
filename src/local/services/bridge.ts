// The boundary between the host (this Node realm) and the add-on's vm context. A vm context
// has its own intrinsics, so a host Date fails `value instanceof Date` inside the add-on and
// vice versa; values are therefore copied into the realm that receives them. Service objects
// cross as Proxies that count Spreadsheet service calls and convert arguments and results.
import type { CallCounter } from './counter';

export const SERVICE = Symbol('appsScriptService');

/** Carried by every emulated service object: its Apps Script class name and whether calls count. */
export interface ServiceTag {
  readonly className: string;
  /** Spreadsheet service classes count their calls (README.md, "The local preview"). */
  readonly counted: boolean;
}

export interface Tagged {
  readonly [SERVICE]: ServiceTag;
}

/** The few intrinsics of the vm realm that values are rebuilt with. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

function isTagged(value: object): value is Tagged {
  return SERVICE in value;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

function isDate(value: object): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export class Bridge {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(
    private readonly realm: Realm,
    private readonly counter: CallCounter,
    /** Checked before every service call; throws when the running execution may not call it. */
    private readonly guard: (className: string, method: string) => void = () => {},
  ) {}

  /** A value as the add-on should see it: realm-local arrays, objects and Dates; services proxied. */
  toVm(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (this.targets.has(value)) return value;
    if (isTagged(value)) return this.proxy(value);
    if (Array.isArray(value)) {
      const out = new this.realm.Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.toVm(value[i]);
      return out;
    }
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = new this.realm.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = this.toVm(v);
      return out;
    }
    return value;
  }

  /** A value from the add-on as host code expects it: host arrays, objects and Dates; proxies unwrapped. */
  toHost(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = this.targets.get(value);
    if (target) return target;
    // Array.from, not value.map: map would build the copy with the vm's Array (species).
    if (Array.isArray(value)) return Array.from(value as unknown[], (v) => this.toHost(v));
    if (isDate(value)) return new Date(value.getTime());
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.toHost(v);
      return out;
    }
    return value;
  }

  /** An Error of the vm realm, so `e instanceof Error` holds inside the add-on. */
  toVmError(error: unknown): Error {
    const message = error instanceof Error ? error.message : String(error);
    return new this.realm.Error(message);
  }

  private proxy(target: Tagged): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const tag = target[SERVICE];
    const handler: ProxyHandler<Tagged> = {
      get: (t, prop) => {
        const member: unknown = Reflect.get(t, prop, t);
        if (typeof member !== 'function' || typeof prop !== 'string') return this.toVm(member);
        return (...args: unknown[]) => {
          let result: unknown;
          try {
            this.guard(tag.className, prop);
            if (tag.counted) this.counter.increment(`${tag.className}.${prop}`);
            result = (member as (...a: unknown[]) => unknown).apply(
              t,
              args.map((a) => this.toHost(a)),
            );
          } catch (error) {
            throw this.toVmError(error);
          }
          return this.toVm(result);
        };
      },
      set: (t, prop, value) => Reflect.set(t, prop, this.toHost(value), t),
    };
    const proxy = new Proxy(target, handler);
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }
}
