// A save request against the settings read under the lock: either the messages to show
// beside the fields, or the exact metadata writes. Pure, so every rule is tested directly;
// the store only carries the writes out.
import { type Message, message, t } from '../../i18n/translate';
import {
  MAX_COUNTERPARTS,
  MAX_LABEL_CHARS,
  MAX_SETTINGS_CHARS,
  SETTINGS_VERSION,
} from '../settings/keys';
import {
  type ColumnSettings,
  type DirectionWord,
  type Link,
  type Role,
  type Rule,
  serializeColumnSettings,
} from '../settings/schema';
import {
  columnAt,
  columnById,
  type MarkedColumn,
  type SheetSettings,
} from '../settings/sheetSettings';
import type { DraftField, FieldError } from './contract';
import { numberFrom } from './drafts';
import { type DraftSettings, draftSettings } from './fields';
import type { ColumnChange, ColumnRef, SaveRequest } from './request';

export type ColumnWrite =
  | { kind: 'create'; position: number; text: string }
  | { kind: 'update'; entry: number; text: string }
  | { kind: 'remove'; entry: number };

export type SavePlan =
  | { ok: true; writes: ColumnWrite[]; headerRow: number | null }
  | { ok: false; message: Message; errors: FieldError[] };

export interface PlanOptions {
  /** The header row may be any row of the sheet. */
  maxHeaderRow: number;
  /** A fresh column id (k + 8 letters or digits). */
  newId: () => string;
}

/** Where a ref points now: by id, or at its position if the header there is unchanged. */
export function resolveRef(current: SheetSettings, ref: ColumnRef): number | null {
  if (ref.id !== null) return columnById(current, ref.id)?.position ?? null;
  if (ref.position > current.width) return null;
  return current.headers[ref.position - 1] === ref.header ? ref.position : null;
}

const isLocked = (current: SheetSettings, position: number) =>
  current.unreadable.some((u) => u.position === position);

/** A link anchor ("none") carries no settings, so it does not make a view stale. */
function effectiveRevision(current: SheetSettings, position: number): number {
  const stored = columnAt(current, position)?.settings;
  return stored && stored.role !== 'none' ? stored.rev : 0;
}

function directionOf(settings: DraftSettings | ColumnSettings | undefined): DirectionWord {
  if (settings?.role === 'kpi') return settings.direction;
  if (settings?.role === 'target') return settings.goal > settings.baseline ? 'up' : 'down';
  return 'up';
}

/** JSON with object keys sorted at every level, so equal settings give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Settings compared without their revision. */
function sameSettings(a: ColumnSettings, b: ColumnSettings): boolean {
  return canonicalJson({ ...a, rev: 0 }) === canonicalJson({ ...b, rev: 0 });
}

