// The seed article's stories as workbooks, for the colours, legend and removal suites: the
// nail factory (the bundled sample's sheet), the lead funnel of the core's seed-story test
// (leads climb, customers stay flat), healthy growth (customers grow with leads) and a
// counterpart with no data.
import { nailFactorySheet } from '../../src/local/sample/nailFactory';
import type { CellValue, SheetData, WorkbookData } from '../../src/local/types';

export const LEADS = [40, 48, 55, 63, 70, 80, 90, 100, 112, 125, 138, 150];
/** Flat while leads climb: customers per lead fall. */
export const FLAT_CUSTOMERS = [5, 4, 5, 6, 5, 4, 5, 5, 6, 4, 5, 5];
/** Growing with leads: customers per lead hold up. */
export const GROWING_CUSTOMERS = [4, 4.9, 5.7, 6.7, 7.6, 8.8, 10.1, 11.4, 13, 14.8, 16.6, 18.3];
const QUALIFIED = [12, 13, 12, 14, 13, 12, 13, 14, 13, 12, 13, 13];

/** Month, Leads, Qualified leads, Customers: monthly rows of 2024. */
export function leadFunnel(
  name = 'Lead funnel',
  customers: readonly (number | '')[] = FLAT_CUSTOMERS,
): SheetData {
  const cells: CellValue[][] = [['Month', 'Leads', 'Qualified leads', 'Customers']];
  LEADS.forEach((leads, m) => {
    cells.push([new Date(Date.UTC(2024, m, 1)), leads, QUALIFIED[m], customers[m] ?? '']);
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
