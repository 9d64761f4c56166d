// What google.script.run does to arguments and results on their way between the sidebar and
// the server: https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
// "Legal parameters are JavaScript primitives ..., as well as JavaScript objects and arrays
// that are composed of primitives, objects and arrays. ... Requests fail if you attempt to
// pass a Date, Function, DOM element besides a form, or other prohibited type".

/** Why a value may not cross google.script.run, or null if it may. */
export function illegalValue(value: unknown, path = 'value'): string | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return null;
  if (t === 'number') return null;
  if (t === 'function') return `${path} is a function`;
  if (t !== 'object') return `${path} is a ${t}`;
  if (Object.prototype.toString.call(value) === '[object Date]') return `${path} is a Date`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const why = illegalValue(value[i], `${path}[${i}]`);
      if (why) return why;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const why = illegalValue(v, `${path}.${k}`);
    if (why) return why;
  }
  return null;
}

/** A copy as it arrives on the other side (objects are copies; undefined in arrays is null). */
export function roundTrip(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export function prepareArgs(args: unknown[]): unknown[] {
  args.forEach((arg, i) => {
    const why = illegalValue(arg, `argument ${i + 1}`);
    if (why) throw new Error(`Invalid argument: ${why}; google.script.run cannot pass it`);
  });
  return args.map(roundTrip);
}

/**
 * A server result as the client receives it. The same legal types apply to return values; a
 * result holding a Date or a function arrives as null (what Apps Script delivers in practice).
 */
export function prepareResult(result: unknown): unknown {
  if (illegalValue(result)) return null;
  return roundTrip(result);
}
