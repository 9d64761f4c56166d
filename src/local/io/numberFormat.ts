// The number conventions of the two locales the preview reads and writes (decimal mark,
// thousands mark, date order, CSV separator), and the display text of a value under a
// Sheets number-format pattern. Sheets' patterns are the spreadsheet format codes that
// numfmt implements ("#,##0.00", "0%", "\"$\"#,##0", "dd-mm-yyyy", sections "pos;neg").
// See https://developers.google.com/sheets/api/guides/formats ("Date and number formats").

import { format as formatPattern } from 'numfmt';
import { dateToSerial } from '../workbook/dates';

/** How a spreadsheet in that locale writes numbers and dates. */
export type Convention = 'en' | 'nl';

export interface ConventionInfo {
  /** numfmt's locale tag for parsing and formatting. */
  tag: string;
  /** The spreadsheet locale Sheets reports (Spreadsheet.getSpreadsheetLocale). */
  sheetsLocale: string;
  /** Field separator of a CSV written in this convention. */
  delimiter: string;
  decimal: string;
  group: string;
  /** In words, for "read as …" notes. */
  description: string;
}

export const CONVENTIONS: Record<Convention, ConventionInfo> = {
  en: {
    tag: 'en',
    sheetsLocale: 'en_US',
    delimiter: ',',
    decimal: '.',
    group: ',',
    description: 'English (decimal point, month-first dates)',
  },
  nl: {
    tag: 'nl',
    sheetsLocale: 'nl_NL',
    delimiter: ';',
    decimal: ',',
    group: '.',
    description: 'Dutch (decimal comma, day-first dates)',
  },
};

/** "nl", "nl_NL", "nl-BE" → nl; anything else (en_US, en_GB, de, "") → en. */
export function conventionOf(locale: string | undefined): Convention {
  return /^nl(?:[-_]|$)/i.test(locale ?? '') ? 'nl' : 'en';
}

/** True when a --locale value names one of the conventions. */
export function isConvention(text: string): text is Convention {
  return text === 'en' || text === 'nl';
}

/**
 * The text a number or date shows under `pattern`, in the convention's marks; null when the
 * pattern cannot format it (a malformed pattern shows the value unformatted, as the grid
 * would rather show a number than nothing).
 */
export function formatWithPattern(
  value: number | Date,
  pattern: string,
  convention: Convention,
): string | null {
  const serial = value instanceof Date ? dateToSerial(value) : value;
  if (!Number.isFinite(serial)) return null;
  try {
    // Sheets counts 1900 as a common year and allows years up to 99999 (the guide above).
    return formatPattern(pattern, serial, {
      locale: CONVENTIONS[convention].tag,
      throws: true,
      leap1900: false,
      dateSpanLarge: true,
    });
  } catch {
    return null;
  }
}
