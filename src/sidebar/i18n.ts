// The sidebar's words: one Translator, handed to every component through a Preact context:
// first for the locale menu.ts wrote on the page (the user's), then for the one the first
// round trip answers (the spreadsheet's).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ENGLISH, type UiLocale, uiLocaleFromTag } from '../i18n/locale';
import { type Translator, translator } from '../i18n/translate';

export const I18n = createContext<Translator>(translator(ENGLISH));

export function useI18n(): Translator {
  return useContext(I18n);
}

/** The locale on the page's root element (data-locale), English if there is none. */
export function pageLocale(root: HTMLElement): UiLocale {
  return uiLocaleFromTag(root.dataset.locale);
}
