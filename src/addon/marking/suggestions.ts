// Suggested counterparts for a saved KPI that has none: every other column with a series,
// through the core's ranking. Pure.
import type { Direction } from '../../core/direction';
import { suggestCounterparts } from '../../core/suggestCounterparts';
import type { MarkedColumn, SheetSettings } from '../settings/sheetSettings';
import type { SuggestionView } from './contract';
import { refAt } from './drafts';

/** Which way a column is good: its KPI direction, its target's, else higher. */
export function goodDirection(column: MarkedColumn | undefined): Direction {
  const s = column?.settings;
  if (s?.role === 'kpi') return s.direction === 'up' ? 1 : -1;
  if (s?.role === 'target') return s.goal > s.baseline ? 1 : -1;
  return 1;
}

export function suggestionsFor(
  settings: SheetSettings,
  kpi: MarkedColumn,
  series: ReadonlyMap<number, (number | null)[]>,
): SuggestionView[] {
  const values = series.get(kpi.position);
  if (!values) return [];
  const candidates = [...series]
    .filter(([position]) => position !== kpi.position)
    // Columns it could be paired with: not the Time column, not one whose settings are unreadable.
    .filter(([position]) => {
      const marked = settings.columns.find((c) => c.position === position);
      const unreadable = settings.unreadable.some((u) => u.position === position);
      return marked?.settings.role !== 'time' && !unreadable;
    })
    .map(([position, column]) => ({
      id: position,
      values: column,
      direction: goodDirection(settings.columns.find((c) => c.position === position)),
    }));
  return suggestCounterparts(values, goodDirection(kpi), candidates).map((s) => ({
    ref: refAt(settings, s.id),
    name: settings.names[s.id - 1],
    rule: s.rule,
    flaggedRows: s.flaggedRows,
    judgedRows: s.judgedRows,
  }));
}
