// "Nail factory": the Soviet story from the seed article. For ten weeks the factory is
// healthy; then it is judged on nail weight alone. With the same steel each week, heavier
// nails mean fewer nails, and deliveries collapse while the weight KPI "improves".

import type { SheetData } from '../types';
import { backgroundsFor } from './layout';
import { mulberry32, round, wiggle } from './prng';

export const NAIL_WEEKS = 30;
const HEALTHY_WEEKS = 10;
/** Grams of steel drawn into nails per week: nails × weight stays about constant. */
const STEEL_PER_WEEK = 50_000;
const NAILS_PER_ORDER = 210;

export function nailFactorySheet(): SheetData {
  const random = mulberry32(1919);
  const rows: (string | number | Date)[][] = [
    ['Week', 'Nails per week', 'Average nail weight (g)', 'Orders delivered'],
  ];
  for (let week = 0; week < NAIL_WEEKS; week++) {
    const pushed = Math.max(0, week - HEALTHY_WEEKS + 1);
    const weight = round(5 + 1.2 * pushed + wiggle(random, 0.15), 0.01);
    const nails = round(STEEL_PER_WEEK / weight + wiggle(random, 250), 10);
    const capacity = nails / NAILS_PER_ORDER;
    const orders = Math.round(Math.min(48 + wiggle(random, 2.5), capacity));
    rows.push([new Date(Date.UTC(2024, 0, 1 + 7 * week)), nails, weight, orders]);
  }
  const last = NAIL_WEEKS + 1;
  const cells: (string | number | Date)[][] = rows.map((row) => [...row, '', '', '', '', '']);
  // Column F: the isolation flag spills down next to the data, one value per week.
  cells[0][5] = 'Weight optimized in isolation?';
  cells[1][5] = `=KPI_ISOLATION(C2:C${last}, B2:B${last}, "up", "up")`;
  // Columns H:I: a small summary block using the add-on's functions.
  const summary: [string, string][] = [
    ['Check', 'Result'],
    ['Nail count trend', `=KPI_TREND(B2:B${last}, "up")`],
    ['Nail weight trend (as judged)', `=KPI_TREND(C2:C${last}, "up")`],
    ['Nail weight health (4–6 g)', `=KPI_HEALTH(C2:C${last}, "down", 4, 6)`],
    ['Deliveries health (≥ 40)', `=KPI_HEALTH(D2:D${last}, "up", 40)`],
    ['Weeks flagged', `=COUNTIF(F2:F${last}, TRUE)`],
    ['Nails per week', `=SPARKLINE(B2:B${last})`],
    ['Average nail weight', `=SPARKLINE(C2:C${last})`],
  ];
  summary.forEach(([label, formula], r) => {
    cells[r][7] = label;
    cells[r][8] = formula;
  });
  return {
    name: 'Nail factory',
    cells,
    backgrounds: backgroundsFor(cells.length, 9, summary.length),
  };
}
