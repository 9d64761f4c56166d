// The sidebar's entry: renders the app into the page's one element, in the language the
// server wrote on it until the first round trip answers the spreadsheet's.
import { render } from 'preact';
import { translator } from '../i18n/translate';
import { App } from './App';
import { pageLocale } from './i18n';

const root = document.getElementById('app');
if (root) {
  const words = translator(pageLocale(root));
  document.documentElement.lang = words.locale.tag;
  render(<App initial={words} />, root);
}
