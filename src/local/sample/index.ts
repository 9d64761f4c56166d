// The bundled sample workbook that `npm start` opens when no file is named: the two stories
// of the seed article, with a few of the add-on's formulas next to the data. The Dutch
// sample (`npm start -- --sample nl`) tells the lead story in the article's own words.
// Built fresh on every call (new Date objects), so callers may mutate what they get.

import type { WorkbookData } from '../types';
import { leadFunnelSheet } from './leadFunnel';
import { nailFactorySheet } from './nailFactory';

export {
  DUTCH_MONTHS,
  DUTCH_SHEET,
  dutchLeadsSheet,
  dutchSampleWorkbook,
  KLANTEN_DOEL,
} from './dutchLeads';
export { CUSTOMER_TARGET } from './leadFunnel';
export { NAIL_WEEKS } from './nailFactory';

export function sampleWorkbook(): WorkbookData {
  return { sheets: [nailFactorySheet(), leadFunnelSheet()] };
}
