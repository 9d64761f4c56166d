// google.script.run for the add-on's sidebar in the local preview. Injected as the first
// script of the sidebar, it mirrors Google's client API: withSuccessHandler /
// withFailureHandler / withUserObject chain into a fresh runner, any other property is a
// server function that POSTs its arguments to /api/run/NAME, and handlers are called
// asynchronously (never before the call returns), as Google's are. Arguments Apps Script
// refuses (a Date, a function, a DOM element other than a form) make the call itself throw,
// as Google's client does; a form becomes an object of its fields (see scriptRun.ts).

import { illegalValue, prepareArgs } from '../../runtime/scriptRun';

type Handler = (value: unknown, userObject: unknown) => void;

interface RunnerConfig {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

function notifyParent(type: string, detail: Record<string, unknown> = {}): void {
  if (window.parent === window) return;
  window.parent.postMessage({ source: 'kpi-guard-bridge', type, ...detail }, location.origin);
}

/**
 * A form arrives as an object of its named fields' values (several with one name: an array).
 * https://developers.google.com/apps-script/guides/html/communication#forms
 * File inputs would arrive as blobs; the preview has none to offer and sends their names.
 */
function formFields(value: object, property: string): unknown {
  if (typeof Node === 'undefined' || !(value instanceof Node)) return undefined;
  if (!(value instanceof HTMLFormElement)) throw illegalValue(property);
  const fields: Record<string, string | string[]> = {};
  new FormData(value).forEach((entry, key) => {
    const text = typeof entry === 'string' ? entry : entry.name;
    const previous = fields[key];
    if (previous === undefined) fields[key] = text;
    else fields[key] = Array.isArray(previous) ? [...previous, text] : [previous, text];
  });
  return fields;
}

async function post(name: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`/api/run/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const body = (await response.json().catch(() => null)) as { result?: unknown; error?: string };
  if (!response.ok) throw new Error(body?.error ?? `HTTP ${response.status}`);
  return body?.result ?? null;
}

function invoke(config: RunnerConfig, name: string, args: unknown[]): void {
  // Throws now, before anything is sent, for an argument Apps Script refuses. A form must be
  // the only argument.
  const form = args.findIndex(
    (a) => typeof HTMLFormElement !== 'undefined' && a instanceof HTMLFormElement,
  );
  if (form >= 0 && args.length > 1) throw illegalValue(String(form));
  const body = prepareArgs(args, formFields);
  post(name, body).then(
    (result) =>
      setTimeout(() => {
        config.success?.(result, config.userObject);
        notifyParent('ran', { name });
      }, 0),
    (error: unknown) =>
      setTimeout(() => {
        const failure = error instanceof Error ? error : new Error(String(error));
        if (config.failure) config.failure(failure, config.userObject);
        else console.error(`google.script.run.${name} failed:`, failure.message);
        notifyParent('ran', { name });
      }, 0),
  );
}

function runner(config: RunnerConfig): Record<string, unknown> {
  const chain = {
    withSuccessHandler: (f: Handler) => runner({ ...config, success: f }),
    withFailureHandler: (f: Handler) => runner({ ...config, failure: f }),
    withUserObject: (o: unknown) => runner({ ...config, userObject: o }),
  };
  return new Proxy(chain as Record<string, unknown>, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      if (property in target) return target[property];
      // Not a thenable, not serializable: keep `await runner` and JSON from misfiring.
      if (property === 'then' || property === 'toJSON') return undefined;
      return (...args: unknown[]) => invoke(config, property, args);
    },
  });
}

interface GoogleScript {
  run: Record<string, unknown>;
  host: {
    origin: string;
    close(): void;
    setHeight(height: number): void;
    setWidth(width: number): void;
    editor: { focus(): void };
  };
  url: { getLocation(callback: (location: unknown) => void): void };
}

const script: GoogleScript = {
  run: runner({}),
  host: {
    origin: location.origin,
    close: () => notifyParent('close'),
    // The preview's sidebar pane is a fixed 300 px, as Sheets' is.
    setHeight: () => {},
    setWidth: () => {},
    editor: { focus: () => notifyParent('focus') },
  },
  url: {
    getLocation: (callback) =>
      setTimeout(() => callback({ hash: '', parameter: {}, parameters: {} }), 0),
  },
};

const holder = window as unknown as { google?: { script?: GoogleScript } };
holder.google = { ...(holder.google ?? {}), script };
