// Numbers and dates as the reader's locale writes them, through Intl (ECMA-402): "38,5" and
// "3 mrt 2026" in Dutch, "38.5" and "Mar 3, 2026" in American English. Only the first
// edition's surface is used (NumberFormat with fraction digits, DateTimeFormat with
// day/month/year and timeZone "UTC"), which V8 has shipped with ICU data since 2013: in
// Chrome for the sidebar and in Apps Script's V8 runtime for menus, toasts and sheets.
import type { UiLocale } from './locale';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, tag: string, make: (tag: string) => F): F {
  let format = cache.get(tag);
  if (!format) {
    try {
      format = make(tag);
    } catch {
      // A tag this Intl cannot format in: its language still can.
      format = make(tag.split('-')[0]);
    }
    cache.set(tag, format);
  }
  return format;
}

/** A number in a message: grouped, up to 10 decimals (what was typed, not rounded away). */
export function formatNumber(value: number, locale: UiLocale): string {
  const format = cached(
    numberFormats,
    locale.tag,
    (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 10 }),
  );
  return format.format(value);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day "2026-03-03" as the locale writes it; anything else is shown as it is. */
export function formatDay(iso: string, locale: UiLocale): string {
  const match = DAY.exec(iso);
  if (!match) return iso;
  const [year, month, day] = match.slice(1).map(Number);
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  const format = cached(
    dayFormats,
    locale.tag,
    (tag) =>
      new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(date);
}

/**
 * A number as a text field shows it for editing: no grouping, the locale's decimal mark
 * ("0,5" in Dutch), so that what the field shows reads back as the same number.
 */
export function numberFieldText(value: string, locale: UiLocale): string {
  if (locale.language !== 'nl') return value;
  return /^[+-]?\d*\.\d+$/.test(value.trim()) ? value.trim().replace('.', ',') : value;
}

/**
 * What was typed in a number field, in the form the server reads ("0.5"): in Dutch the
 * comma is the decimal mark and a point groups thousands ("1.234,5"). Text that is no number
 * in the locale's own writing is passed on as it is, for the server to read or refuse.
 */
export function numberFieldValue(text: string, locale: UiLocale): string {
  if (locale.language !== 'nl') return text;
  const trimmed = text.trim();
  if (/^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)?,\d+$/.test(trimmed)) {
    return trimmed.replace(/\./g, '').replace(',', '.');
  }
  if (/^[+-]?\d{1,3}(?:\.\d{3})+$/.test(trimmed)) return trimmed.replace(/\./g, '');
  return text;
}
