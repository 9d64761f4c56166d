// "Lead funnel": the marketing half of the seed article. The target is 5 new customers in
// the year; marketing chases leads, which climb every month, while qualified leads and
// customers stay flat — the lead KPI optimized in isolation. Qualified leads and customers
// should keep pace with leads: KPI_ISOLATION's "pace" rule, per lead.

import type { SheetData } from '../types';
import { backgroundsFor } from './layout';

export const CUSTOMER_TARGET = 5;
export const TARGET_BACKGROUND = '#fff2cc';

const LEADS = [18, 24, 29, 37, 41, 52, 58, 67, 75, 86, 94, 103];
const QUALIFIED = [6, 7, 6, 7, 8, 7, 6, 8, 7, 7, 6, 7];
const CUSTOMERS = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0];

export function leadFunnelSheet(): SheetData {
  const cells: (string | number | Date)[][] = [
    ['Month', 'Leads', 'Qualified leads', 'Customers', '', '', '', '', ''],
  ];
  LEADS.forEach((leads, m) => {
    const month = new Date(Date.UTC(2024, m, 1));
    cells.push([month, leads, QUALIFIED[m], CUSTOMERS[m], '', '', '', '', '']);
  });
  const last = LEADS.length + 1;
  cells[0][5] = 'Leads optimized in isolation?';
  cells[1][5] = `=KPI_ISOLATION(B2:B${last}, C2:D${last}, "up", "pace")`;
  const summary: [string, string | number][] = [
    ['Check', 'Result'],
    ['Target: new customers in 2024', CUSTOMER_TARGET],
    ['Customers so far', `=SUM(D2:D${last})`],
    ['Progress to target', `=TARGET_PROGRESS(SUM(D2:D${last}), ${CUSTOMER_TARGET})`],
    [
      'Pace on the last month',
      `=TARGET_PACE(SUM(D2:D${last}), ${CUSTOMER_TARGET}, 0, DATE(2024,1,1), DATE(2024,12,31), A${last})`,
    ],
    ['Leads trend', `=KPI_TREND(B2:B${last}, "up")`],
    ['Customers trend', `=KPI_TREND(D2:D${last}, "up")`],
    ['Qualified leads trend', `=KPI_TREND(C2:C${last}, "up")`],
    ['Leads', `=SPARKLINE(B2:B${last})`],
  ];
  summary.forEach(([label, value], r) => {
    cells[r][7] = label;
    cells[r][8] = value;
  });
  const backgrounds = backgroundsFor(cells.length, 9, summary.length);
  backgrounds[1][8] = TARGET_BACKGROUND;
  return { name: 'Lead funnel', cells, backgrounds };
}
