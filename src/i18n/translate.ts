// Formatting of catalogue messages: `{name}` placeholders filled from typed parameters.
// Pure data and string work, so the add-on (menus, toasts, server messages) and the sidebar
// (every label) share it.
import { type Catalogue, en, type MessageKey } from './en';

/** The placeholder names of a message text: 'Role of {column}' → 'column'. */
export type PlaceholdersOf<Text extends string> =
  Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

export type MessageParams<K extends MessageKey> = Record<
  PlaceholdersOf<(typeof en)[K]>,
  string | number
>;

/** Parameters are required exactly when the English text has placeholders. */
export type ParamsArg<K extends MessageKey> =
  PlaceholdersOf<(typeof en)[K]> extends never ? [] : [params: MessageParams<K>];

/**
 * A message as data, so the server can answer one and the sidebar word it in the user's
 * language: `{ key: 'save.stale', params: { column: 'Leads' } }`.
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

const CATALOGUES: Record<string, Catalogue> = { en };

export type Locale = 'en';

function fill(text: string, params: Record<string, string | number> | undefined): string {
  if (!params) return text;
  // One pass, so a parameter value containing "{x}" is never expanded again. Own keys only
  // (Object.hasOwn is newer than what Apps Script's V8 is documented to run).
  const names = Object.keys(params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    names.includes(name) ? String(params[name]) : whole,
  );
}

/** The message in the given language (English until a second catalogue exists). */
export function t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string {
  return fill(en[key], params[0] as Record<string, string | number> | undefined);
}

/** A message built with `message()` or received from the server, worded for the reader. */
export function formatMessage(message: Message, locale: Locale = 'en'): string {
  const catalogue = CATALOGUES[locale] ?? en;
  const text: string | undefined = catalogue[message.key];
  return fill(text ?? message.key, message.params);
}

/** A typed Message: the key checked against the catalogue and its parameters required. */
export function message<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message {
  const given = params[0] as Record<string, string | number> | undefined;
  return given ? { key, params: given } : { key };
}

export { type Catalogue, en, type MessageKey };
