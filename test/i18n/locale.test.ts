// Which language KPI Guard speaks: Dutch for a Dutch locale, English for any other, the
// spreadsheet's locale before the user's.
import { describe, expect, it } from 'vitest';
import { languageOf, uiLocale, uiLocaleFromTag } from '../../src/i18n/locale';

const never = () => {
  throw new Error('the user locale was asked although the spreadsheet gave one');
};

describe('the language of a locale code', () => {
  it.each(['nl', 'nl_NL', 'nl_BE', 'nl-NL', 'nl-be', 'NL', ' nl_NL '])('%s is Dutch', (code) => {
    expect(languageOf(code)).toBe('nl');
  });

  it.each(['en', 'en_US', 'en_GB', 'en-US'])('%s is English', (code) => {
    expect(languageOf(code)).toBe('en');
  });

  it.each(['de_DE', 'fr', 'nds', 'fy_NL', ''])('%s is neither', (code) => {
    expect(languageOf(code)).toBeNull();
  });

  it('reads a malformed or missing code as no language, not as an error', () => {
    for (const code of [null, undefined, 42, 'n', 'x'.repeat(40), '--', 'nl_??'] as unknown[]) {
      expect(() => languageOf(code)).not.toThrow();
    }
    expect(languageOf(null)).toBeNull();
    expect(languageOf('nl_??')).toBe('nl');
  });
});

describe('the locale KPI Guard speaks', () => {
  it.each([
    ['nl', { language: 'nl', tag: 'nl' }],
    ['nl_NL', { language: 'nl', tag: 'nl-NL' }],
    ['nl_BE', { language: 'nl', tag: 'nl-BE' }],
    ['en_US', { language: 'en', tag: 'en-US' }],
    ['en_GB', { language: 'en', tag: 'en-GB' }],
    ['de_DE', { language: 'en', tag: 'en' }],
  ])('a %s spreadsheet speaks %o', (code, expected) => {
    expect(uiLocale(code, never)).toEqual(expected);
  });

  it('takes the spreadsheet locale over the user locale', () => {
    expect(uiLocale('nl_NL', () => 'en')).toMatchObject({ language: 'nl' });
    expect(uiLocale('en_US', () => 'nl')).toMatchObject({ language: 'en' });
    // A German spreadsheet is not Dutch, whatever its reader speaks.
    expect(uiLocale('de_DE', () => 'nl')).toMatchObject({ language: 'en' });
  });

  it("takes the user's locale where the spreadsheet gives none", () => {
    expect(uiLocale('', () => 'nl')).toEqual({ language: 'nl', tag: 'nl' });
    expect(uiLocale(null, () => 'nl_BE')).toEqual({ language: 'nl', tag: 'nl-BE' });
    expect(uiLocale(undefined, () => 'en')).toEqual({ language: 'en', tag: 'en' });
  });

  it('speaks English when neither gives a locale', () => {
    expect(uiLocale('', () => '')).toEqual({ language: 'en', tag: 'en' });
    expect(uiLocale(null, () => null)).toEqual({ language: 'en', tag: 'en' });
  });

  it('reads back a tag the sidebar sends, English for anything else', () => {
    expect(uiLocaleFromTag('nl-BE')).toEqual({ language: 'nl', tag: 'nl-BE' });
    expect(uiLocaleFromTag(undefined)).toEqual({ language: 'en', tag: 'en' });
    expect(uiLocaleFromTag('"><script>')).toEqual({ language: 'en', tag: 'en' });
    expect(uiLocaleFromTag({ language: 'nl' })).toEqual({ language: 'en', tag: 'en' });
  });
});
