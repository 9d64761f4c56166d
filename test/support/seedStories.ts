// The seed article's stories as workbooks, for the colours, legend and removal suites: the
// nail factory (the bundled sample's sheet); the lead funnel over two years, healthy in 2023,
// then leads chased in 2024 while customers stay flat; healthy growth (customers grow with
// leads throughout); and a counterpart with no data.
import { nailFactorySheet } from '../../src/local/sample/nailFactory';
import type { CellValue, SheetData, WorkbookData } from '../../src/local/types';

/** Monthly, January 2023 to December 2024: slow growth, then a campaign chasing leads. */
export const LEADS = [
  30, 32, 33, 35, 36, 38, 40, 41, 43, 44, 46, 48, 55, 63, 70, 80, 90, 100, 112, 125, 138, 150, 161,
  175,
];
/** Flat in 2024 while leads climb: customers per lead fall. */
export const FLAT_CUSTOMERS = [
  4, 4, 5, 4, 5, 5, 5, 6, 5, 6, 6, 6, 6, 7, 6, 7, 6, 6, 7, 6, 7, 6, 6, 7,
];
/** Growing with leads throughout: customers per lead hold up. */
export const GROWING_CUSTOMERS = [
  4, 4, 5, 4, 5, 5, 5, 6, 5, 6, 6, 6, 7, 9, 9, 11, 11, 14, 14, 17, 17, 20, 20, 23,
];
/** Qualified leads keep pace with leads. */
const QUALIFIED = LEADS.map((leads, m) => Math.round(leads / 3 + (m % 3)));

/** Month, Leads, Qualified leads, Customers: monthly rows of 2023 and 2024. */
export function leadFunnel(
  name = 'Lead funnel',
  customers: readonly (number | '')[] = FLAT_CUSTOMERS,
): SheetData {
  const cells: CellValue[][] = [['Month', 'Leads', 'Qualified leads', 'Customers']];
  LEADS.forEach((leads, m) => {
    cells.push([new Date(Date.UTC(2023, m, 1)), leads, QUALIFIED[m], customers[m] ?? '']);
  });
  return { name, cells };
}

export function seedWorkbook(): WorkbookData {
  return {
    sheets: [
      nailFactorySheet(),
      leadFunnel(),
      leadFunnel('Healthy growth', GROWING_CUSTOMERS),
      leadFunnel(
        'No customer data',
        LEADS.map(() => ''),
      ),
    ],
  };
}
