// Wording of catalogue messages in the reader's language: `{name}` placeholders filled from
// typed parameters, numbers and days written the locale's way. Pure data and string work,
// so the add-on (menus, toasts, sheets) and the sidebar (every label) share it. There is no
// language-less `t`: whoever shows words holds a Translator for the reader's locale.
import { type Catalogue, en, type MessageKey } from './en';
import { formatDay, formatNumber } from './format';
import { ENGLISH, type Language, type UiLocale } from './locale';
import { nl } from './nl';
import { STATUS_KEYS } from './status';

/** The placeholder names of a message text: 'Role of {column}' → 'column'. */
export type PlaceholdersOf<Text extends string> =
  Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** A calendar day (YYYY-MM-DD) in a message, written the reader's way ("3 mrt 2026"). */
export interface DayParam {
  day: string;
}

/** Text goes in as it is; a number or a day is written the reader's way. */
export type MessageParam = string | number | DayParam;

export type MessageParams<K extends MessageKey> = Record<
  PlaceholdersOf<(typeof en)[K]>,
  MessageParam
>;

/** Parameters are required exactly when the English text has placeholders. */
export type ParamsArg<K extends MessageKey> =
  PlaceholdersOf<(typeof en)[K]> extends never ? [] : [params: MessageParams<K>];

/**
 * A message as data, so the server can answer one and the sidebar word it in the reader's
 * language: `{ key: 'save.stale', params: { column: 'Leads' } }`. Plain JSON.
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, MessageParam>;
}

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, nl };

/** A day parameter: `message('app.asOf', { date: day('2026-03-03') })`. */
export function day(iso: string): DayParam {
  return { day: iso };
}

function isDay(value: unknown): value is DayParam {
  return typeof value === 'object' && value !== null && typeof (value as DayParam).day === 'string';
}

function written(value: MessageParam, locale: UiLocale): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  if (isDay(value)) return formatDay(value.day, locale);
  return String(value);
}

function fill(text: string, params: Record<string, MessageParam> | undefined, locale: UiLocale) {
  if (!params) return text;
  // One pass, so a parameter value containing "{x}" is never expanded again. Own keys only
  // (Object.hasOwn is newer than what Apps Script's V8 is documented to run).
  const names = Object.keys(params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    names.includes(name) ? written(params[name], locale) : whole,
  );
}

/** A typed Message: the key checked against the catalogue and its parameters required. */
export function message<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message {
  const given = params[0] as Record<string, MessageParam> | undefined;
  return given ? { key, params: given } : { key };
}

export interface Translator {
  readonly locale: UiLocale;
  /** The message in this locale's words. */
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  /** A message built with `message()` or received from the server; an unknown key shows as is. */
  format(message: Message): string;
  number(value: number): string;
  day(iso: string): string;
  /**
   * A status word a formula returns ("HEALTHY"), as the reader reads it: the identifier
   * alone in English, the word first with the identifier beside it in Dutch ("gezond
   * (HEALTHY)"), so a reader can still match what the cell and its conditional format say.
   */
  status(identifier: string): string;
}

export function translator(locale: UiLocale): Translator {
  const catalogue = CATALOGUES[locale.language] ?? CATALOGUES[ENGLISH.language];
  const format = (m: Message): string => {
    const text: string | undefined = catalogue[m.key];
    return fill(text ?? m.key, m.params, locale);
  };
  const t = <K extends MessageKey>(key: K, ...params: ParamsArg<K>): string =>
    format({ key, params: params[0] as Record<string, MessageParam> | undefined });
  return {
    locale,
    t,
    format,
    number: (value) => formatNumber(value, locale),
    day: (iso) => formatDay(iso, locale),
    status(identifier) {
      const key = STATUS_KEYS[identifier];
      if (!key) return identifier;
      const word = catalogue[key];
      return word === identifier ? word : format(message('status.shown', { word, identifier }));
    },
  };
}

export type { Catalogue, Language, MessageKey, UiLocale };
export { en, nl };
