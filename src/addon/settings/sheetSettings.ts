// One sheet's KPI Guard settings as plain data, built from what the store read (metadata
// entries with their column positions, the header row): which columns are marked, how
// their links resolve, and every problem found. Pure, so it is tested without a runtime.
import type { UiLocale } from '../../i18n/locale';
import { type Message, message, translator } from '../../i18n/translate';
import { columnLetter } from '../columnLetter';
import {
  type ColumnSettings,
  type Link,
  type Parsed,
  parseColumnSettings,
  type Role,
  type Rule,
  type Unreadable,
} from './schema';

/** A KPI Guard metadata entry as found: its column (null if not on a column) and value. */
export interface RawEntry {
  position: number | null;
  value: string | null;
}

/** A counterpart link whose column is still in the sheet. */
export interface ResolvedLink {
  id: string;
  rule: Rule;
  position: number;
  name: string;
  role: Role;
}

export interface MarkedColumn {
  position: number;
  letter: string;
  /** The header cell's text, as displayed. */
  header: string;
  /** What the sidebar and messages call it: the header, or "Column C" ("Kolom C") when empty. */
  name: string;
  settings: ColumnSettings;
  /** Index of its entry in the raw entries (the store writes through it). */
  entry: number;
  /** KPIs: counterparts whose columns are still there, and links to deleted columns. */
  counterparts: ResolvedLink[];
  droppedLinks: Link[];
  /** KPIs: links to columns whose settings cannot be read; kept as they are on a save. */
  heldLinks: Link[];
}

export interface UnreadableColumn {
  position: number;
  letter: string;
  name: string;
  entries: number[];
  why: Message;
}

export interface SheetSettings {
  sheetId: number;
  sheetName: string;
  headerRow: number;
  /** 0 while the header row was never saved. */
  headerRevision: number;
  /** Columns 1..width are the sheet's: its last column, or a marked one beyond it. */
  width: number;
  /** Header text and display name per column, index = position - 1. */
  headers: string[];
  names: string[];
  /** Valid settings in column order, "none" link anchors included. */
  columns: MarkedColumn[];
  unreadable: UnreadableColumn[];
  problems: Message[];
  /** The language the names were made in: what derived words (helper headers) use too. */
  locale: UiLocale;
}

export interface SheetSettingsInput {
  sheetId: number;
  sheetName: string;
  headerRow: number;
  headerRevision: number;
  /** A problem with the stored header row, already worded. */
  headerProblem: Message | null;
  lastColumn: number;
  /** Display text of the header row, columns 1..lastColumn. */
  headers: readonly string[];
  entries: readonly RawEntry[];
  /** The language names are made in ("Column C" or "Kolom C"). */
  locale: UiLocale;
}

/** Display names: the header, "Column C" when blank, "Header (C)" when two share it. */
export function displayNames(headers: readonly string[], locale: UiLocale): string[] {
  const { t } = translator(locale);
  const trimmed = headers.map((h) => h.trim());
  const counts = new Map<string, number>();
  for (const h of trimmed) counts.set(h, (counts.get(h) ?? 0) + 1);
  return trimmed.map((header, i) => {
    const letter = columnLetter(i + 1);
    if (header === '') return t('column.unnamed', { letter });
    return (counts.get(header) ?? 0) > 1 ? t('column.duplicateName', { header, letter }) : header;
  });
}

function whyMessage(why: Unreadable, letter: string, name: string): Message {
  if (why.kind === 'newer') {
    return message('problem.newer', { letter, column: name, version: why.version });
  }
  if (why.kind === 'oversized') {
    return message('problem.oversized', { letter, column: name, size: why.size });
  }
  return message('problem.malformed', { letter, column: name, detail: why.detail });
}

