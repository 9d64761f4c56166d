// The Dutch sample's columns ("Leads en klanten": Maand, Leads, Gekwalificeerde leads,
// Klanten) telling the seed article's lead story over two years, as seedStories.ts does in
// English: in 2025 qualified leads and customers grow with the leads; in 2026 marketing
// chases leads while both stay flat. A scheduled run after March 2026 sees nothing wrong
// yet; one after June 2026 sees leads optimized in isolation, Klanten left behind. The
// bundled sample's own twelve months are too few to judge Klanten (a customer now and then).

import type { LocalRuntime } from '../../src/local/runtime/createRuntime';
import { DUTCH_SHEET } from '../../src/local/sample/dutchLeads';
import type { CellValue, WorkbookData } from '../../src/local/types';
import { FLAT_CUSTOMERS, LEADS } from './seedStories';

export { DUTCH_SHEET };
export const DUTCH_HEADERS = ['Maand', 'Leads', 'Gekwalificeerde leads', 'Klanten'];
export const DUTCH_STORY_MONTHS = LEADS.length;
/** Through March 2026: not isolated yet. */
export const BEFORE_SLIDE = 15;
/** Through June 2026: leads optimized in isolation, both counterparts left behind. */
export const AFTER_SLIDE = 18;

/** Qualified leads: a quarter of the leads in 2025, then stuck around ten. */
const QUALIFIED = LEADS.map((leads, m) => (m < 12 ? Math.round(leads / 4) : 10) + (m % 3));

/** The story's row of month `m` (0 = January 2025). */
export function dutchStoryRow(m: number): CellValue[] {
  return [new Date(Date.UTC(2025, m, 1)), LEADS[m], QUALIFIED[m], FLAT_CUSTOMERS[m]];
}

/** A Dutch (nl_NL) workbook with the first `months` months of the story. */
export function dutchStory(months = BEFORE_SLIDE): WorkbookData {
  const cells: CellValue[][] = [[...DUTCH_HEADERS]];
  for (let m = 0; m < months; m++) cells.push(dutchStoryRow(m));
  return { sheets: [{ name: DUTCH_SHEET, cells }], locale: 'nl_NL' };
}

/** The team adds the rows of months [from, to) to the sheet, as the months pass. */
export function addMonths(runtime: LocalRuntime, from: number, to: number): void {
  const rows: CellValue[][] = [];
  for (let m = from; m < to; m++) rows.push(dutchStoryRow(m));
  runtime.workbook.setValues(DUTCH_SHEET, from + 1, 0, rows);
}
