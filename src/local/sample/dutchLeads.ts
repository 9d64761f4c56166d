// "Leads en klanten": the seed article's lead story in its own words, for a Dutch team. The
// target is vijf nieuwe klanten this year; marketing pushes the lead count towards the
// hundred leads it wants, while the leads that sales qualifies and the customers they bring
// do not keep pace — leads optimized in isolation. A Dutch (nl_NL) workbook: its numbers
// and months show the Dutch way. Data from a seeded PRNG, the same on every run.

import type { SheetData, WorkbookData } from '../types';
import { backgroundsFor } from './layout';
import { mulberry32, wiggle } from './prng';

export const DUTCH_SHEET = 'Leads en klanten';
/** "Je target van vijf nieuwe klanten dat jaar." */
export const KLANTEN_DOEL = 5;
export const DUTCH_MONTHS = 12;
const YEAR = 2026;
const TARGET_BACKGROUND = '#fff2cc';

export function dutchLeadsSheet(): SheetData {
  const random = mulberry32(5_100);
  const cells: (string | number | Date)[][] = [
    ['Maand', 'Leads', 'Gekwalificeerde leads', 'Klanten', '', '', '', '', ''],
  ];
  for (let m = 0; m < DUTCH_MONTHS; m++) {
    // Campaigns push the count from about 20 to the hundred leads marketing wants...
    const leads = Math.round(20 + 7.5 * m + wiggle(random, 3));
    // ...but few of them match the business: sales qualifies about the same handful...
    const qualified = Math.round(7 + wiggle(random, 1.5));
    // ...and one of those now and then becomes a customer.
    const klanten = random() < 0.25 ? 1 : 0;
    cells.push([new Date(Date.UTC(YEAR, m, 1)), leads, qualified, klanten, '', '', '', '', '']);
  }
  const last = DUTCH_MONTHS + 1;
  cells[0][5] = 'Leads los geoptimaliseerd?';
  // Qualified leads and customers should keep pace with leads: the "pace" rule, per lead.
  cells[1][5] = `=KPI_ISOLATION(B2:B${last}, C2:D${last}, "up", "pace")`;
  const summary: [string, string | number][] = [
    ['Controle', 'Uitkomst'],
    [`Doel: nieuwe klanten in ${YEAR}`, KLANTEN_DOEL],
    ['Klanten tot nu toe', `=SUM(D2:D${last})`],
    ['Voortgang naar het doel', `=TARGET_PROGRESS(SUM(D2:D${last}), ${KLANTEN_DOEL})`],
    [
      'Tempo in de laatste maand',
      `=TARGET_PACE(SUM(D2:D${last}), ${KLANTEN_DOEL}, 0, DATE(${YEAR},1,1), DATE(${YEAR},12,31), A${last})`,
    ],
    ['Trend leads', `=KPI_TREND(B2:B${last}, "up")`],
    ['Trend gekwalificeerde leads', `=KPI_TREND(C2:C${last}, "up")`],
    ['Trend klanten', `=KPI_TREND(D2:D${last}, "up")`],
    ['Leads', `=SPARKLINE(B2:B${last})`],
  ];
  summary.forEach(([label, value], r) => {
    cells[r][7] = label;
    cells[r][8] = value;
  });
  const backgrounds = backgroundsFor(cells.length, 9, summary.length);
  backgrounds[1][8] = TARGET_BACKGROUND;
  // Months as a Dutch team writes them ("jan. 2026"); progress as a percentage.
  const numberFormats = cells.map((_, r) => {
    const row: (string | null)[] = new Array(9).fill(null);
    if (r > 0) row[0] = 'mmm yyyy';
    if (r === 3) row[8] = '0%';
    return row;
  });
  return { name: DUTCH_SHEET, cells, backgrounds, numberFormats };
}

/** The Dutch sample: one sheet in a Dutch-locale workbook (`npm start -- --sample nl`). */
export function dutchSampleWorkbook(): WorkbookData {
  return { sheets: [dutchLeadsSheet()], locale: 'nl_NL' };
}
