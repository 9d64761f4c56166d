// Which (KPI, counterpart) links a sheet's settings ask KPI Guard to watch, and the formulas
// that watch them: one KPI_ISOLATION column per link on the helper sheet, and one colour rule
// per KPI reading its links' columns through INDIRECT. Pure.
import type { UiLocale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { HELPER_SHEET_NAME } from '../artifacts';
import { columnLetter } from '../columnLetter';
import type { DirectionWord, Rule } from '../settings/schema';
import type { MarkedColumn, SheetSettings } from '../settings/sheetSettings';

/** A KPI and one of its counterparts, with everything its helper formula needs. */
export interface ColourLink {
  kpiId: string;
  kpiPosition: number;
  kpiName: string;
  kpiDirection: DirectionWord;
  counterpartId: string;
  counterpartPosition: number;
  counterpartName: string;
  /** As KPI_ISOLATION takes it: a guardrail's own direction, or "pace". */
  rule: Rule;
}

/** A guardrail must not get worse in its own direction: a KPI's, a target's, else the stored one. */
function guardrailDirection(counterpart: MarkedColumn | undefined, stored: Rule): Rule {
  const s = counterpart?.settings;
  if (s?.role === 'kpi') return s.direction;
  if (s?.role === 'target') return s.goal > s.baseline ? 'up' : 'down';
  return stored;
}

/**
 * Every link of every KPI with counterparts, in column order then link order. A link that
 * KPI_ISOLATION would refuse ("pace" with a lower-is-better KPI, which the sidebar never
 * saves) is left out rather than written as an #ERROR! column.
 */
export function colourLinks(settings: SheetSettings): ColourLink[] {
  const links: ColourLink[] = [];
  for (const kpi of settings.columns) {
    const s = kpi.settings;
    if (s.role !== 'kpi') continue;
    for (const link of kpi.counterparts) {
      const counterpart = settings.columns.find((c) => c.position === link.position);
      const rule = link.rule === 'pace' ? 'pace' : guardrailDirection(counterpart, link.rule);
      if (rule === 'pace' && s.direction !== 'up') continue;
      links.push({
        kpiId: s.id,
        kpiPosition: kpi.position,
        kpiName: kpi.name,
        kpiDirection: s.direction,
        counterpartId: link.id,
        counterpartPosition: link.position,
        counterpartName: link.name,
        rule,
      });
    }
  }
  return links;
}

/** A sheet name as a formula names it: always quoted, quotes doubled ('Bob''s data'). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The helper formula of a link, written on the sheet's first data row: open-ended ranges
 * (C2:C) so rows typed or appended later are judged too, and its result spills down so that
 * helper row r answers for data row r.
 */
export function isolationFormula(sheetName: string, link: ColourLink, firstRow: number): string {
  const sheet = quotedSheetName(sheetName);
  const kpi = columnLetter(link.kpiPosition);
  const counterpart = columnLetter(link.counterpartPosition);
  return (
    `=KPI_ISOLATION(${sheet}!${kpi}${firstRow}:${kpi}, ` +
    `${sheet}!${counterpart}${firstRow}:${counterpart}, "${link.kpiDirection}", "${link.rule}")`
  );
}

/**
 * The helper's header for a link, in words: "Lead funnel: Leads ▸ Customers (should keep pace)",
 * in the language the settings' names were made in.
 */
export function linkHeader(sheetName: string, link: ColourLink, locale: UiLocale): string {
  const { t } = translator(locale);
  return t('helper.header', {
    sheet: sheetName,
    kpi: link.kpiName,
    counterpart: link.counterpartName,
    rule: t(link.rule === 'pace' ? 'helper.rule.pace' : 'helper.rule.guard'),
  });
}

/**
 * What marks a conditional-format rule as KPI Guard's: its custom formula reads the helper
 * sheet through INDIRECT. Every rule with this in its formula is replaced on a repaint and
 * removed by Remove KPI Guard; every other rule is the user's and is never touched.
 */
export const RULE_MARKER = `INDIRECT("${quotedSheetName(HELPER_SHEET_NAME)}!`;

/**
 * The colour rule of a KPI: TRUE where any of its links' helper columns is TRUE on the same
 * row. Sheets' rules may not read another sheet directly nor call a custom function
 * (https://support.google.com/docs/answer/78413: "To reference another sheet in the formula,
 * use the INDIRECT function"), hence INDIRECT and ROW().
 */
export function colourRuleFormula(helperColumns: readonly number[]): string {
  const reads = helperColumns.map((column) => `${RULE_MARKER}${columnLetter(column)}"&ROW())=TRUE`);
  return `=OR(${reads.join(', ')})`;
}

export function isColourRuleFormula(formula: string): boolean {
  return formula.includes(RULE_MARKER);
}