export function planSave(
  current: SheetSettings,
  request: SaveRequest,
  options: PlanOptions,
): SavePlan {
  const errors: FieldError[] = [];
  const fail = (why: Message): SavePlan => ({ ok: false, message: why, errors });
  const nameAt = (position: number) => current.names[position - 1] ?? '';

  let headerRow: number | null = null;
  if (request.headerRow) {
    if (request.headerRow.revision !== current.headerRevision) {
      return fail(message('save.stale', { column: t('headerRow.label') }));
    }
    const row = numberFrom(request.headerRow.value);
    if (row === null || !Number.isSafeInteger(row) || row < 1 || row > options.maxHeaderRow) {
      const why = message('invalid.headerRow', { max: options.maxHeaderRow });
      errors.push({ key: '', field: 'headerRow', message: why });
    } else {
      headerRow = row;
    }
  }

  // The columns to change, where they are now; a stale view refuses the whole save.
  const changes = new Map<number, ColumnChange>();
  for (const change of request.changes) {
    const position = resolveRef(current, change.ref);
    const key = change.ref.key;
    if (position === null) {
      errors.push({ key, field: 'column', message: message('invalid.unknownColumn') });
    } else if (changes.has(position)) {
      return fail(message('invalid.payload', { detail: `${nameAt(position)} sent twice` }));
    } else if (isLocked(current, position)) {
      errors.push({ key, field: 'column', message: message('invalid.lockedColumn') });
    } else if (change.revision !== effectiveRevision(current, position)) {
      return fail(message('save.stale', { column: nameAt(position) }));
    } else {
      changes.set(position, change);
    }
  }

  const drafted = new Map<number, DraftSettings>();
  for (const [position, change] of changes) {
    const result = draftSettings(change.draft);
    for (const [field, why] of Object.entries(result.errors)) {
      errors.push({ key: change.ref.key, field: field as DraftField, message: why });
    }
    drafted.set(position, result.settings);
  }
  const settingsAt = (position: number) =>
    drafted.get(position) ?? columnAt(current, position)?.settings;
  const roleAt = (position: number): Role => settingsAt(position)?.role ?? 'none';

  const positions = new Set([...current.columns.map((c) => c.position), ...changes.keys()]);
  const timeColumns = [...positions].filter((p) => roleAt(p) === 'time').sort((a, b) => a - b);
  for (const [position, change] of changes) {
    const other = timeColumns.find((p) => p !== position);
    if (roleAt(position) === 'time' && other !== undefined) {
      const why = message('invalid.twoTimeColumns', { other: nameAt(other) });
      errors.push({ key: change.ref.key, field: 'role', message: why });
    }
  }

  // Counterparts of the changed KPIs, by position for now.
  const links = new Map<number, { position: number; rule: Rule }[]>();
  for (const [position, change] of changes) {
    if (change.draft.role !== 'kpi') continue;
    const key = change.ref.key;
    const chosen: { position: number; rule: Rule }[] = [];
    if (change.draft.counterparts.length > MAX_COUNTERPARTS) {
      const why = message('invalid.tooManyCounterparts', { max: MAX_COUNTERPARTS });
      errors.push({ key, field: 'counterparts', message: why });
    }
    for (const counterpart of change.draft.counterparts) {
      const at = resolveRef(current, counterpart.ref);
      const name = at === null ? counterpart.ref.header : nameAt(at);
      let why: Message | null = null;
      if (at === null) why = message('invalid.unknownCounterpart');
      else if (at === position) why = message('invalid.selfCounterpart');
      else if (chosen.some((c) => c.position === at))
        why = message('invalid.duplicateCounterpart', { counterpart: name });
      else if (isLocked(current, at))
        why = message('invalid.lockedCounterpart', { counterpart: name });
      else if (roleAt(at) === 'time')
        why = message('invalid.timeCounterpart', { counterpart: name });
      if (why) errors.push({ key, field: 'counterparts', message: why });
      else if (at !== null) chosen.push({ position: at, rule: counterpart.rule });
    }
    links.set(position, chosen);
  }
  // A KPI left as it is must not end up paired with a column this save makes the Time column.
  for (const column of current.columns) {
    if (column.settings.role !== 'kpi' || changes.has(column.position)) continue;
    for (const link of column.counterparts) {
      const change = changes.get(link.position);
      if (change && roleAt(link.position) === 'time') {
        const why = message('invalid.usedAsCounterpart', { kpi: column.name });
        errors.push({ key: change.ref.key, field: 'role', message: why });
      }
    }
  }
  if (errors.length > 0) return fail(message('save.invalid'));

  // Ids: kept where a column has one, fresh where a column gains settings or a link.
  const ids = new Map(current.columns.map((c) => [c.position, c.settings.id]));
  const taken = new Set(ids.values());
  const idAt = (position: number): string => {
    let id = ids.get(position);
    while (id === undefined || (taken.has(id) && ids.get(position) !== id)) id = options.newId();
    ids.set(position, id);
    taken.add(id);
    return id;
  };
  // A guardrail's rule is its counterpart's own direction; "pace" stays "pace".
  const linkTo = (position: number, rule: Rule): Link => ({
    id: idAt(position),
    rule: rule === 'pace' ? 'pace' : directionOf(settingsAt(position)),
    label: nameAt(position).slice(0, MAX_LABEL_CHARS),
  });

  const finals = new Map<number, ColumnSettings>();
  for (const position of [...positions].sort((a, b) => a - b)) {
    const draft = drafted.get(position);
    const stored = columnAt(current, position);
    if (draft === undefined) {
      if (stored) finals.set(position, normalizedLinks(stored, linkTo));
      continue;
    }
    const common = { v: SETTINGS_VERSION, id: idAt(position), rev: 1 } as const;
    if (draft.role === 'kpi') {
      const chosen = (links.get(position) ?? []).map((l) => linkTo(l.position, l.rule));
      finals.set(position, {
        ...common,
        ...draft,
        counterparts: [...chosen, ...(stored?.heldLinks ?? [])],
      });
    } else {
      finals.set(position, { ...common, ...draft });
    }
  }
  // Every linked column carries an id: a column that is nothing itself gets an anchor.
  const linkedIds = new Set<string>();
  for (const settings of finals.values()) {
    if (settings.role === 'kpi') for (const link of settings.counterparts) linkedIds.add(link.id);
  }
  for (const [position, id] of ids) {
    if (linkedIds.has(id) && !finals.has(position)) {
      finals.set(position, { v: SETTINGS_VERSION, id, rev: 1, role: 'none' });
    }
  }

  const paceErrors = checkPace(finals, changes, nameAt);
  if (paceErrors.length > 0)
    return { ok: false, message: message('save.invalid'), errors: paceErrors };
  return writesFor(current, finals, changes, linkedIds, headerRow);
}