/** Builds the settings of one sheet; never throws on bad stored data, it reports it. */
export function buildSheetSettings(input: SheetSettingsInput): SheetSettings {
  const problems: Message[] = input.headerProblem ? [input.headerProblem] : [];
  const byPosition = new Map<number, number[]>();
  input.entries.forEach((entry, i) => {
    if (entry.position === null) {
      problems.push(message('problem.notOnColumn'));
      return;
    }
    byPosition.set(entry.position, [...(byPosition.get(entry.position) ?? []), i]);
  });
  const width = Math.max(input.lastColumn, ...byPosition.keys());
  const headers = Array.from({ length: width }, (_, i) => input.headers[i] ?? '');
  const names = displayNames(headers, input.locale);

  const columns: MarkedColumn[] = [];
  const unreadable: UnreadableColumn[] = [];
  const seenIds = new Map<string, string>();
  for (const position of [...byPosition.keys()].sort((a, b) => a - b)) {
    const indices = byPosition.get(position) ?? [];
    const letter = columnLetter(position);
    const name = names[position - 1];
    const base = { position, letter, name, entries: indices };
    if (indices.length > 1) {
      const why = message('problem.duplicate', { letter, column: name, count: indices.length });
      unreadable.push({ ...base, why });
      problems.push(why);
      continue;
    }
    const parsed: Parsed<ColumnSettings> = parseColumnSettings(input.entries[indices[0]].value);
    if (!parsed.ok) {
      const why = whyMessage(parsed.why, letter, name);
      unreadable.push({ ...base, why });
      problems.push(why);
      continue;
    }
    const other = seenIds.get(parsed.value.id);
    if (other !== undefined) {
      const why = message('problem.duplicateId', { letter, other });
      unreadable.push({ ...base, why });
      problems.push(why);
      continue;
    }
    seenIds.set(parsed.value.id, letter);
    columns.push({
      position,
      letter,
      header: headers[position - 1],
      name,
      settings: parsed.value,
      entry: indices[0],
      counterparts: [],
      droppedLinks: [],
      heldLinks: [],
    });
  }
  resolveLinks(columns, unreadableIds(input.entries, unreadable), problems);
  return {
    sheetId: input.sheetId,
    sheetName: input.sheetName,
    headerRow: input.headerRow,
    headerRevision: input.headerRevision,
    width,
    headers,
    names,
    columns,
    unreadable,
    problems,
    locale: input.locale,
  };
}

/** The ids still legible in unreadable entries, so links to them are held, not dropped. */
function unreadableIds(
  entries: readonly RawEntry[],
  unreadable: readonly UnreadableColumn[],
): Map<string, UnreadableColumn> {
  const ids = new Map<string, UnreadableColumn>();
  for (const column of unreadable) {
    for (const index of column.entries) {
      const id = looseId(entries[index].value);
      if (id !== null) ids.set(id, column);
    }
  }
  return ids;
}

function looseId(text: string | null): string | null {
  try {
    const json: unknown = JSON.parse(text ?? '');
    const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : null;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * Links by id: to a column still marked; held when its column's settings cannot be read;
 * dropped when the column was deleted (its metadata went with it).
 */
function resolveLinks(
  columns: MarkedColumn[],
  unreadable: Map<string, UnreadableColumn>,
  problems: Message[],
): void {
  const byId = new Map(columns.map((c) => [c.settings.id, c]));
  for (const column of columns) {
    if (column.settings.role !== 'kpi') continue;
    for (const link of column.settings.counterparts) {
      const target = byId.get(link.id);
      if (target) {
        column.counterparts.push({
          id: link.id,
          rule: link.rule,
          position: target.position,
          name: target.name,
          role: target.settings.role,
        });
      } else if (unreadable.has(link.id)) {
        column.heldLinks.push(link);
        const held = unreadable.get(link.id);
        problems.push(
          message('problem.unreadableLink', { column: column.name, letter: held?.letter ?? '' }),
        );
      } else {
        column.droppedLinks.push(link);
        problems.push(
          message('problem.droppedLink', {
            column: column.name,
            counterpart: link.label || link.id,
          }),
        );
      }
    }
  }
}

/** The marked column with this id, if any. */
export function columnById(settings: SheetSettings, id: string): MarkedColumn | undefined {
  return settings.columns.find((c) => c.settings.id === id);
}

/** The marked column at this position, if any. */
export function columnAt(settings: SheetSettings, position: number): MarkedColumn | undefined {
  return settings.columns.find((c) => c.position === position);
}
