// Every word the add-on's server code shows goes through the catalogue: menu captions,
// toasts, alerts, sheet cells, endpoint messages. A literal that would reach a user in
// English whatever the reader's language fails here, with its file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncataloguedText } from './serverText';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Diagnostics, not messages: they fill the {detail} of 'problem.malformed',
 * 'problem.sheetSettings' and 'invalid.payload', which describe data that KPI Guard or its
 * sidebar wrote (never what a user typed) and only appear when that data was damaged. They
 * stay English, like an error code; the sentence around them is the reader's language.
 */
const DIAGNOSTICS: Record<string, RegExp> = {
  'src/addon/settings/schema.ts': /./,
  'src/addon/marking/planChecks.ts': /^ sent twice$/,
  'src/addon/legend/select.ts': /^rows out of order$/,
};

describe("the add-on's server code", () => {
  const files = sources(join(ROOT, 'src', 'addon'));

  it('shows no words of its own: every text a user reads comes from the catalogue', () => {
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap((path) => {
      const name = relative(ROOT, path);
      return uncataloguedText(name, readFileSync(path, 'utf8')).filter(
        (f) => !DIAGNOSTICS[name]?.test(f.text),
      );
    });
    expect(findings.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});

describe('the check for uncatalogued words', () => {
  const find = (source: string) => uncataloguedText('example.ts', source).map((f) => f.text);

  it('finds words shown in a toast, an alert, a menu, a cell or a message detail', () => {
    expect(
      find(`
        spreadsheet.toast('Dashboard built', 'KPI Guard');
        ui.alert('Done');
        menu.addItem('Open', 'showSidebar');
        sheet.getRange('A1:B1').setValues([['Latest value', 'Trend']]);
        sheet.getRange('A2').setValue(\`Updated on \${day}\`);
        const heading = 'Isolation warnings';
      `),
    ).toEqual([
      'Dashboard built',
      'KPI Guard',
      'Done',
      'Open',
      'Latest value',
      'Trend',
      'Updated on ',
      'Isolation warnings',
    ]);
  });

  it('lets through what no user reads: keys, function names, ranges, formulas, names', () => {
    expect(
      find(`
        spreadsheet.toast(t('toast.asOfRefreshed', { date }), t('toast.asOfTitle'));
        menu.addItem(t(item.caption), 'showSidebar');
        sheet.getRange('A1:B1').setValues([[label, '=DATE(2026,1,1)']]);
        export const HELPER_SHEET_NAME = 'KPI Guard helper';
        const registry = { description: 'Menu item: opens the sidebar.' };
        throw new Error('KPI Guard: no document lock; open the sidebar from a spreadsheet');
        html.replace(SIDEBAR_ROOT, '<div id="app" lang="nl">');
        console.log('KPI Guard: another write held the document');
        Utilities.formatDate(date, zone, 'yyyy-MM-dd HH:mm:ss');
      `),
    ).toEqual([]);
  });
});
