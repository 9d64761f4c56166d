// The checks of a save that need the whole sheet: where each column of the request is now,
// at most one Time column, and which counterparts a KPI may have. Each failure is a message
// for one field of one column. Pure.
import { type Message, message } from '../../i18n/translate';
import { MAX_COUNTERPARTS } from '../settings/keys';
import type { ColumnSettings, DirectionWord, Role, Rule } from '../settings/schema';
import { columnAt, columnById, type SheetSettings } from '../settings/sheetSettings';
import type { DraftField, FieldError } from './contract';
import type { DraftSettings } from './fields';
import type { ColumnChange, ColumnRef } from './request';

/** The request's changes, each at the position its column has now, with their settings. */
export interface Changes {
  current: SheetSettings;
  byPosition: Map<number, ColumnChange>;
  drafted: Map<number, DraftSettings>;
}

export type Refusal = { refused: Message };

export const nameAt = (current: SheetSettings, position: number) =>
  current.names[position - 1] ?? '';

/** Where a ref points now: by id, or at its position if the header there is unchanged. */
export function resolveRef(current: SheetSettings, ref: ColumnRef): number | null {
  if (ref.id !== null) return columnById(current, ref.id)?.position ?? null;
  if (ref.position > current.width) return null;
  return current.headers[ref.position - 1] === ref.header ? ref.position : null;
}

export const isLocked = (current: SheetSettings, position: number) =>
  current.unreadable.some((u) => u.position === position);

/** A link anchor ("none") carries no settings, so it does not make a view stale. */
function effectiveRevision(current: SheetSettings, position: number): number {
  const stored = columnAt(current, position)?.settings;
  return stored && stored.role !== 'none' ? stored.rev : 0;
}

export function directionOf(settings: DraftSettings | ColumnSettings | undefined): DirectionWord {
  if (settings?.role === 'kpi') return settings.direction;
  if (settings?.role === 'target') return settings.goal > settings.baseline ? 'up' : 'down';
  return 'up';
}

/** A column's settings after the save: its draft if the request changes it, else as stored. */
export function settingsAt(changes: Changes, position: number) {
  return changes.drafted.get(position) ?? columnAt(changes.current, position)?.settings;
}

export const roleAt = (changes: Changes, position: number): Role =>
  settingsAt(changes, position)?.role ?? 'none';

/**
 * The changed columns where they are now. A column seen at another revision than the stored
 * one means the sidebar is out of date: the whole save is refused.
 */
export function locateChanges(
  current: SheetSettings,
  changes: readonly ColumnChange[],
  errors: FieldError[],
): Map<number, ColumnChange> | Refusal {
  const byPosition = new Map<number, ColumnChange>();
  for (const change of changes) {
    const position = resolveRef(current, change.ref);
    const key = change.ref.key;
    if (position === null) {
      errors.push({ key, field: 'column', message: message('invalid.unknownColumn') });
    } else if (byPosition.has(position)) {
      const detail = `${nameAt(current, position)} sent twice`;
      return { refused: message('invalid.payload', { detail }) };
    } else if (isLocked(current, position)) {
      errors.push({ key, field: 'column', message: message('invalid.lockedColumn') });
    } else if (change.revision !== effectiveRevision(current, position)) {
      return { refused: message('save.stale', { column: nameAt(current, position) }) };
    } else {
      byPosition.set(position, change);
    }
  }
  return byPosition;
}

/** At most one Time column, and none that a KPI kept as it is has as a counterpart. */
export function checkTimeColumns(changes: Changes, errors: FieldError[]): void {
  const { current, byPosition } = changes;
  const positions = new Set([...current.columns.map((c) => c.position), ...byPosition.keys()]);
  const times = [...positions].filter((p) => roleAt(changes, p) === 'time').sort((a, b) => a - b);
  for (const [position, change] of byPosition) {
    const other = times.find((p) => p !== position);
    if (roleAt(changes, position) === 'time' && other !== undefined) {
      const why = message('invalid.twoTimeColumns', { other: nameAt(current, other) });
      errors.push({ key: change.ref.key, field: 'role', message: why });
    }
  }
  for (const column of current.columns) {
    if (column.settings.role !== 'kpi' || byPosition.has(column.position)) continue;
    for (const link of column.counterparts) {
      const change = byPosition.get(link.position);
      if (change && roleAt(changes, link.position) === 'time') {
        const why = message('invalid.usedAsCounterpart', { kpi: column.name });
        errors.push({ key: change.ref.key, field: 'role', message: why });
      }
    }
  }
}

export type Pairing = { position: number; rule: Rule };

/** The counterparts of each changed KPI, by position: any other readable non-Time column. */
export function resolveCounterparts(changes: Changes, errors: FieldError[]) {
  const { current } = changes;
  const pairings = new Map<number, Pairing[]>();
  for (const [position, change] of changes.byPosition) {
    if (change.draft.role !== 'kpi') continue;
    const key = change.ref.key;
    const chosen: Pairing[] = [];
    if (change.draft.counterparts.length > MAX_COUNTERPARTS) {
      const why = message('invalid.tooManyCounterparts', { max: MAX_COUNTERPARTS });
      errors.push({ key, field: 'counterparts', message: why });
    }
    for (const counterpart of change.draft.counterparts) {
      const at = resolveRef(current, counterpart.ref);
      const why = counterpartProblem(changes, position, at, counterpart.ref, chosen);
      if (why) errors.push({ key, field: 'counterparts', message: why });
      else if (at !== null) chosen.push({ position: at, rule: counterpart.rule });
    }
    pairings.set(position, chosen);
  }
  return pairings;
}

function counterpartProblem(
  changes: Changes,
  kpi: number,
  at: number | null,
  ref: ColumnRef,
  chosen: readonly Pairing[],
): Message | null {
  if (at === null) return message('invalid.unknownCounterpart');
  const counterpart = nameAt(changes.current, at) || ref.header;
  if (at === kpi) return message('invalid.selfCounterpart');
  if (chosen.some((c) => c.position === at)) {
    return message('invalid.duplicateCounterpart', { counterpart });
  }
  if (isLocked(changes.current, at)) return message('invalid.lockedCounterpart', { counterpart });
  if (roleAt(changes, at) === 'time') return message('invalid.timeCounterpart', { counterpart });
  return null;
}

/** "Should keep pace" needs both columns higher-is-better; the message goes where the cause is. */
export function checkPace(finals: Map<number, ColumnSettings>, changes: Changes): FieldError[] {
  const errors: FieldError[] = [];
  const positionOf = new Map([...finals].map(([position, s]) => [s.id, position]));
  for (const [position, settings] of finals) {
    if (settings.role !== 'kpi') continue;
    for (const link of settings.counterparts) {
      const at = positionOf.get(link.id);
      if (link.rule !== 'pace' || at === undefined) continue;
      if (settings.direction === 'up' && directionOf(finals.get(at)) === 'up') continue;
      const own = changes.byPosition.get(position);
      const cause = own ?? changes.byPosition.get(at);
      if (!cause) continue; // both as stored: reported by no one, changed by no one
      const causeRole = finals.get(own ? position : at)?.role;
      const field: DraftField = own
        ? 'counterparts'
        : causeRole === 'kpi'
          ? 'direction'
          : causeRole === 'target'
            ? 'goal'
            : 'role';
      const why = message('invalid.paceNeedsUp', {
        column: nameAt(changes.current, position),
        counterpart: nameAt(changes.current, at),
      });
      errors.push({ key: cause.ref.key, field, message: why });
    }
  }
  return errors;
}
