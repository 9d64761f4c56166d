// What google.script.run does to arguments and results on their way between the sidebar and
// the server: https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
// "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well
// as JavaScript objects and arrays that are composed of primitives, objects and arrays. A form
// element within the page is also legal as a parameter, but it must be the function's only
// parameter ... Requests fail if you attempt to pass a Date, Function, DOM element besides a
// form, or other prohibited type, including prohibited types inside objects or arrays."
// The failure is a TypeError thrown by the call itself, before anything is sent (so no failure
// handler runs), worded as Google's client script words it: "Failed due to illegal value in
// property: <name>" (the argument's index, or the key holding the bad value), and "Failed due
// to circular reference." Shared by the preview's bridge (browser) and runtime.call (Node).

export const CIRCULAR_REFERENCE = 'Failed due to circular reference.';

export function illegalValue(property: string): TypeError {
  return new TypeError(`Failed due to illegal value in property: ${property}`);
}

/**
 * Converts what the page passes before `toWire` judges it (a form); undefined: no change.
 * It may throw illegalValue(property) itself (a DOM node that is not a form).
 */
export type Convert = (value: object, property: string) => unknown;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * A copy of `value` as it arrives on the other side, or a TypeError for a value Apps Script
 * refuses. undefined arrives as null; NaN and Infinity as null, as JSON has them.
 */
export function toWire(
  value: unknown,
  property: string,
  convert?: Convert,
  seen: Set<object> = new Set(),
): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object':
      break;
    default:
      throw illegalValue(property);
  }
  const converted = convert?.(value, property);
  if (converted !== undefined) return converted;
  if (seen.has(value)) throw new TypeError(CIRCULAR_REFERENCE);
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item, i) => toWire(item, String(i), convert, seen));
    }
    if (!isPlainObject(value)) throw illegalValue(property);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toWire(item, key, convert, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** Arguments of one call, property names being their positions. */
export function prepareArgs(args: unknown[], convert?: Convert): unknown[] {
  return args.map((arg, i) => toWire(arg, String(i), convert));
}

/**
 * A server result as the client receives it. The same legal types apply to return values; a
 * result holding a Date or a function arrives as null (what Apps Script delivers in practice).
 */
export function prepareResult(result: unknown): unknown {
  try {
    return result === undefined ? undefined : toWire(result, 'result');
  } catch {
    return null;
  }
}
