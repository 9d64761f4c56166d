// One catalogue for every word the menu and the sidebar show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ENGLISH } from '../../src/i18n/locale';
import { message, translator } from '../../src/i18n/translate';

const { t, format: formatMessage } = translator(ENGLISH);

describe('the message catalogue', () => {
  it('fills placeholders, and never expands a placeholder inside a value', () => {
    expect(t('role.label', { column: 'Leads' })).toBe('Role of Leads');
    expect(t('rule.label', { counterpart: '{column}', column: 'Leads' })).toBe(
      'Rule for {column} against Leads',
    );
    expect(formatMessage(message('suggest.pair', { column: '<b>x</b>' }))).toBe(
      'Pair with <b>x</b>',
    );
  });

  it('words a message from the server, and shows an unknown key rather than nothing', () => {
    expect(formatMessage({ key: 'save.saved' })).toBe('Saved.');
    expect(formatMessage({ key: 'no.such.key' as 'save.saved' })).toBe('no.such.key');
  });

  it('has well-formed placeholders only', () => {
    for (const [key, text] of Object.entries(en)) {
      const braces = text.replace(/\{\w+\}/g, '');
      expect(braces, key).not.toMatch(/[{}]/);
    }
  });
});

const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'value']);

/** Words written into JSX directly: text between tags, or a spoken attribute's literal. */
function literalWords(name: string, text: string): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /[A-Za-z]/.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText(file)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /[A-Za-z]{2}/.test(node.initializer.text) &&
      !/^(?:up|down|none|kpi|target|time|guard|pace)$/.test(node.initializer.text)
    ) {
      found.push(node.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the sidebar components', () => {
  const dir = join(import.meta.dirname, '..', '..', 'src', 'sidebar');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

  it('show no words of their own: every text goes through the catalogue', () => {
    expect(sources.length).toBeGreaterThan(3);
    for (const { name, text } of sources) expect(literalWords(name, text), name).toEqual([]);
  });

  it('build no HTML from data', () => {
    for (const { name, text } of sources) {
      expect(text, name).not.toMatch(/dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML|eval\(/);
    }
  });
});
