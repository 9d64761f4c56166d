// Which language KPI Guard speaks, and how it writes numbers and dates: Dutch for a Dutch
// spreadsheet (nl, nl_NL, nl_BE), English otherwise. Pure: the add-on reads the locale codes
// (Spreadsheet.getSpreadsheetLocale, Session.getActiveUserLocale) and hands them in.

export type Language = 'en' | 'nl';

export interface UiLocale {
  /** The catalogue the words come from. */
  readonly language: Language;
  /** BCP 47 tag for Intl ("nl-NL", "nl-BE", "en-GB", "en"): numbers and dates. */
  readonly tag: string;
}

export const ENGLISH: UiLocale = { language: 'en', tag: 'en' };
export const DUTCH: UiLocale = { language: 'nl', tag: 'nl' };

const LANGUAGES: readonly Language[] = ['en', 'nl'];

/** Sheets writes "nl_NL", Session "nl" and browsers "nl-NL": one form, or null if blank. */
function canonicalTag(code: unknown): string | null {
  if (typeof code !== 'string') return null;
  const text = code.trim().replace(/_/g, '-');
  if (text === '' || text.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(text)[0] ?? null;
  } catch {
    // Not a locale Intl can name ("xx-?"): only its language part can still count.
    const language = /^[A-Za-z]{2,3}(?=-|$)/.exec(text)?.[0];
    return language ? language.toLowerCase() : null;
  }
}

/** 'nl', 'nl_NL', 'nl-BE' → 'nl'; 'en_US' → 'en'; another language or blank → null. */
export function languageOf(code: unknown): Language | null {
  const tag = canonicalTag(code);
  const language = tag?.split('-')[0];
  return LANGUAGES.find((l) => l === language) ?? null;
}

/**
 * The locale KPI Guard speaks: the spreadsheet's when Sheets gives one, else the user's.
 * Dutch for a Dutch locale, English for any other (de_DE included); numbers and dates follow
 * the locale itself when it speaks that language (en_GB writes "3 Mar 2026"), else the
 * language's own default. `userLocale` is asked only when the spreadsheet gives none.
 */
export function uiLocale(spreadsheetLocale: unknown, userLocale: () => unknown): UiLocale {
  const source = canonicalTag(spreadsheetLocale) ?? canonicalTag(userLocale());
  const language = languageOf(source);
  if (!source || !language) return ENGLISH;
  return { language, tag: source };
}

/** A locale tag a client sent back (the sidebar's), read as uiLocale reads any code. */
export function uiLocaleFromTag(tag: unknown): UiLocale {
  return uiLocale(tag, () => null);
}