/**
 * A stored KPI whose guardrails follow their counterparts' current directions. Rewritten
 * only when a rule changes; links to deleted columns then go, as they would on its own save.
 */
function normalizedLinks(stored: MarkedColumn, linkTo: (position: number, rule: Rule) => Link) {
  const settings = stored.settings;
  if (settings.role !== 'kpi') return settings;
  const resolved = stored.counterparts.map((link) => ({
    ...linkTo(link.position, link.rule),
    label: settings.counterparts.find((l) => l.id === link.id)?.label ?? '',
  }));
  if (resolved.every((link, i) => link.rule === stored.counterparts[i].rule)) return settings;
  return { ...settings, counterparts: [...resolved, ...stored.heldLinks] };
}

/** "Should keep pace" needs both columns higher-is-better; the message goes where the cause is. */
function checkPace(
  finals: Map<number, ColumnSettings>,
  changes: Map<number, ColumnChange>,
  nameAt: (position: number) => string,
): FieldError[] {
  const errors: FieldError[] = [];
  const positionOf = new Map([...finals].map(([position, s]) => [s.id, position]));
  for (const [position, settings] of finals) {
    if (settings.role !== 'kpi') continue;
    for (const link of settings.counterparts) {
      const at = positionOf.get(link.id);
      if (link.rule !== 'pace' || at === undefined) continue;
      if (settings.direction === 'up' && directionOf(finals.get(at)) === 'up') continue;
      const why = message('invalid.paceNeedsUp', {
        column: nameAt(position),
        counterpart: nameAt(at),
      });
      const own = changes.get(position);
      const cause = own ?? changes.get(at);
      if (!cause) continue; // both untouched: stored as it was, reported by its own reader
      const causeSettings = finals.get(own ? position : at);
      const field: DraftField = own
        ? 'counterparts'
        : causeSettings?.role === 'kpi'
          ? 'direction'
          : causeSettings?.role === 'target'
            ? 'goal'
            : 'role';
      errors.push({ key: cause.ref.key, field, message: why });
    }
  }
  return errors;
}

function writesFor(
  current: SheetSettings,
  finals: Map<number, ColumnSettings>,
  changes: Map<number, ColumnChange>,
  linkedIds: Set<string>,
  headerRow: number | null,
): SavePlan {
  const writes: ColumnWrite[] = [];
  const errors: FieldError[] = [];
  for (const [position, settings] of finals) {
    const stored = columnAt(current, position);
    if (settings.role === 'none' && !linkedIds.has(settings.id)) {
      if (stored) writes.push({ kind: 'remove', entry: stored.entry });
      continue;
    }
    if (stored && sameSettings(stored.settings, settings)) continue;
    const next = { ...settings, rev: stored ? stored.settings.rev + 1 : 1 };
    const text = serializeColumnSettings(next);
    if (text.length > MAX_SETTINGS_CHARS) {
      const key = changes.get(position)?.ref.key ?? '';
      const why = message('invalid.tooLarge', { size: text.length, max: MAX_SETTINGS_CHARS });
      errors.push({ key, field: 'column', message: why });
      continue;
    }
    writes.push(
      stored ? { kind: 'update', entry: stored.entry, text } : { kind: 'create', position, text },
    );
  }
  if (errors.length > 0) return { ok: false, message: message('save.invalid'), errors };
  return { ok: true, writes, headerRow };
}
