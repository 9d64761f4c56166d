// What a CSV cannot hold of a workbook: it keeps one sheet's cells, so Save to a CSV names
// everything else it leaves out, in words a user can act on.
import type { DocumentState } from '../types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * One item per kind of thing a CSV holding only `sheet` leaves out, e.g. 'the sheet
 * "KPI Guard settings"', 'the named range KPIGUARD_AS_OF'; empty when nothing is lost.
 */
export function csvLeavesOut(
  sheetNames: readonly string[],
  document: DocumentState | undefined,
  sheet: string,
): string[] {
  const left: string[] = [];
  const others = sheetNames.filter((name) => name !== sheet);
  if (others.length > 0) {
    left.push(`the sheet${others.length === 1 ? '' : 's'} ${quoted(others)}`);
  }
  if (!document) return left;
  const names = document.namedRanges.map((n) => n.name);
  if (names.length > 0) {
    left.push(`the named range${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
  }
  const metadata = document.developerMetadata.length;
  if (metadata > 0) {
    left.push(
      `${plural(metadata, 'developer metadata entry', 'developer metadata entries')} (where KPI Guard keeps column settings)`,
    );
  }
  const properties = Object.keys(document.documentProperties).length;
  if (properties > 0) left.push(plural(properties, 'document property', 'document properties'));
  const rules = document.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);
  if (rules > 0) left.push(plural(rules, 'conditional-format rule', 'conditional-format rules'));
  return left;
}

/** "a, b and c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
